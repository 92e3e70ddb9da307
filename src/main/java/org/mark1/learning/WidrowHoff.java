package org.mark1.learning;

/**
 * The Widrow-Hoff rule, least mean squares (ADALINE, 1960): the error is taken on the analogue sum,
 * before the quantiser that lights the lamp, so the weights move at every presentation, right or
 * wrong, by the gradient of the squared error {@code (d - y)^2 / 2}:
 * <pre>
 *   y = g * u,   e = d - y,   d = +1 if the lamp is wanted, -1 if not
 *   w_i += eta * g * e * x_i,    theta -= eta * g * e
 * </pre>
 * The gain {@code g} says what sum counts as a full answer (on the machine: {@code 1/g} steps; 1 for
 * a table of numbers). The rule is stable when {@code eta * g^2 * (|x|^2 + 1) < 2}.
 */
public final class WidrowHoff implements UnitRule {

    private final double rate;
    private final double gain;

    public WidrowHoff(double rate, double gain) {
        this.rate = rate;
        this.gain = gain;
    }

    @Override
    public UnitStep step(double[] x, double net, boolean wanted) {
        double e = UnitRule.bipolar(wanted) - gain * net;
        return UnitRule.along(x, rate * gain * e, rate * gain * e);
    }
}
