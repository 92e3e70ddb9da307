package org.mark1.machine;

import java.util.Arrays;

/**
 * What a Mark I has learned, and all of it: the position of every potentiometer and the threshold
 * of every R-unit in use. The plugboard is not part of it (it is wired, not learned; a run saves it
 * as its own sheet). Restoring a state into a machine of the same shape and wiring makes that
 * machine answer every stimulus exactly as the machine the state was taken from.
 *
 * @param endStop    the end stop the pots were turned within, in motor steps
 * @param thresholds each R-unit's threshold, in motor steps
 * @param pots       each pot's position, in motor steps
 * @param potRemainders       for a rule that asks fractions of a step: the part of its asks each pot
 *                            has not yet turned (within half a step); null when all are zero
 * @param thresholdRemainders the same for each R-unit's threshold; null when all are zero
 */
public record MachineState(int endStop, int[] thresholds, int[] pots, double[] potRemainders,
        double[] thresholdRemainders) {

    public MachineState {
        thresholds = thresholds.clone();
        pots = pots.clone();
        if ((potRemainders == null) != (thresholdRemainders == null)) {
            throw new IllegalArgumentException("remainders come for pots and thresholds together");
        }
        potRemainders = potRemainders == null ? null : potRemainders.clone();
        thresholdRemainders = thresholdRemainders == null ? null : thresholdRemainders.clone();
    }

    /** A state of whole steps only, no remainders. */
    public MachineState(int endStop, int[] thresholds, int[] pots) {
        this(endStop, thresholds, pots, null, null);
    }

    /** This state with the remainders of a rule that asks fractions of a step (none kept when all are zero). */
    public MachineState withRemainders(double[] pots, double[] thresholds) {
        boolean zero = java.util.Arrays.stream(pots).allMatch(v -> v == 0)
                && java.util.Arrays.stream(thresholds).allMatch(v -> v == 0);
        return zero ? new MachineState(endStop, this.thresholds, this.pots)
                : new MachineState(endStop, this.thresholds, this.pots, pots, thresholds);
    }

    /** The state of {@code machine} as it stands (pots at rest; a timed session syncs its motors first). */
    public static MachineState of(MarkOne machine) {
        return new MachineState(machine.pots().limit(), machine.responseUnits().thresholds(), machine.pots().positions());
    }

    /**
     * Why this state cannot be restored into a machine of {@code config} using {@code rUnits} R-units,
     * or null when it can: the end stops, the number of pots and of R-units must agree, and every
     * value must lie within the end stops.
     */
    public String misfit(MachineConfig config, int rUnits) {
        if (endStop != config.potSteps()) {
            return "saved with end stops at +-" + endStop + " steps, but this machine's are at +-" + config.potSteps()
                    + "; set potSteps=" + endStop;
        }
        if (pots.length != config.associationUnits()) {
            return "holds " + pots.length + " pots, but this machine has " + config.associationUnits() + " A-units";
        }
        if (thresholds.length != rUnits) {
            return "holds " + thresholds.length + " R-unit thresholds, but this experiment uses " + rUnits + " R-units";
        }
        for (int i = 0; i < pots.length; i++) {
            if (Math.abs(pots[i]) > endStop) {
                return "pot " + i + " at " + pots[i] + " lies beyond the end stops +-" + endStop;
            }
        }
        for (int r = 0; r < thresholds.length; r++) {
            if (Math.abs(thresholds[r]) > endStop) {
                return "R-unit " + r + "'s threshold " + thresholds[r] + " lies beyond +-" + endStop;
            }
        }
        if (potRemainders != null) {
            if (potRemainders.length != pots.length || thresholdRemainders.length != thresholds.length) {
                return "holds remainders for " + potRemainders.length + " pots and " + thresholdRemainders.length
                        + " thresholds; give one per pot and per threshold";
            }
            for (double v : potRemainders) {
                if (!(Math.abs(v) <= 0.5)) {
                    return "a remainder of " + v + " steps; remainders lie within half a step";
                }
            }
            for (double v : thresholdRemainders) {
                if (!(Math.abs(v) <= 0.5)) {
                    return "a threshold remainder of " + v + " steps; remainders lie within half a step";
                }
            }
        }
        return null;
    }

    /** Sets {@code machine}'s pots and thresholds to this state; it must fit ({@link #misfit}). */
    public void restoreInto(MarkOne machine) {
        String why = misfit(machine.config(), machine.responseUnits().size());
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        for (int i = 0; i < pots.length; i++) {
            machine.pots().set(i, pots[i]);
        }
        machine.responseUnits().setThresholds(thresholds);
    }

    @Override
    public int[] thresholds() {
        return thresholds.clone();
    }

    @Override
    public int[] pots() {
        return pots.clone();
    }

    @Override
    public double[] potRemainders() {
        return potRemainders == null ? null : potRemainders.clone();
    }

    @Override
    public double[] thresholdRemainders() {
        return thresholdRemainders == null ? null : thresholdRemainders.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MachineState s && endStop == s.endStop && Arrays.equals(thresholds, s.thresholds)
                && Arrays.equals(pots, s.pots) && Arrays.equals(potRemainders, s.potRemainders)
                && Arrays.equals(thresholdRemainders, s.thresholdRemainders);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pots) + Arrays.hashCode(thresholds) + endStop;
    }

    @Override
    public String toString() {
        return "MachineState[endStop=" + endStop + ", thresholds=" + Arrays.toString(thresholds) + ", "
                + pots.length + " pots" + (potRemainders == null ? "" : ", with remainders") + "]";
    }
}
