package org.mark1.experiment;

import static org.mark1.io.InvalidValue.requireRange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mark1.io.InvalidValue;
import org.mark1.machine.MachineConfig;

/**
 * One experiment, as a scenario file states it: the machine (defaults plus overrides), the stimuli,
 * the classes and their lamps, the training schedule and rule, the evaluation on fresh stimuli,
 * the seed. Loaded by {@link ScenarioLoader}; every impossible value is refused here, with the key
 * at fault.
 */
public record Scenario(
        @JsonProperty(required = true) String name,
        String description,
        @JsonProperty(required = true) long seed,
        MachineConfig machine,
        ShapeStimuli stimuli,
        List<ClassSpec> classes,
        Coding coding,
        TrainingSpec training,
        EvaluationSpec evaluation,
        ReportSpec report,
        @JsonInclude(JsonInclude.Include.NON_NULL) Seeds seeds,
        @JsonInclude(JsonInclude.Include.NON_NULL) HistorySpec history,
        @JsonInclude(JsonInclude.Include.NON_NULL) LesionSpec lesion,
        @JsonInclude(JsonInclude.Include.NON_NULL) RetrainingSpec retraining) {

    /** The most training presentations one run may make. */
    public static final int MAX_PRESENTATIONS = 10_000_000;

    public Scenario {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidValue("name", "'" + name + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        description = description == null ? "" : description.strip();
        if (machine == null) {
            throw new InvalidValue("machine", "is missing; write 'machine: {}' for the default Mark I");
        }
        requireNonNull("stimuli", stimuli);
        requireNonNull("training", training);
        requireNonNull("evaluation", evaluation);
        coding = coding == null ? Coding.ONE_PER_CLASS : coding;
        report = report == null ? new ReportSpec(null) : report;
        if (classes == null || classes.size() < 2) {
            throw new InvalidValue("classes", "needs at least two classes to tell apart");
        }
        classes = List.copyOf(classes);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            if (!names.add(classes.get(i).name())) {
                throw new InvalidValue("classes/" + i + "/name", "'" + classes.get(i).name() + "' names two classes");
            }
        }
        double side = Math.min(machine.rows(), machine.columns());
        if (stimuli.size().max() > side) {
            throw new InvalidValue("stimuli/size/max", stimuli.size().max() + " does not fit the " + machine.rows() + " x "
                    + machine.columns() + " retina; allowed: up to " + side);
        }
        LampCode code = LampCode.of(classes, coding); // checks the lamps fit the machine and tell the classes apart
        if (code.lamps() > machine.responseUnits()) {
            throw new InvalidValue("classes", "need " + code.lamps() + " lamps but the machine has " + machine.responseUnits());
        }
        int setSize = java.util.Arrays.stream(training.examplesPerClass().of(classes, "training/examplesPerClass")).sum();
        if (training.presentationBudget(setSize) > MAX_PRESENTATIONS) {
            throw new InvalidValue("training/maxPasses", training.maxPasses() + " passes of " + setSize + " stimuli make "
                    + training.presentationBudget(setSize) + " presentations; allowed: up to " + MAX_PRESENTATIONS
                    + " (fewer passes, or a maxPresentations)");
        }
        if (retraining != null) {
            retraining.check(coding, code.lamps());
            if (retraining.training().rule() != training.rule()) {
                throw new InvalidValue("retraining/training/rule", "must be the first course's rule, "
                        + training.rule().id() + ": one operator works the machine throughout");
            }
        }
        if (evaluation.every() != null && evaluation.freshPerClass() == 0) {
            throw new InvalidValue("evaluation/every", "needs fresh stimuli to measure; set freshPerClass above 0");
        }
    }

    /** The same experiment with another master seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, machine, stimuli, classes, coding, training, evaluation, report,
                seeds, history, lesion, retraining);
    }

    /** The same experiment repeated with other seeds (null: run once, with {@link #seed}). */
    public Scenario withSeeds(Seeds newSeeds) {
        return new Scenario(name, description, seed, machine, stimuli, classes, coding, training, evaluation, report,
                newSeeds, history, lesion, retraining);
    }

    /** The second course of training as a scenario of its own (its classes and schedule), or null without one. */
    public Scenario retrainingScenario() {
        return retraining == null ? null : new Scenario(name, description, seed, machine, stimuli, retraining.classes(),
                coding, retraining.training(), evaluation, report, null, null, null, null);
    }

    /** How many training stimuli each class gets, in the order of {@link #classes}. */
    public int[] trainingCounts() {
        return training.examplesPerClass().of(classes, "training/examplesPerClass");
    }

    private static void requireNonNull(String key, Object value) {
        if (value == null) {
            throw new InvalidValue(key, "is missing; add it");
        }
    }

    /** How classes map to lamps when a class does not list its own. */
    public enum Coding implements org.mark1.io.Keyword {
        /** Class {@code i} lights lamp {@code i} alone. */
        ONE_PER_CLASS,
        /** Class {@code i} lights the lamps of the binary digits of {@code i} (lamp 0 = lowest). */
        BINARY
    }

    /** A range of figure sizes, in photocells (the side of the figure's bounding box). */
    public record SizeRange(@JsonProperty(required = true) double min, @JsonProperty(required = true) double max) {
        public SizeRange {
            requireRange("min", min, 1.0, MachineConfig.MAX_SIDE);
            requireRange("max", max, min, MachineConfig.MAX_SIDE);
        }
    }

    /**
     * Plane figures at random sizes and positions.
     *
     * @param size      sizes to draw from, uniformly
     * @param position  {@code random} (anywhere it fits) or {@code centred}
     * @param jitter    with {@code centred}: largest shift from the middle, in photocells
     */
    public record ShapeStimuli(SizeRange size, org.mark1.stimulus.Placement position, Double jitter) {
        public ShapeStimuli {
            requireNonNull("size", size);
            position = position == null ? org.mark1.stimulus.Placement.RANDOM : position;
            jitter = jitter == null ? 0.0 : jitter;
            requireRange("jitter", jitter, 0.0, MachineConfig.MAX_SIDE);
        }
    }

    /**
     * A class of stimuli and, optionally, the lamps it lights.
     *
     * @param name   the class's name
     * @param shapes the figures that belong to it, drawn in turn
     * @param lamps  the lamps (R-units, from 0) that light for it; absent: from the coding
     */
    public record ClassSpec(String name, List<org.mark1.stimulus.Figure> shapes, List<Integer> lamps) {
        public ClassSpec {
            if (name == null || name.isBlank()) {
                throw new InvalidValue("name", "is missing; give the class a name");
            }
            if (shapes == null || shapes.isEmpty()) {
                throw new InvalidValue("shapes", "is empty; list the figures of this class");
            }
            shapes = List.copyOf(shapes);
            if (lamps != null) {
                for (int i = 0; i < lamps.size(); i++) {
                    requireRange("lamps/" + i, lamps.get(i), 0, 63);
                }
                lamps = List.copyOf(lamps);
            }
        }
    }

    /**
     * The training schedule. Training stops after the first error-free pass, or when either budget
     * is spent: {@code maxPasses} passes or {@code maxPresentations} presentations (at least one is
     * given; a budget in presentations may end a pass part-way).
     *
     * @param rule             the reinforcement rule
     * @param examplesPerClass training stimuli drawn per class: one number for all, or one per class by name
     * @param maxPasses        passes through the training set at most, or null for no limit in passes
     * @param order            {@code shuffled} anew each pass, or {@code fixed}
     * @param maxPresentations presentations at most, or null for no limit in presentations
     */
    public record TrainingSpec(@JsonProperty(required = true) org.mark1.learning.Rules rule,
            @JsonProperty(required = true) ClassCounts examplesPerClass,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxPasses,
            Order order,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxPresentations) {
        public TrainingSpec {
            requireNonNull("rule", rule);
            requireNonNull("examplesPerClass", examplesPerClass);
            if (maxPasses == null && maxPresentations == null) {
                throw new InvalidValue("maxPasses", "is missing; give maxPasses, maxPresentations or both");
            }
            if (maxPasses != null) {
                requireRange("maxPasses", maxPasses, 1, 100_000);
            }
            if (maxPresentations != null) {
                requireRange("maxPresentations", maxPresentations, 1, MAX_PRESENTATIONS);
            }
            order = order == null ? Order.SHUFFLED : order;
        }

        /** The most presentations training may take with {@code setSize} training stimuli. */
        public long presentationBudget(int setSize) {
            long byPasses = maxPasses == null ? Long.MAX_VALUE : (long) maxPasses * setSize;
            return Math.min(byPasses, maxPresentations == null ? Long.MAX_VALUE : maxPresentations);
        }
    }

    /** The order of presentations within a pass. */
    public enum Order implements org.mark1.io.Keyword {
        SHUFFLED, FIXED
    }

    /**
     * @param freshPerClass fresh stimuli per class, never shown in training, to measure generalisation
     * @param every         also measure them during training, every this many presentations (null: only at the end)
     */
    public record EvaluationSpec(@JsonProperty(required = true) int freshPerClass,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer every) {
        public EvaluationSpec {
            requireRange("freshPerClass", freshPerClass, 0, 1_000_000);
            if (every != null) {
                requireRange("every", every, 1, 10_000_000);
            }
        }
    }

    /** @param block presentations per point of the learning curve; absent: one pass */
    public record ReportSpec(Integer block) {
        public ReportSpec {
            if (block != null) {
                requireRange("block", block, 1, 10_000_000);
            }
        }
    }
}
