package org.mark1.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mark1.io.InvalidValue;

/**
 * A second course of training, as a scenario's {@code retraining:} block gives it: once the machine
 * has learned the scenario's classes (and been measured), it is trained on these other classes, on
 * the same lamps, and then tested again on the first classes' training and fresh stimuli: what is
 * left of what it first learned. Its stimuli and their order come from the RETRAINING stream.
 *
 * @param classes  the classes of the second course, lighting the same lamps as the first ones
 * @param training its schedule and rule
 */
public record RetrainingSpec(@JsonProperty(required = true) List<Scenario.ClassSpec> classes,
        @JsonProperty(required = true) Scenario.TrainingSpec training) {

    public RetrainingSpec {
        if (classes == null || classes.size() < 2) {
            throw new InvalidValue("classes", "needs at least two classes to tell apart");
        }
        if (training == null) {
            throw new InvalidValue("training", "is missing; give the second course's rule and schedule");
        }
        classes = List.copyOf(classes);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            if (!names.add(classes.get(i).name())) {
                throw new InvalidValue("classes/" + i + "/name", "'" + classes.get(i).name() + "' names two classes");
            }
        }
    }

    /** Checks the second course against the first: the same number of lamps, a count for each class. */
    void check(Scenario.Coding coding, int lamps, org.mark1.machine.ResponseMode mode) {
        LampCode code;
        try {
            code = LampCode.of(classes, coding, mode);
        } catch (InvalidValue e) {
            throw new InvalidValue("retraining/" + e.key(), e.problem());
        }
        if (code.lamps() != lamps) {
            throw new InvalidValue("retraining/classes", "use " + code.lamps() + " lamps but the first classes use " + lamps
                    + "; train the same lamps again");
        }
        training.examplesPerClass().of(classes, "retraining/training/examplesPerClass");
    }
}
