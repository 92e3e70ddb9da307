package org.mark1.learning;

import org.mark1.io.Keyword;

/**
 * The learning rules a scenario or {@code mark1 learn} can name. Every rule but {@code mlp} is a
 * {@link UnitRule} for one output unit; {@code mlp} is a network of sigmoid units trained by
 * {@link Backpropagation}.
 *
 * <p>On the Mark I ({@link #create}) a rule works in motor steps. The alpha and gamma systems and
 * Hebb move pots by the machine's quantum; the gradient rules see the analogue output
 * {@code g * (sum - threshold)} with gain {@link #MACHINE_GAIN} and learn at rate
 * {@link #MACHINE_RATE} [our choice, see the constants].
 */
public enum Rules implements Keyword {
    /** Rosenblatt's alpha system, error-controlled ({@link ErrorCorrection}). */
    ERROR_CORRECTION,
    /** The alpha system, S-controlled ({@link ForcedTraining}). */
    FORCED,
    /** Rosenblatt's gamma system ({@link GammaSystem}). */
    GAMMA,
    /** Hebb's rule with a clamped output ({@link Hebb}). */
    HEBB,
    /** Widrow-Hoff least mean squares ({@link WidrowHoff}). */
    LMS,
    /** The sigmoid delta rule, squared error ({@link SigmoidDelta}). */
    SIGMOID,
    /** The sigmoid delta rule, cross-entropy ({@link SigmoidDelta}). */
    SIGMOID_CE,
    /** A multilayer network of sigmoid units ({@link Backpropagation}); not a single unit. */
    MLP;

    /**
     * Gain of the analogue output on the machine, per motor step: a sum 10 steps past the threshold
     * is a full answer (output 1 for LMS, sigma = 0.73 for the sigmoid) [our choice].
     */
    public static final double MACHINE_GAIN = 0.1;

    /**
     * Rate of the gradient rules on the machine. LMS is stable while {@code eta g^2 |x|^2 < 2}; with
     * the ~150 firing A-units of the flagship, {@code eta = 0.5} gives 0.75 [our choice]. A pot then
     * moves at most {@code eta g = 0.05} step per unit of error: the {@link PotStepper} accumulates it.
     */
    public static final double MACHINE_RATE = 0.5;

    /**
     * Whether the rule is defined for mutually exclusive R-units ({@code responseMode: exclusive}):
     * error correction (the multiclass perceptron) and forced training, which need only the wanted
     * unit's margin over its strongest rival ({@link PotStepper}). The gamma system's conservation
     * within a source set, Hebb's clamped outputs and the gradient rules' analogue targets have no
     * agreed meaning for a winner-take-all answer, so they are refused [our choice].
     */
    public boolean definedForExclusive() {
        return this == ERROR_CORRECTION || this == FORCED;
    }

    /** Whether the rule trains one unit (every rule but {@code mlp}). */
    public boolean singleUnit() {
        return this != MLP;
    }

    /** The rule on the Mark I, in the hardware weight mode, with the machine's quantum (steps per pulse). */
    public LearningRule create(int quantum) {
        return new PotStepper(onMachine(quantum));
    }

    /** The rule's unit form on the Mark I, in motor steps. */
    public UnitRule onMachine(int quantum) {
        LearningRule.requireQuantum(quantum);
        return switch (this) {
            case ERROR_CORRECTION -> new ErrorCorrection(quantum);
            case FORCED -> new ForcedTraining(quantum);
            case GAMMA -> new GammaSystem(quantum, 1.0);
            case HEBB -> new Hebb(quantum);
            default -> unit(MACHINE_RATE, MACHINE_GAIN);
        };
    }

    /** The rule with rate {@code eta} (weights and threshold alike) and gain {@code gain}. */
    public UnitRule unit(double eta, double gain) {
        return switch (this) {
            case ERROR_CORRECTION -> new ErrorCorrection(eta, eta);
            case FORCED -> new ForcedTraining(eta, eta);
            case GAMMA -> new GammaSystem(eta, eta);
            case HEBB -> new Hebb(eta);
            case LMS -> new WidrowHoff(eta, gain);
            case SIGMOID -> new SigmoidDelta(eta, gain, SigmoidDelta.Loss.SQUARED);
            case SIGMOID_CE -> new SigmoidDelta(eta, gain, SigmoidDelta.Loss.CROSS_ENTROPY);
            case MLP -> throw new IllegalArgumentException("mlp is a network, not one unit");
        };
    }
}
