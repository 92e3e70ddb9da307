package org.mark1.learning;

import org.mark1.machine.Answer;
import org.mark1.machine.Reinforcement;

/**
 * Forced (S-controlled) training: "the trainer forces it to respond correctly by means of an
 * electrical control" [NAVY60]. At every presentation, right or wrong, every R-unit's active pots
 * turn one quantum toward the wanted response, and its threshold (when adaptive) one step the other
 * way:
 * <pre>
 *   always:  w_i += s * q * a_i,   theta -= s,   s = +1 if the lamp was wanted, -1 if not
 * </pre>
 * Unlike error correction it keeps turning pots after the machine has learned.
 */
public final class ForcedTraining implements LearningRule {

    private final int quantum;

    public ForcedTraining(int quantum) {
        this.quantum = LearningRule.requireQuantum(quantum);
    }

    @Override
    public Reinforcement reinforce(Answer answer, boolean[] wanted) {
        int[] direction = new int[wanted.length];
        for (int r = 0; r < wanted.length; r++) {
            direction[r] = wanted[r] ? 1 : -1;
        }
        return LearningRule.alphaPulse(answer, direction, quantum);
    }
}
