package org.mark1.learning;

import java.util.Arrays;

/**
 * The {@code ideal} weight mode for one unit: weights and threshold are real numbers, a step is
 * added whole and at once, no motor, no whole steps. An optional bound {@code limit} plays the part
 * of the pots' end stops (infinite: none). Net input {@code u = sum_i w_i x_i - theta}, summed in
 * input order; the bias is {@code -theta}.
 */
public final class RealWeights {

    private final double[] weights;
    private double threshold;
    private final double limit;

    public RealWeights(double[] weights, double threshold, double limit) {
        this.weights = weights.clone();
        this.threshold = threshold;
        this.limit = limit;
    }

    /** A unit with {@code n} weights at zero, threshold zero, no bound. */
    public static RealWeights zero(int n) {
        return new RealWeights(new double[n], 0.0, Double.POSITIVE_INFINITY);
    }

    public int size() {
        return weights.length;
    }

    /** The net input {@code sum_i w_i x_i - theta}, which is {@code w . x + bias}. */
    public double net(double[] x) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * x[i];
        }
        return sum + bias();
    }

    /** Adds a step, holding each weight and the threshold within {@code -limit..limit}. */
    public void apply(UnitStep step) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = clamp(weights[i] + step.weights()[i]);
        }
        threshold = clamp(threshold + step.threshold());
    }

    /** One presentation: the rule decides on {@code x}, the step is added; returns the net input it saw. */
    public double learn(UnitRule rule, double[] x, boolean wanted) {
        double u = net(x);
        apply(rule.step(x, u, wanted));
        return u;
    }

    private double clamp(double v) {
        return Math.max(-limit, Math.min(limit, v));
    }

    public double[] weights() {
        return weights.clone();
    }

    public double threshold() {
        return threshold;
    }

    /** The bias, {@code -theta}. */
    public double bias() {
        return 0.0 - threshold;
    }

    @Override
    public String toString() {
        return "w=" + Arrays.toString(weights) + " theta=" + threshold;
    }
}
