package org.mark1.scenario;

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
        StimulusSpec stimuli,
        List<ClassSpec> classes,
        Coding coding,
        TrainingSpec training,
        EvaluationSpec evaluation,
        ReportSpec report,
        @JsonInclude(JsonInclude.Include.NON_NULL) Seeds seeds,
        @JsonInclude(JsonInclude.Include.NON_NULL) HistorySpec history,
        @JsonInclude(JsonInclude.Include.NON_NULL) LesionSpec lesion,
        @JsonInclude(JsonInclude.Include.NON_NULL) RetrainingSpec retraining) {

    public Scenario {
        ScenarioName.require(name);
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
                throw new InvalidValue("classes/" + i + "/name", "'" + excerpt(classes.get(i).name()) + "' names two classes");
            }
        }
        stimuli.check(classes, machine.rows(), machine.columns());
        if (evaluation.stimuli() != null) {
            checkFreshDesign(classes, stimuli, evaluation, machine);
        }
        if (evaluation.layout() != null) {
            try {
                stimuli.check(classes.stream().map(evaluation.layout()::apply).toList(), machine.rows(), machine.columns());
            } catch (InvalidValue e) {
                throw new InvalidValue("evaluation/layout", "the fresh cards: " + e.getMessage());
            }
        }
        requireBoundedWork(machine, classes, training, evaluation);
        if (evaluation.distance() != null) {
            evaluation.distance().check(classes, stimuli, machine);
        }
        LampCode code = LampCode.of(classes, coding, machine.responseMode()); // checks the lamps tell the classes apart
        if (code.lamps() > machine.responseUnits()) {
            throw new InvalidValue("classes", "need " + code.lamps() + " lamps but the machine has " + machine.responseUnits()
                    + "; raise responseUnits or use fewer lamps");
        }
        if (code.lamps() > machine.associationUnits()) {
            throw new InvalidValue("machine/associationUnits", machine.associationUnits() + " A-units cannot feed "
                    + code.lamps() + " lamps (each lamp's source set needs at least one A-unit); raise associationUnits");
        }
        code.requireServable(machine, training); // source-set size, and rules under exclusive R-units
        if (retraining != null) {
            retraining.check(coding, code.lamps(), machine.responseMode());
            if (retraining.training().rule() != training.rule()) {
                throw new InvalidValue("retraining/training/rule", "must be the first course's rule, "
                        + training.rule().id() + ": one operator works the machine throughout");
            }
        }
        if (lesion != null && training.weightMode() == org.mark1.learning.WeightMode.IDEAL) {
            throw new InvalidValue("lesion", "removes A-units by their pots; it needs the machine's pots (weights: hardware)");
        }
        if (evaluation.every() != null && evaluation.freshPerClass() == 0) {
            throw new InvalidValue("evaluation/every", "needs fresh stimuli to measure; set freshPerClass above 0");
        }
    }

    /** Refuses fresh cards of another design that cannot be drawn, at {@code evaluation/stimuli}. */
    private static void checkFreshDesign(List<ClassSpec> classes, StimulusSpec stimuli, EvaluationSpec evaluation,
            MachineConfig machine) {
        FreshStimuli fresh = evaluation.stimuli();
        if (evaluation.layout() != null) {
            throw new InvalidValue("evaluation/layout", "and evaluation.stimuli both lay the fresh cards; give region, "
                    + "position and jitter in evaluation.stimuli and remove layout");
        }
        try {
            fresh.requireKnown(classes);
        } catch (InvalidValue e) {
            throw new InvalidValue("evaluation/stimuli/" + e.key(), e.problem());
        }
        try {
            fresh.over(stimuli).check(classes.stream().map(fresh::apply).toList(), machine.rows(), machine.columns());
        } catch (InvalidValue e) {
            // Name the fresh cards' class and key, not the training file's places ("classes/1/images").
            String key = e.key() == null ? "" : e.key();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("classes/(\\d+)/(.*)").matcher(key);
            String where = m.matches() ? " of class '" + classes.get(Integer.parseInt(m.group(1))).name() + "' (" + m.group(2) + ")"
                    : key.startsWith("stimuli/") ? " (" + key.substring("stimuli/".length()) + ")" : "";
            throw new InvalidValue("evaluation/stimuli", "the fresh cards" + where + ": " + e.problem());
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

    /** Most presentations a run may plan (training set x passes): its records are kept in memory. */
    public static final long MAX_PRESENTATIONS = 10_000_000;
    /**
     * Most light values (stimuli x photocells) a run's training and fresh stimuli may hold in memory:
     * 2^25, 256 MB, enough for the flagship's cards on the largest retina (200 x 200) within a 512 MB heap.
     */
    public static final long MAX_LIGHT_VALUES = 33_554_432;

    /** Refuses a run whose stimuli or records would not fit in memory, naming the setting to lower. */
    private static void requireBoundedWork(MachineConfig machine, List<ClassSpec> classes, TrainingSpec training,
            EvaluationSpec evaluation) {
        long trainingSet = java.util.Arrays.stream(training.examplesPerClass().of(classes, "training/examplesPerClass"))
                .asLongStream().sum();
        long presentations = training.presentationBudget((int) trainingSet);
        if (presentations > MAX_PRESENTATIONS) {
            throw new InvalidValue("training/maxPasses", training.maxPasses() + " passes over " + trainingSet
                    + " training stimuli plan " + presentations + " presentations, more than " + MAX_PRESENTATIONS
                    + "; lower maxPasses or examplesPerClass, or set a maxPresentations");
        }
        long light = (trainingSet + (long) classes.size() * evaluation.freshPerClass()) * machine.photocells();
        if (light > MAX_LIGHT_VALUES) {
            throw new InvalidValue("evaluation/freshPerClass", classes.size() + " classes: (" + trainingSet
                    + " training stimuli + freshPerClass " + evaluation.freshPerClass() + " per class) x " + machine.photocells()
                    + " photocells are " + light + " light values, more than " + MAX_LIGHT_VALUES
                    + "; lower freshPerClass or examplesPerClass, or use a smaller retina");
        }
        if (evaluation.every() != null) {
            long tests = presentations / evaluation.every() * classes.size() * evaluation.freshPerClass();
            if (tests > MAX_PRESENTATIONS) {
                throw new InvalidValue("evaluation/every", evaluation.every() + ": testing " + classes.size() * evaluation.freshPerClass()
                        + " fresh stimuli every " + evaluation.every() + " of " + presentations + " presentations shows "
                        + tests + " cards, more than " + MAX_PRESENTATIONS + "; test less often (a larger every) or on fewer "
                        + "fresh stimuli");
            }
        }
    }

    private static String excerpt(String value) {
        return org.mark1.io.InputError.excerpt(value);
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

    /**
     * A class of stimuli: its cards and, optionally, the lamps it lights and its own layout (any of
     * the layout keys of {@link StimulusSpec}; absent: the scenario's).
     *
     * @param name    the class's name
     * @param shapes  figures that belong to it
     * @param letters capitals A-Z that belong to it, written together ("A", or "OQ")
     * @param images  a folder of card images that belong to it (relative to the scenario file)
     * @param lamps   the lamps (R-units, from 0) that light for it; absent: from the coding
     * @param pattern cells lit in code instead of printed cards (parity, connectedness; see {@link org.mark1.stimulus.CellPattern})
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ClassSpec(String name,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            List<org.mark1.stimulus.Figure> shapes,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            String letters, String images,
            List<Integer> lamps, StimulusSpec.SizeRange size, org.mark1.stimulus.Position position,
            org.mark1.stimulus.Region region, Double jitter, Double rotation,
            List<org.mark1.stimulus.Typeface> typefaces, Double pen, org.mark1.stimulus.CellPattern pattern) {
        public ClassSpec {
            if (name == null || name.isBlank()) {
                throw new InvalidValue("name", "is missing; give the class a name");
            }
            shapes = shapes == null ? List.of() : List.copyOf(shapes);
            letters = letters == null ? "" : letters;
            if (letters.equals("true") || letters.equals("false")) {
                throw new InvalidValue("letters", "YAML reads NO, ON, YES and OFF as " + letters + "; quote the letters, "
                        + "e.g. letters: \"NO\"");
            }
            for (int i = 0; i < letters.length(); i++) {
                char ch = letters.charAt(i);
                if (ch < 'A' || ch > 'Z' || letters.indexOf(ch) != i) {
                    throw new InvalidValue("letters", "'" + letters + "' must be capitals A-Z, each once (the shipped "
                            + "typefaces have only capitals), e.g. letters: A");
                }
            }
            if (images != null && images.isBlank()) {
                throw new InvalidValue("images", "is empty; give a folder of card images");
            }
            if (shapes.isEmpty() && letters.isEmpty() && images == null && pattern == null) {
                throw new InvalidValue(null, "class '" + name + "' has no cards; give it shapes, letters, images or a pattern");
            }
            if (pattern != null && (!shapes.isEmpty() || !letters.isEmpty() || images != null)) {
                throw new InvalidValue("pattern", "lights cells in code; a class with a pattern has no shapes, letters "
                        + "or images: give it a class of its own");
            }
            if (lamps != null) {
                for (int i = 0; i < lamps.size(); i++) {
                    requireRange("lamps/" + i, lamps.get(i), 0, 63);
                    if (lamps.indexOf(lamps.get(i)) < i) {
                        throw new InvalidValue("lamps/" + i, "lamp " + lamps.get(i) + " is listed twice; list each lamp once");
                    }
                }
                lamps = List.copyOf(lamps);
            }
            typefaces = StimulusSpec.checkOwnLayout(jitter, rotation, typefaces, pen);
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
     * @param weights          {@code hardware} (pots and motors; when absent) or {@code ideal} (real weights)
     * @param maxPresentations presentations at most, or null for no limit in presentations
     * @param rate             the learning rate of lms, sigmoid, sigmoid-ce and mlp, or null for the rule's
     *                         default ({@link org.mark1.learning.Rules#defaultRate}) [gap]
     * @param gain             the output gain of lms, sigmoid and sigmoid-ce per motor step, or null for the
     *                         default ({@link org.mark1.learning.Rules#MACHINE_GAIN}) [gap]
     */
    public record TrainingSpec(@JsonProperty(required = true) org.mark1.learning.Rules rule,
            @JsonProperty(required = true) ClassCounts examplesPerClass,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxPasses,
            Order order,
            @JsonInclude(JsonInclude.Include.NON_NULL) org.mark1.learning.WeightMode weights,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxPresentations,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double rate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double gain) {
        /** Most a rate or gain may be: far past any grid value, short of overflow. */
        private static final double MAX_CONSTANT = 1e6;

        public TrainingSpec {
            requireNonNull("rule", rule);
            if (!rule.singleUnit() && weights != org.mark1.learning.WeightMode.IDEAL) {
                throw new InvalidValue("rule", "'" + rule.id() + "' needs 'weights: ideal': the Mark I has no pots for "
                        + "a hidden layer");
            }
            requireNonNull("examplesPerClass", examplesPerClass);
            if (maxPasses == null && maxPresentations == null) {
                throw new InvalidValue("maxPasses", "is missing; give maxPasses, maxPresentations or both");
            }
            if (maxPasses != null) {
                requireRange("maxPasses", maxPasses, 1, 100_000);
            }
            if (maxPresentations != null) {
                requireRange("maxPresentations", maxPresentations, 1, (int) MAX_PRESENTATIONS);
            }
            order = order == null ? Order.SHUFFLED : order;
            if (rate != null) {
                if (!rule.hasRate()) {
                    throw new InvalidValue("rate", "'" + rule.id() + "' has no learning rate: it turns its pots by "
                            + "machine.stepsPerReinforcement; drop training.rate (rates: lms, sigmoid, sigmoid-ce, mlp)");
                }
                requirePositive("rate", rate);
            }
            if (gain != null) {
                if (!rule.hasGain()) {
                    throw new InvalidValue("gain", "'" + rule.id() + "' has no output gain; drop training.gain "
                            + "(gains: lms, sigmoid, sigmoid-ce)");
                }
                requirePositive("gain", gain);
            }
        }

        private static void requirePositive(String key, double v) {
            if (!(v > 0 && v <= MAX_CONSTANT)) {
                throw new InvalidValue(key, v + " is out of range; give a number above 0 and at most " + (long) MAX_CONSTANT);
            }
        }

        /** The schedule as it is with another rule at the given constants (null: the rule's defaults). */
        public TrainingSpec with(org.mark1.learning.Rules newRule, org.mark1.learning.WeightMode mode, Double newRate,
                Double newGain) {
            return new TrainingSpec(newRule, examplesPerClass, maxPasses, order,
                    mode == org.mark1.learning.WeightMode.HARDWARE ? null : mode, maxPresentations, newRate, newGain);
        }

        /** The learning rate in use: the scenario's or the rule's default (NaN for a rule without one). */
        public double learningRate() {
            return rate != null ? rate : rule.defaultRate();
        }

        /** The output gain in use: the scenario's or the rule's default (NaN for a rule without one). */
        public double outputGain() {
            return gain != null ? gain : rule.defaultGain();
        }

        /** The rule on the machine, in motor steps, at this schedule's constants. */
        public org.mark1.learning.UnitRule unitRule(int quantum) {
            return rule.onMachine(quantum, learningRate(), outputGain());
        }

        /** The rule on the machine in the hardware weight mode, at this schedule's constants. */
        public org.mark1.learning.LearningRule machineRule(int quantum) {
            return rule.create(quantum, learningRate(), outputGain());
        }

        /** The weight mode: hardware unless the scenario says ideal. */
        public org.mark1.learning.WeightMode weightMode() {
            return weights == null ? org.mark1.learning.WeightMode.HARDWARE : weights;
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
     * @param layout        where the fresh cards are laid, if not where the training cards were (null: the same)
     * @param distance      also measure accuracy against distance from the training place (null: not measured)
     * @param stimuli       fresh cards of another design than the training cards (null: the same design)
     */
    public record EvaluationSpec(@JsonProperty(required = true) int freshPerClass,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer every,
            @JsonInclude(JsonInclude.Include.NON_NULL) FreshLayout layout,
            @JsonInclude(JsonInclude.Include.NON_NULL) DistanceSpec distance,
            @JsonInclude(JsonInclude.Include.NON_NULL) FreshStimuli stimuli) {
        public EvaluationSpec {
            requireRange("freshPerClass", freshPerClass, 0, 1_000_000);
            if (every != null) {
                requireRange("every", every, 1, 10_000_000);
            }
        }
    }

    /**
     * Where the fresh cards are laid, overriding every class's region, position and jitter (any not
     * given stays the class's): trained in one place, tested in another.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FreshLayout(org.mark1.stimulus.Region region, org.mark1.stimulus.Position position, Double jitter) {
        public FreshLayout {
            if (region == null && position == null && jitter == null) {
                throw new InvalidValue(null, "is empty; give region, position or jitter for the fresh cards, or remove it");
            }
            if (jitter != null) {
                requireRange("jitter", jitter, 0.0, MachineConfig.MAX_SIDE);
            }
        }

        /** Class {@code c} as its fresh cards are laid. */
        public ClassSpec apply(ClassSpec c) {
            return new ClassSpec(c.name(), c.shapes(), c.letters(), c.images(), c.lamps(), c.size(),
                    position != null ? position : c.position(), region != null ? region : c.region(),
                    jitter != null ? jitter : c.jitter(), c.rotation(), c.typefaces(), c.pen(), c.pattern());
        }
    }

    /** The classes as their fresh cards are laid (the same classes without {@code evaluation.layout} or {@code .stimuli}). */
    public List<ClassSpec> freshClasses() {
        if (evaluation.stimuli() != null) {
            return classes.stream().map(evaluation.stimuli()::apply).toList();
        }
        return evaluation.layout() == null ? classes : classes.stream().map(evaluation.layout()::apply).toList();
    }

    /** The {@code stimuli:} the fresh cards are made with: the scenario's, under {@code evaluation.stimuli} if given. */
    public StimulusSpec freshStimuli() {
        return evaluation.stimuli() == null ? stimuli : evaluation.stimuli().over(stimuli);
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
