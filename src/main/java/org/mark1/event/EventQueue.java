package org.mark1.event;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated clock and its queue of pending events, ordered by time and then by insertion: two
 * events due at the same microsecond happen in the order they were scheduled, so a run is the same
 * on every machine.
 *
 * <p>Events come in bunches at one instant (every motor of a reinforcement pulse starts, and stops,
 * together), so the queue keeps one first-in-first-out line per pending instant, in a sorted map:
 * scheduling and taking an event cost a look-up among the few pending instants, not among all the
 * pending events.
 *
 * @param <T> what is scheduled
 */
public final class EventQueue<T> {

    private final TreeMap<Long, ArrayDeque<T>> byTime = new TreeMap<>();
    private long now;
    private int size;
    /** The line of the instant scheduled last, to skip the look-up when the next event joins it. */
    private long lastTime = Long.MIN_VALUE;
    private ArrayDeque<T> lastLine;

    /** The current simulated time in microseconds. */
    public long now() {
        return now;
    }

    /** Schedules {@code item} at {@code time}, which may not lie in the past. */
    public void schedule(long time, T item) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule at " + time + " us, the clock is at " + now + " us");
        }
        ArrayDeque<T> line = time == lastTime && lastLine != null ? lastLine : byTime.computeIfAbsent(time, t -> new ArrayDeque<>());
        line.addLast(item);
        lastTime = time;
        lastLine = line;
        size++;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The time of the next pending event; only defined when the queue is not empty. */
    public long nextTime() {
        if (size == 0) {
            throw new IllegalStateException("no pending event");
        }
        return byTime.firstKey();
    }

    /** Advances the clock to the next event and removes it. */
    public T next() {
        if (size == 0) {
            throw new IllegalStateException("no pending event");
        }
        Map.Entry<Long, ArrayDeque<T>> first = byTime.firstEntry();
        ArrayDeque<T> line = first.getValue();
        T item = line.pollFirst();
        if (line.isEmpty()) {
            byTime.pollFirstEntry();
            if (line == lastLine) {
                lastLine = null;
            }
        }
        size--;
        now = first.getKey();
        return item;
    }
}
