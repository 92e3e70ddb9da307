package org.mark1.learning;

/**
 * Rosenblatt's gamma system (Principles of Neurodynamics, 1962): when a unit answers wrongly, the
 * active A-units of its source set gain and the inactive ones of the same set lose, so that the
 * set's total weight is conserved:
 * <pre>
 *   if wrong:  w_i += s * q * (x_i - mean(x)),   theta -= s * t,   s = +1 if wanted, -1 if not
 * </pre>
 * where {@code mean(x)} is the fraction of the set's inputs that are active ({@code n_a / n} on the
 * machine). Summed over the set the changes cancel: {@code sum_i (x_i - mean(x)) = 0}. Each active
 * unit gains {@code q (1 - n_a/n)}, each silent one loses {@code q n_a/n}: fractions of a motor step,
 * which {@link PotStepper} makes whole so that they still cancel ({@link #conserving}: the pulse's
 * whole steps sum to zero over the set, the rounding distributed by largest remainder; only an end
 * stop, which takes a step away, can change the set's total). The threshold is not a pot of the set; it moves as in the
 * alpha system (our choice: without it a unit whose set fires entirely could never change its sum).
 * A tie counts as wrong, as in {@link ErrorCorrection}.
 */
public final class GammaSystem implements UnitRule {

    private final double quantum;
    private final double thresholdStep;

    public GammaSystem(double quantum, double thresholdStep) {
        this.quantum = quantum;
        this.thresholdStep = thresholdStep;
    }

    @Override
    public boolean conserving() {
        return true;
    }

    @Override
    public UnitStep step(double[] x, double net, boolean wanted) {
        if (UnitRule.right(net, wanted) || x.length == 0) {
            return UnitStep.none(x.length);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s = UnitRule.bipolar(wanted);
        double[] dw = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            dw[i] = s * quantum * (x[i] - mean);
        }
        return new UnitStep(dw, -s * thresholdStep);
    }
}
