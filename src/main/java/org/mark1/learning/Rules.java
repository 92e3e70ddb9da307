package org.mark1.learning;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.IntFunction;

/** The learning rules a scenario can name, each made with the machine's quantum (steps per pulse). */
public enum Rules {
    ERROR_CORRECTION("error-correction", ErrorCorrection::new),
    FORCED("forced", ForcedTraining::new);

    private final String id;
    private final IntFunction<LearningRule> factory;

    Rules(String id, IntFunction<LearningRule> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The name scenario files use. */
    @JsonValue
    public String id() {
        return id;
    }

    public LearningRule create(int quantum) {
        return factory.apply(quantum);
    }

    @Override
    public String toString() {
        return id;
    }
}
