package org.mark1.learning;

/**
 * Hebb's rule (1949), "cells that fire together wire together": a weight grows with the product of
 * the activity before it and the activity after it,
 * <pre>
 *   always:  w_i += eta * x_i * y,   y = +1 if the lamp is wanted, -1 if not;   theta unchanged
 * </pre>
 * where the output {@code y} is the one the trainer clamps (supervised Hebb; a rule on the unit's
 * own answer only reinforces whatever it already does). Nothing in the rule itself stops a weight:
 * it changes at every presentation, right or wrong, and on data where one input keeps coming with
 * one answer it grows without bound. On the Mark I what stops it is the pot's end stop (the
 * saturation {@link PotStepper} meets); with {@link RealWeights} a bound {@code limit} plays the
 * end stop's part (infinite: no bound, and the weights run away linearly in the presentations).
 */
public final class Hebb implements UnitRule {

    private final double rate;

    public Hebb(double rate) {
        this.rate = rate;
    }

    @Override
    public UnitStep step(double[] x, double net, boolean wanted) {
        return UnitRule.along(x, rate * UnitRule.bipolar(wanted), 0.0);
    }
}
