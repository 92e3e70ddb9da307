package org.mark1.learning;

import org.mark1.io.Keyword;

/**
 * The learning rules a scenario or {@code mark1 learn} can name. Every rule but {@code mlp} is a
 * {@link UnitRule} for one output unit; {@code mlp} is a network of sigmoid units trained by
 * {@link Backpropagation}.
 *
 * <p>On the Mark I ({@link #create}) a rule works in motor steps. The alpha and gamma systems and
 * Hebb move pots by the machine's quantum; the gradient rules see the analogue output
 * {@code g * (sum - threshold)} with gain {@code training.gain} (default {@link #MACHINE_GAIN}) and
 * learn at rate {@code training.rate} (default {@link #defaultRate}) [our choice, see the constants].
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
     * Default gain of the analogue output on the machine, per motor step: a sum 10 steps past the
     * threshold is a full answer (output 1 for LMS, sigma = 0.73 for the sigmoid) [our choice].
     * Scenario key {@code training.gain}.
     */
    public static final double MACHINE_GAIN = 0.1;

    /**
     * The rate grid {@code compare} tunes on: five decades in half-decade steps, 0.01 to 1000 [our
     * choice: four decades, 0.01 to 100, left the sigmoid's best rate on the flagship at the top end].
     */
    public static final double[] RATE_GRID = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000};

    /** Whether the rule has a learning rate ({@code training.rate}): the gradient rules and mlp. */
    public boolean hasRate() {
        return this == LMS || this == SIGMOID || this == SIGMOID_CE || this == MLP;
    }

    /** Whether the rule has an output gain ({@code training.gain}): the single-unit gradient rules. */
    public boolean hasGain() {
        return this == LMS || this == SIGMOID || this == SIGMOID_CE;
    }

    /**
     * The rule's default rate, in reinforcement pulses per unit of error on the machine (each pulse
     * {@code stepsPerReinforcement} motor steps), or NaN for a rule without one [our choice: each is
     * the rate {@code compare}'s tuning picks on the flagship's tuning seeds, 1957-1959, from
     * {@link #RATE_GRID}; see docs/threshold-vs-sigmoid.md]. LMS is stable while
     * {@code eta g^2 |x|^2 < 2}: with the ~150 firing A-units of the flagship and g = 0.1, eta below 1.3.
     */
    public double defaultRate() {
        return switch (this) {
            case LMS -> 1;
            case SIGMOID -> 100;
            case SIGMOID_CE -> 30;
            case MLP -> 0.01;
            default -> Double.NaN;
        };
    }

    /** The rule's default gain ({@link #MACHINE_GAIN}), or NaN for a rule without one. */
    public double defaultGain() {
        return hasGain() ? MACHINE_GAIN : Double.NaN;
    }

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

    /** The rule on the Mark I, in the hardware weight mode, with the machine's quantum, at its default constants. */
    public LearningRule create(int quantum) {
        return create(quantum, defaultRate(), defaultGain());
    }

    /** The rule on the Mark I, in the hardware weight mode, with the machine's quantum (steps per pulse). */
    public LearningRule create(int quantum, double rate, double gain) {
        return new PotStepper(onMachine(quantum, rate, gain));
    }

    /** The rule's unit form on the Mark I, in motor steps, at its default constants. */
    public UnitRule onMachine(int quantum) {
        return onMachine(quantum, defaultRate(), defaultGain());
    }

    /**
     * The rule's unit form on the Mark I, in motor steps. The alpha and gamma systems and Hebb turn
     * {@code quantum} steps per pulse; a gradient rule asks {@code quantum * rate} steps per unit of
     * its error term, so {@code stepsPerReinforcement} scales every rule alike. {@code rate} and
     * {@code gain} are read only by the rules that have them ({@link #hasRate}, {@link #hasGain}).
     */
    public UnitRule onMachine(int quantum, double rate, double gain) {
        LearningRule.requireQuantum(quantum);
        return switch (this) {
            case ERROR_CORRECTION -> new ErrorCorrection(quantum);
            case FORCED -> new ForcedTraining(quantum);
            case GAMMA -> new GammaSystem(quantum, 1.0);
            case HEBB -> new Hebb(quantum);
            default -> unit(quantum * rate, gain);
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
