package org.mark1.event;

import java.util.Arrays;

/**
 * The simulated clock and its queue of pending events, ordered by time and then by insertion: two
 * events due at the same microsecond happen in the order they were scheduled, so a run is the same
 * on every machine.
 *
 * <p>A binary heap over parallel arrays (time, insertion number, event), so that scheduling and
 * taking an event allocate nothing: a presentation schedules half a dozen events, a reinforcement
 * pulse two per pot it turns.
 *
 * @param <T> what is scheduled
 */
public final class EventQueue<T> {

    private long[] times = new long[16];
    private long[] seqs = new long[16];
    private Object[] items = new Object[16];
    private int size;
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
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
            items = Arrays.copyOf(items, size * 2);
        }
        long s = seq++;
        int i = size++;
        while (i > 0) { // sift up
            int parent = (i - 1) >>> 1;
            if (!before(time, s, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, time, s, item);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The time of the next pending event; only defined when the queue is not empty. */
    public long nextTime() {
        if (size == 0) {
            throw new IllegalStateException("no pending event");
        }
        return times[0];
    }

    /** Advances the clock to the next event and removes it. */
    @SuppressWarnings("unchecked")
    public T next() {
        if (size == 0) {
            throw new IllegalStateException("no pending event");
        }
        T first = (T) items[0];
        now = times[0];
        int last = --size;
        long time = times[last];
        long s = seqs[last];
        Object item = items[last];
        items[last] = null;
        if (last > 0) {
            int i = 0;
            while (true) { // sift down
                int child = 2 * i + 1;
                if (child >= last) {
                    break;
                }
                if (child + 1 < last && before(times[child + 1], seqs[child + 1], child)) {
                    child++;
                }
                if (before(time, s, child)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            put(i, time, s, item);
        }
        return first;
    }

    /** Whether (time, s) comes before the entry at {@code at}. */
    private boolean before(long time, long s, int at) {
        return time < times[at] || time == times[at] && s < seqs[at];
    }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        items[to] = items[from];
    }

    private void put(int at, long time, long s, Object item) {
        times[at] = time;
        seqs[at] = s;
        items[at] = item;
    }
}
