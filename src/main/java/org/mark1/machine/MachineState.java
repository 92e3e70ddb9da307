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
 */
public record MachineState(int endStop, int[] thresholds, int[] pots) {

    public MachineState {
        thresholds = thresholds.clone();
        pots = pots.clone();
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
    public boolean equals(Object o) {
        return o instanceof MachineState s && endStop == s.endStop && Arrays.equals(thresholds, s.thresholds)
                && Arrays.equals(pots, s.pots);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pots) + Arrays.hashCode(thresholds) + endStop;
    }

    @Override
    public String toString() {
        return "MachineState[endStop=" + endStop + ", thresholds=" + Arrays.toString(thresholds) + ", "
                + pots.length + " pots]";
    }
}
