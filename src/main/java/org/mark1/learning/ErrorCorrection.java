package org.mark1.learning;

/**
 * Rosenblatt's error-correction procedure (alpha system, error-controlled): a unit that answered
 * rightly is left alone; a unit that answered wrongly has every weight of an active input turned
 * one quantum toward the right answer, and its threshold one step the other way:
 * <pre>
 *   if wrong:  w_i += s * q * x_i,   theta -= s * t,   s = +1 if the lamp was wanted, -1 if not
 * </pre>
 * with {@code q} the quantum (motor steps per pulse on the machine, the rate {@code eta} elsewhere)
 * and {@code t} the threshold's step (one motor step on the machine, {@code eta} elsewhere, where
 * it is the perceptron's bias update {@code b += eta * s}). A net input exactly at 0 counts as wrong
 * (see {@link UnitRule#right}), so a unit with all weights at zero learns from its first
 * presentation, and Novikoff's bound holds.
 */
public final class ErrorCorrection implements UnitRule {

    private final double quantum;
    private final double thresholdStep;

    /** The machine's rule: {@code quantum} steps per pot, one step of threshold. */
    public ErrorCorrection(int quantum) {
        this(LearningRule.requireQuantum(quantum), 1.0);
    }

    public ErrorCorrection(double quantum, double thresholdStep) {
        this.quantum = quantum;
        this.thresholdStep = thresholdStep;
    }

    @Override
    public boolean idle(double net, boolean wanted) {
        return UnitRule.right(net, wanted); // error correction: a right answer moves nothing
    }

    @Override
    public UnitStep step(double[] x, double net, boolean wanted) {
        if (UnitRule.right(net, wanted)) {
            return UnitStep.none(x.length);
        }
        double s = UnitRule.bipolar(wanted);
        return UnitRule.along(x, s * quantum, s * thresholdStep);
    }
}
