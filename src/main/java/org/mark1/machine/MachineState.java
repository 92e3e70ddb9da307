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
 *                            has not yet turned (within half a step; one step for the gamma system); null when all are zero
 * @param thresholdRemainders the same for each R-unit's threshold; null when all are zero
 * @param ideal      in the ideal weight mode, the real-valued weights learned instead of pot
 *                   positions ({@link #ideal(double[], double[])}); null for a machine of pots. An
 *                   ideal state holds nothing else: no end stops (0), no pots, no whole-step thresholds.
 */
public record MachineState(int endStop, int[] thresholds, int[] pots, double[] potRemainders,
        double[] thresholdRemainders, Ideal ideal) {

    /**
     * What a machine trained in the ideal weight mode learned: real numbers, not pot positions.
     *
     * @param weights    one per A-unit, in pot order: the real weight from that A-unit to its R-unit
     *                   (0 for an A-unit that feeds no R-unit in use)
     * @param thresholds each R-unit's real threshold
     */
    public record Ideal(double[] weights, double[] thresholds) {
        public Ideal {
            weights = weights.clone();
            thresholds = thresholds.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public double[] thresholds() {
            return thresholds.clone();
        }

        /** Why these weights do not fit a machine of {@code aUnits} A-units and {@code rUnits} R-units, or null. */
        public String misfit(int aUnits, int rUnits) {
            if (weights.length != aUnits) {
                return "holds " + weights.length + " weights, but this machine has " + aUnits + " A-units; give one per A-unit";
            }
            if (thresholds.length != rUnits) {
                return "holds " + thresholds.length + " R-unit thresholds, but this experiment uses " + rUnits + " R-units";
            }
            for (int i = 0; i < weights.length; i++) {
                if (!Double.isFinite(weights[i])) {
                    return "weight " + i + " is " + weights[i] + "; give a finite number";
                }
            }
            for (int r = 0; r < thresholds.length; r++) {
                if (!Double.isFinite(thresholds[r])) {
                    return "R-unit " + r + "'s threshold is " + thresholds[r] + "; give a finite number";
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ideal i && Arrays.equals(weights, i.weights) && Arrays.equals(thresholds, i.thresholds);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(weights) + Arrays.hashCode(thresholds);
        }

        @Override
        public String toString() {
            return "Ideal[" + weights.length + " weights, thresholds=" + Arrays.toString(thresholds) + "]";
        }
    }

    public MachineState {
        thresholds = thresholds.clone();
        pots = pots.clone();
        if ((potRemainders == null) != (thresholdRemainders == null)) {
            throw new IllegalArgumentException("remainders come for pots and thresholds together");
        }
        if (ideal != null && (endStop != 0 || thresholds.length != 0 || pots.length != 0 || potRemainders != null)) {
            throw new IllegalArgumentException("an ideal state holds real weights only, no pots");
        }
        potRemainders = potRemainders == null ? null : potRemainders.clone();
        thresholdRemainders = thresholdRemainders == null ? null : thresholdRemainders.clone();
    }

    /** A state of pots: whole steps and their remainders (null when all are zero). */
    public MachineState(int endStop, int[] thresholds, int[] pots, double[] potRemainders, double[] thresholdRemainders) {
        this(endStop, thresholds, pots, potRemainders, thresholdRemainders, null);
    }

    /** A state of whole steps only, no remainders. */
    public MachineState(int endStop, int[] thresholds, int[] pots) {
        this(endStop, thresholds, pots, null, null);
    }

    /** The state of a machine trained in the ideal weight mode: real weights (one per A-unit) and thresholds. */
    public static MachineState ideal(double[] weights, double[] thresholds) {
        return new MachineState(0, new int[0], new int[0], null, null, new Ideal(weights, thresholds));
    }

    /** Whether this state holds ideal (real-valued) weights rather than pot positions. */
    public boolean isIdeal() {
        return ideal != null;
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
     * value must lie within the end stops. A machine of pots cannot take ideal weights (rounding them to
     * whole steps and cutting them at the end stops would change its answers).
     */
    public String misfit(MachineConfig config, int rUnits) {
        if (ideal != null) {
            return "holds ideal (real-valued) weights, which a machine of pots cannot take without changing its answers; "
                    + "load it into a run in ideal weights (training.weights: ideal)";
        }
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
            if (pots[i] < -endStop || pots[i] > endStop) { // not Math.abs: |-2^31| is negative
                return "pot " + i + " at " + pots[i] + " lies beyond the end stops +-" + endStop;
            }
        }
        for (int r = 0; r < thresholds.length; r++) {
            if (thresholds[r] < -endStop || thresholds[r] > endStop) {
                return "R-unit " + r + "'s threshold " + thresholds[r] + " lies beyond +-" + endStop;
            }
        }
        if (potRemainders != null) {
            if (potRemainders.length != pots.length || thresholdRemainders.length != thresholds.length) {
                return "holds remainders for " + potRemainders.length + " pots and " + thresholdRemainders.length
                        + " thresholds; give one per pot and per threshold";
            }
            for (double v : potRemainders) {
                if (!(Math.abs(v) < 1)) {
                    return "a remainder of " + v + " steps; remainders lie within one step (half a step but for the gamma system)";
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

    /**
     * Why this state cannot start a run in the ideal weight mode on {@code config} with {@code rUnits}
     * R-units, or null: an ideal state must hold one finite weight per A-unit and one finite threshold
     * per R-unit; a state of pots must fit as for {@link #misfit(MachineConfig, int)} (its whole steps
     * are the starting real weights, exactly).
     */
    public String misfitIdeal(MachineConfig config, int rUnits) {
        return ideal == null ? misfit(config, rUnits) : ideal.misfit(config.associationUnits(), rUnits);
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
                && Arrays.equals(thresholdRemainders, s.thresholdRemainders) && java.util.Objects.equals(ideal, s.ideal);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pots) + Arrays.hashCode(thresholds) + endStop + java.util.Objects.hashCode(ideal);
    }

    @Override
    public String toString() {
        if (ideal != null) {
            return "MachineState[ideal weights: " + ideal + "]";
        }
        return "MachineState[endStop=" + endStop + ", thresholds=" + Arrays.toString(thresholds) + ", "
                + pots.length + " pots" + (potRemainders == null ? "" : ", with remainders") + "]";
    }
}
