/**
 * Speed: the benchmarks of the command line, their baselines measured in the same run, scaling with
 * machine size, seeds in parallel and docs/performance.md. Asserts nothing about time in tests.
 */
package org.mark1.bench;
