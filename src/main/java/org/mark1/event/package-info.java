/**
 * The simulated clock (microseconds), the event queue, the events of a trial and the trace file
 * that holds them. Nothing here knows which rule decided an event or how it is drawn.
 */
package org.mark1.event;
