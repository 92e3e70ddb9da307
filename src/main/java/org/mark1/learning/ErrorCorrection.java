package org.mark1.learning;

import org.mark1.machine.Answer;
import org.mark1.machine.Reinforcement;

/**
 * Rosenblatt's error-correction procedure (alpha system, error-controlled): an R-unit that answered
 * rightly is left alone; for an R-unit that answered wrongly, every pot of its active A-units turns
 * one quantum toward the right answer, and its threshold (when adaptive) one step the other way:
 * <pre>
 *   if wrong:  w_i += s * q * a_i,   theta -= s,   s = +1 if the lamp was wanted, -1 if not
 * </pre>
 * where {@code a_i} is 1 for an active A-unit and {@code q} the quantum. A sum exactly at threshold
 * counts as wrong (see {@link Answer}), so a machine with all pots at zero learns from its very first
 * presentation, and Novikoff's bound holds.
 */
public final class ErrorCorrection implements LearningRule {

    private final int quantum;

    public ErrorCorrection(int quantum) {
        this.quantum = LearningRule.requireQuantum(quantum);
    }

    @Override
    public Reinforcement reinforce(Answer answer, boolean[] wanted) {
        int[] direction = new int[wanted.length];
        boolean any = false;
        for (int r = 0; r < wanted.length; r++) {
            if (!answer.correct(r, wanted[r])) {
                direction[r] = wanted[r] ? 1 : -1;
                any = true;
            }
        }
        return any ? LearningRule.alphaPulse(answer, direction, quantum) : Reinforcement.none(wanted.length);
    }
}
