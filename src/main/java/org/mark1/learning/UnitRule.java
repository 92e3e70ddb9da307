package org.mark1.learning;

/**
 * One learning rule for one output unit, in real numbers: given the unit's inputs, its net input and
 * the answer the trainer wants, how far each weight and the threshold should move.
 *
 * <p>Sign convention, the same for every rule: the unit's net input is
 * <pre>
 *   u = sum_i w_i x_i - theta            (on the Mark I: the R-unit's sum of pot positions minus its threshold)
 * </pre>
 * its lamp lights when {@code u > 0}; a bias {@code b} is {@code -theta}. A step {@code (dw, dtheta)}
 * is added: {@code w_i += dw_i}, {@code theta += dtheta}. On the machine the inputs are the A-units of
 * the unit's source set (1 firing, 0 silent) and the weights are pot positions in motor steps;
 * {@link PotStepper} turns a real step into whole motor steps, {@link RealWeights} keeps it as it is.
 * Each rule's class doc gives its formula.
 */
@FunctionalInterface
public interface UnitRule {

    /**
     * Decides one unit's change for one presentation.
     *
     * @param x      the unit's inputs (not modified)
     * @param net    its net input {@code u}
     * @param wanted whether the trainer wants its lamp lit (target 1, or +1 for bipolar rules)
     */
    UnitStep step(double[] x, double net, boolean wanted);

    /**
     * Whether the rule leaves the unit alone whatever its inputs, for this net input and wanted
     * answer: a shortcut that lets the machine skip reading the inputs. It must be true only when
     * {@link #step} would then return no change; the default, false, is always safe.
     */
    default boolean idle(double net, boolean wanted) {
        return false;
    }

    /**
     * Whether the rule's step conserves the unit's total weight ({@code sum_i dw_i = 0}, the gamma
     * system): then {@link PotStepper} makes the whole steps of a pulse sum to zero too.
     */
    default boolean conserving() {
        return false;
    }

    /** +1 for a wanted lamp, -1 for an unwanted one. */
    static double bipolar(boolean wanted) {
        return wanted ? 1.0 : -1.0;
    }

    /** Whether the threshold unit is right: strictly on the wanted side of 0 (a tie is wrong). */
    static boolean right(double net, boolean wanted) {
        return wanted ? net > 0 : net < 0;
    }

    /** The step {@code dw = c * x}, {@code dtheta = -t}. */
    static UnitStep along(double[] x, double c, double t) {
        double[] dw = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            dw[i] = c * x[i];
        }
        return new UnitStep(dw, -t);
    }
}
