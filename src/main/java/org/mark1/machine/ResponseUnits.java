package org.mark1.machine;

/**
 * The R-units an experiment uses (at most 8 lamps on the Mark I [NAVY60, WP]). R-unit {@code r}
 * sums the positions of the pots of its active A-units and lights its lamp when the sum exceeds its
 * threshold. Whether the threshold itself is adjusted by reinforcement, one step at a time within
 * the pots' end stops, is the {@code adaptiveThreshold} choice [gap]. Whether the lamps light each by
 * its own threshold or only the largest excess lights is the {@code responseMode} choice [gap]
 * ({@link Answer}).
 */
public final class ResponseUnits {

    private final int[] thresholds;
    private final boolean adaptive;
    private final int limit;
    private final ResponseMode mode;

    public ResponseUnits(int used, MachineConfig config) {
        if (used < 1 || used > config.responseUnits()) {
            throw new IllegalArgumentException("the machine has " + config.responseUnits() + " R-units, not " + used);
        }
        this.thresholds = new int[used];
        java.util.Arrays.fill(thresholds, config.responseThreshold());
        this.adaptive = config.adaptiveThreshold();
        this.limit = config.potSteps();
        this.mode = config.responseMode();
    }

    public ResponseMode mode() {
        return mode;
    }

    public int size() {
        return thresholds.length;
    }

    public boolean adaptive() {
        return adaptive;
    }

    public int threshold(int r) {
        return thresholds[r];
    }

    public int[] thresholds() {
        return thresholds.clone();
    }

    /**
     * Sums, for each R-unit, the positions of the pots of the active A-units in its source set (an
     * A-unit in no source set feeds no lamp).
     */
    public Answer answer(int[] active, PotentiometerBank bank, SourceSets sets) {
        int[] sums = new int[thresholds.length];
        for (int a : active) {
            int r = sets.rUnitOf(a);
            if (r >= 0) {
                sums[r] += bank.position(a);
            }
        }
        return answer(active, sums, sets);
    }

    /** The answer for sums already counted (a fast path's), with the present thresholds and this mode. */
    public Answer answer(int[] active, int[] sums, SourceSets sets) {
        return new Answer(active, sums, thresholds.clone(), sets, mode);
    }

    /** Moves each threshold by the pulse's threshold steps, if thresholds are adaptive. */
    public void adjust(Reinforcement pulse) {
        if (!adaptive) {
            return;
        }
        for (int r = 0; r < thresholds.length; r++) {
            thresholds[r] = Math.max(-limit, Math.min(limit, thresholds[r] + pulse.thresholdSteps()[r]));
        }
    }

    /** Restores thresholds (from a snapshot or a saved bank). */
    public void setThresholds(int[] values) {
        System.arraycopy(values, 0, thresholds, 0, thresholds.length);
    }
}
