package org.mark1.event;

import java.util.PriorityQueue;

/**
 * The simulated clock and its queue of pending events, ordered by time and then by insertion: two
 * events due at the same microsecond happen in the order they were scheduled, so a run is the same
 * on every machine.
 *
 * @param <T> what is scheduled
 */
public final class EventQueue<T> {

    private record Pending<T>(long time, long seq, T item) implements Comparable<Pending<T>> {
        @Override
        public int compareTo(Pending<T> o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Pending<T>> queue = new PriorityQueue<>();
    private long now;
    private long seq;

    /** The current simulated time in microseconds. */
    public long now() {
        return now;
    }

    /** Schedules {@code item} at {@code time}, which may not lie in the past. */
    public void schedule(long time, T item) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule at " + time + " us, the clock is at " + now + " us");
        }
        queue.add(new Pending<>(time, seq++, item));
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The time of the next pending event; only defined when the queue is not empty. */
    public long nextTime() {
        if (queue.isEmpty()) {
            throw new IllegalStateException("no pending event");
        }
        return queue.peek().time();
    }

    /** Advances the clock to the next event and removes it. */
    public T next() {
        Pending<T> p = queue.poll();
        if (p == null) {
            throw new IllegalStateException("no pending event");
        }
        now = p.time();
        return p.item();
    }
}
