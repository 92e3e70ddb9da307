package org.mark1.learning;

/**
 * A unit's change for one presentation: {@code w_i += weights[i]}, {@code theta += threshold}.
 *
 * @param weights   change of each weight (same order as the inputs)
 * @param threshold change of the threshold (a bias moves the other way)
 */
public record UnitStep(double[] weights, double threshold) {

    /** No change for a unit with {@code n} inputs. */
    public static UnitStep none(int n) {
        return new UnitStep(new double[n], 0.0);
    }

    public boolean isZero() {
        if (threshold != 0) {
            return false;
        }
        for (double w : weights) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }
}
