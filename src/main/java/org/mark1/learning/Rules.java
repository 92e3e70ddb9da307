package org.mark1.learning;

import java.util.function.IntFunction;
import org.mark1.io.Keyword;

/** The learning rules a scenario can name, each made with the machine's quantum (steps per pulse). */
public enum Rules implements Keyword {
    ERROR_CORRECTION(ErrorCorrection::new),
    FORCED(ForcedTraining::new);

    private final IntFunction<LearningRule> factory;

    Rules(IntFunction<LearningRule> factory) {
        this.factory = factory;
    }

    public LearningRule create(int quantum) {
        return factory.apply(quantum);
    }
}
