package org.mark1.machine;

/**
 * The motor that turns one potentiometer: it moves the pot one step every {@code stepMicros}
 * microseconds toward its target and stops there. Between steps the pot stays where it is, so the
 * machine answering mid-turn sees the pot part-way. A new pulse while it turns extends the target
 * (a stepping motor counts its pulses); the turn restarts its step timing from that instant.
 */
public final class Motor {

    private final long stepMicros;
    private long start;
    private int from;
    private int target;
    private long run;

    public Motor(long stepMicros) {
        if (stepMicros < 0) {
            throw new IllegalArgumentException("negative step time");
        }
        this.stepMicros = stepMicros;
    }

    /**
     * Starts (or extends) a turn at time {@code now} from the pot's current position to
     * {@code target}; returns the number of this run, which its stop event must carry.
     */
    public long start(long now, int position, int target) {
        this.start = now;
        this.from = position;
        this.target = target;
        return ++run;
    }

    /** The run in progress (or last finished). */
    public long run() {
        return run;
    }

    public int target() {
        return target;
    }

    /** When the turn in progress ends. */
    public long stopTime() {
        return start + (long) Math.abs(target - from) * stepMicros;
    }

    public boolean turning(long now) {
        return now < stopTime();
    }

    /** The pot's position at {@code now} during or after the turn. */
    public int positionAt(long now) {
        int distance = Math.abs(target - from);
        long done = stepMicros == 0 ? distance : Math.min(distance, (now - start) / stepMicros);
        return from + (int) Math.signum(target - from) * (int) done;
    }
}
