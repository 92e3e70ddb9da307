package org.mark1.event;

/**
 * What happened on the machine at one instant of simulated time. Each event is a plain value: the
 * trace writes it as one line and a replay reads it back unchanged. Times are microseconds from the
 * start of the run; trial numbers count presentations from 0.
 */
public sealed interface Event {

    /** Simulated time in microseconds. */
    long time();

    /** A stimulus is put before the camera. {@code label} says what it is, e.g. "square". */
    record StimulusShown(long time, int trial, String label, String description) implements Event {
    }

    /** The photocells have settled; {@code lit} lists the cells that fire (row-major indices). */
    record PhotocellsSettled(long time, int trial, int[] lit) implements Event {
    }

    /** The association units have fired; {@code active} lists the units that fire. */
    record AUnitsFired(long time, int trial, int[] active) implements Event {
    }

    /**
     * The response units have answered: each R-unit's sum of the pots of its active A-units, its
     * threshold, its lamp, and the lamp the trainer wanted.
     */
    record RUnitsAnswered(long time, int trial, int[] sums, int[] thresholds, boolean[] lamps,
            boolean[] desired, boolean correct) implements Event {
    }

    /** The learning rule's decision: which pots turn by how many steps, and threshold changes. */
    record Reinforced(long time, int trial, int[] pots, int[] steps, int[] thresholdSteps) implements Event {
    }

    /** A pot's motor starts turning from {@code from} toward {@code target}. */
    record MotorStarted(long time, int pot, int from, int target) implements Event {
    }

    /** A pot's motor stops with the pot at {@code position}. */
    record MotorStopped(long time, int pot, int position) implements Event {
    }
}
