/**
 * Learning rules side by side: compare on the Mark I's wiring and cards, sensitivity of the learned
 * weights to a knob's slip, and learn on a user's table. Uses experiment and report below it;
 * nothing here is a benchmark.
 */
package org.mark1.compare;
