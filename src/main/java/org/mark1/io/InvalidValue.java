package org.mark1.io;

/**
 * Thrown by a record's constructor when a value is impossible (0 photocells, more connections than
 * photocells). {@code key} names the offending field so that a file loader can point at its line;
 * the message says what is allowed.
 */
public final class InvalidValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String problem;

    public InvalidValue(String key, String problem) {
        super(key == null ? problem : key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    /** What is wrong and what is allowed, without the key. */
    public String problem() {
        return problem;
    }

    /** The record component at fault, or null when the fault lies in the record as a whole. */
    public String key() {
        return key;
    }

    /** Checks {@code lo <= value <= hi}. */
    public static int requireRange(String key, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw new InvalidValue(key, value + " is impossible; allowed: " + lo + " to " + hi);
        }
        return value;
    }

    /** Checks {@code lo <= value <= hi} for a real number (NaN is refused). */
    public static double requireRange(String key, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new InvalidValue(key, value + " is impossible; allowed: " + lo + " to " + hi);
        }
        return value;
    }
}
