package org.mark1.learning;

/**
 * Forced (S-controlled) training: "the trainer forces it to respond correctly by means of an
 * electrical control" [NAVY60]. At every presentation, right or wrong, every active input's weight
 * turns one quantum toward the wanted response, and the threshold one step the other way:
 * <pre>
 *   always:  w_i += s * q * x_i,   theta -= s * t,   s = +1 if the lamp was wanted, -1 if not
 * </pre>
 * Unlike error correction it keeps turning pots after the machine has learned.
 */
public final class ForcedTraining implements UnitRule {

    private final double quantum;
    private final double thresholdStep;

    /** The machine's rule: {@code quantum} steps per pot, one step of threshold. */
    public ForcedTraining(int quantum) {
        this(LearningRule.requireQuantum(quantum), 1.0);
    }

    public ForcedTraining(double quantum, double thresholdStep) {
        this.quantum = quantum;
        this.thresholdStep = thresholdStep;
    }

    @Override
    public UnitStep step(double[] x, double net, boolean wanted) {
        double s = UnitRule.bipolar(wanted);
        return UnitRule.along(x, s * quantum, s * thresholdStep);
    }
}
