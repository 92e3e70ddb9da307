package org.mark1.learning;

import org.mark1.machine.Answer;
import org.mark1.machine.Reinforcement;

/**
 * A reinforcement system: after the R-units have answered, it decides which pots turn and how far.
 * One method, one decision; the machine carries the decision out through its motors. Each rule's
 * class doc gives its formula and sign convention.
 */
@FunctionalInterface
public interface LearningRule {

    /**
     * Decides the reinforcement for one presentation.
     *
     * @param answer the machine's answer (active A-units, R-unit sums and thresholds)
     * @param wanted for each R-unit in use, whether the trainer wants its lamp lit
     */
    Reinforcement reinforce(Answer answer, boolean[] wanted);

    /** Checks a rule's quantum: at least one motor step per pulse. */
    static int requireQuantum(int quantum) {
        if (quantum < 1) {
            throw new IllegalArgumentException("quantum must be at least one step");
        }
        return quantum;
    }

    /**
     * Builds the pulse that turns every active pot of each R-unit {@code r} with a non-zero
     * {@code direction[r]} by {@code direction[r] * step}, and moves that R-unit's threshold one
     * step the other way (a bias is a weight on an input that is always on, with the sign of a
     * threshold reversed). Shared by the rules of Rosenblatt's alpha system.
     */
    static Reinforcement alphaPulse(Answer answer, int[] direction, int step) {
        int moving = 0;
        for (int a : answer.active()) {
            if (direction[answer.sets().rUnitOf(a)] != 0) {
                moving++;
            }
        }
        int[] pots = new int[moving];
        int[] steps = new int[moving];
        int k = 0;
        for (int a : answer.active()) {
            int d = direction[answer.sets().rUnitOf(a)];
            if (d != 0) {
                pots[k] = a;
                steps[k++] = d * step;
            }
        }
        int[] thresholdSteps = new int[direction.length];
        for (int r = 0; r < direction.length; r++) {
            thresholdSteps[r] = -direction[r];
        }
        return new Reinforcement(pots, steps, thresholdSteps);
    }
}
