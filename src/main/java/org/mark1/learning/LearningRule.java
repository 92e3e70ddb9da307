package org.mark1.learning;

import org.mark1.machine.Answer;
import org.mark1.machine.Reinforcement;

/**
 * A reinforcement system as the machine sees it: after the R-units have answered, it decides which
 * pots turn and by how many whole motor steps. One method, one decision; the machine carries the
 * decision out through its motors. The rules themselves are {@link UnitRule}s, in real numbers;
 * {@link PotStepper} makes one of them a reinforcement system of the Mark I (the {@code hardware}
 * weight mode).
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
}
