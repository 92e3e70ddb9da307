package org.mark1.learning;

/**
 * The delta rule for a sigmoid unit: the output is the logistic function of the net input,
 * {@code y = sigma(g * u) = 1 / (1 + exp(-g * u))}, the target {@code d} is 1 for a wanted lamp and 0
 * for an unwanted one, and the weights follow the negative gradient of the loss:
 * <pre>
 *   squared error  L = (d - y)^2 / 2:        delta = (d - y) * y * (1 - y) * g
 *   cross-entropy  L = -d ln y - (1-d) ln(1-y): delta = (d - y) * g
 *   w_i += eta * delta * x_i,   theta -= eta * delta
 * </pre>
 * The lamp still lights on {@code u > 0} ({@code y > 1/2}); learning sees how far from the answer the
 * unit is, not only which side. With squared error a unit far on the wrong side ({@code y} near 0 or
 * 1) learns slowly, since {@code y (1 - y)} vanishes; cross-entropy removes that factor.
 */
public final class SigmoidDelta implements UnitRule {

    /** The loss whose gradient the rule follows. */
    public enum Loss implements org.mark1.io.Keyword {
        SQUARED, CROSS_ENTROPY
    }

    private final double rate;
    private final double gain;
    private final Loss loss;

    public SigmoidDelta(double rate, double gain, Loss loss) {
        this.rate = rate;
        this.gain = gain;
        this.loss = loss;
    }

    /** The logistic function, {@code 1 / (1 + e^-z)}. */
    public static double sigma(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public UnitStep step(double[] x, double net, boolean wanted) {
        double y = sigma(gain * net);
        double d = wanted ? 1.0 : 0.0;
        double delta = loss == Loss.SQUARED ? (d - y) * y * (1 - y) * gain : (d - y) * gain;
        return UnitRule.along(x, rate * delta, rate * delta);
    }
}
