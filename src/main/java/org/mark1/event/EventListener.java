package org.mark1.event;

/** Told of every event of a run, in time order (the animation and the trace listen). */
@FunctionalInterface
public interface EventListener {
    void onEvent(Event event);
}
