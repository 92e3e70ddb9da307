package org.mark1.machine;

/**
 * The R-units an experiment uses (at most 8 lamps on the Mark I [NAVY60, WP]). R-unit {@code r}
 * sums the positions of the pots of its active A-units and lights its lamp when the sum exceeds its
 * threshold. Whether the threshold itself is adjusted by reinforcement, one step at a time within
 * the pots' end stops, is the {@code adaptiveThreshold} choice [gap].
 */
public final class ResponseUnits {

    private final int[] thresholds;
    private final boolean adaptive;
    private final int limit;

    public ResponseUnits(int used, MachineConfig config) {
        if (used < 1 || used > config.responseUnits()) {
            throw new IllegalArgumentException("the machine has " + config.responseUnits() + " R-units, not " + used);
        }
        this.thresholds = new int[used];
        java.util.Arrays.fill(thresholds, config.responseThreshold());
        this.adaptive = config.adaptiveThreshold();
        this.limit = config.potSteps();
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

    /** Sums, for each R-unit, the positions of the pots of the active A-units in its source set. */
    public Answer answer(int[] active, PotentiometerBank bank, SourceSets sets) {
        int[] sums = new int[thresholds.length];
        for (int a : active) {
            sums[sets.rUnitOf(a)] += bank.position(a);
        }
        return new Answer(active, sums, thresholds.clone(), sets);
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
