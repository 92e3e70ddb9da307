package org.mark1.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.mark1.event.EventListener;
import org.mark1.learning.LearningRule;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Plugboard;
import org.mark1.machine.PotentiometerBank;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.RandomStreams.Stream;
import org.mark1.training.Operator;
import org.mark1.training.Presentation;
import org.mark1.training.Session;
import org.mark1.training.Trainer;
import org.mark1.training.TrialResult;

/**
 * Runs one scenario: builds the machine from the seed, draws the training and fresh stimuli,
 * trains pass after pass until the first error-free pass (or the last allowed), then measures the
 * machine on the training and the fresh stimuli.
 *
 * <p>The timed discrete-event {@link Session} is used when a trace is asked for or when the motors
 * cannot finish before the next stimulus; otherwise the plain {@link Trainer}, which gives the same
 * pots (a test holds this), so the results do not depend on which was used.
 */
public final class Experiment {

    /** Which operator works the machine. */
    public enum Engine {
        /** The plain loop when timing is ideal and no trace is wanted, otherwise the events. */
        AUTO,
        /** Always the discrete-event session. */
        EVENTS,
        /** Always the plain loop (refused when the motors would lag). */
        LOOP
    }

    /**
     * @param wiring a plugboard to use instead of a random one, or null
     * @param state  a saved machine (pots and thresholds) to start from instead of random pots, or null
     * @param trace  a listener for every event (forces the event engine), or null
     * @param engine which operator to use
     */
    public record Options(Plugboard wiring, MachineState state, EventListener trace, Engine engine) {
        public static Options defaults() {
            return new Options(null, null, null, Engine.AUTO);
        }
    }

    /** A finished run: its summary, its machine, its streams. */
    public record Result(Scenario scenario, Summary summary, MarkOne machine, MachineState learned, RandomStreams streams,
            List<Boolean> errors) {
    }

    private Experiment() {
    }

    /** Builds the scenario's machine: random from the seed, or from a given wiring sheet and saved state. */
    public static MarkOne machine(Scenario s, RandomStreams streams, Options o) {
        MachineConfig c = s.machine();
        int lamps = LampCode.of(s).lamps();
        Plugboard board = o.wiring() != null ? o.wiring() : Plugboard.random(c, streams.open(Stream.WIRING));
        PotentiometerBank pots = PotentiometerBank.random(c, streams.open(Stream.INITIAL_POTS));
        MarkOne machine = new MarkOne(c, lamps, streams, board, pots);
        if (o.state() != null) {
            o.state().restoreInto(machine);
        }
        return machine;
    }

    public static Result run(Scenario s, Options o, Progress progress) {
        RandomStreams streams = new RandomStreams(s.seed());
        LampCode code = LampCode.of(s);
        MarkOne machine = machine(s, streams, o);
        StimulusSet training = StimulusSet.draw(s, code, s.training().examplesPerClass(), streams.open(Stream.STIMULUS_JITTER));
        StimulusSet fresh = StimulusSet.drawFresh(s, code, s.evaluation().freshPerClass(), streams.open(Stream.FRESH_STIMULI),
                training);
        LearningRule rule = s.training().rule().singleUnit() ? s.training().rule().create(s.machine().stepsPerReinforcement()) : null;
        if (o.state() != null && o.state().potRemainders() != null && rule instanceof org.mark1.learning.PotStepper stepper) {
            stepper.restore(new org.mark1.learning.PotStepper.Remainders(o.state().potRemainders(),
                    o.state().thresholdRemainders()));
        }
        Operator operator = operator(s, machine, rule, o);

        int n = training.size();
        int maxPresentations = n * s.training().maxPasses();
        long total = maxPresentations + (long) n + fresh.size();
        progress.start(s.name(), total);
        UniformRandomProvider order = streams.open(Stream.PRESENTATION_ORDER);
        int[] sequence = PermutationSampler.natural(n);
        List<Boolean> errors = new java.util.ArrayList<>();
        int[] lit = new int[maxPresentations];
        int[] active = new int[maxPresentations];
        int[] firings = new int[machine.associationUnits().size()];
        Integer errorFreePass = null;
        int passes = 0;
        while (passes < s.training().maxPasses() && errorFreePass == null) {
            if (s.training().order() == Scenario.Order.SHUFFLED) {
                PermutationSampler.shuffle(order, sequence);
            }
            int wrong = 0;
            for (int i : sequence) {
                TrialResult r = operator.present(training.presentations().get(i));
                lit[errors.size()] = r.litCells();
                active[errors.size()] = r.active().length;
                for (int a : r.active()) {
                    firings[a]++;
                }
                errors.add(!r.correct());
                wrong += r.correct() ? 0 : 1;
                progress.advance(errors.size(), "pass " + (passes + 1) + ", errors " + wrong);
            }
            passes++;
            if (wrong == 0) {
                errorFreePass = passes;
            }
        }
        operator.finish();
        long evaluated = maxPresentations;
        progress.advance(evaluated, "testing");
        double trainAccuracy = accuracy(operator, training, code, null);
        progress.advance(evaluated + n, "testing on fresh stimuli");
        Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
        Double freshAccuracy = fresh.size() == 0 ? null : accuracy(operator, fresh, code, answers);
        progress.advance(total, "done");
        progress.finish();

        int count = errors.size();
        int block = s.report().block() != null ? s.report().block() : n;
        Summary summary = new Summary(s.name(), s.seed(), s.training().rule().id(), n, fresh.size(), count,
                (int) errors.stream().filter(e -> e).count(), passes, errorFreePass,
                errorFreePass == null ? null : (errorFreePass - 1) * n,
                new Summary.Curve(block, curve(errors, block)), trainAccuracy, freshAccuracy,
                fresh.size() == 0 ? null : answers,
                fresh.size() == 0 ? null : new Summary.FreshCards(fresh.redrawn(), fresh.sameAsTraining()), Summary.Stats.of(lit, count), Summary.Stats.of(active, count),
                (int) java.util.Arrays.stream(firings).filter(f -> f == 0).count(),
                (int) java.util.Arrays.stream(firings).filter(f -> f == count).count(),
                machine.pots().atEndStops(), machine.responseUnits().thresholds(),
                operator.simulatedMicros(), Summary.humanTime(operator.simulatedMicros() / 1e6));
        MachineState learned = MachineState.of(machine);
        if (rule instanceof org.mark1.learning.PotStepper stepper) {
            learned = learned.withRemainders(stepper.remainders().pots(), stepper.remainders().thresholds());
        }
        return new Result(s, summary, machine, learned, streams, List.copyOf(errors));
    }

    private static Operator operator(Scenario s, MarkOne machine, LearningRule rule, Options o) {
        if (s.training().weightMode() == org.mark1.learning.WeightMode.IDEAL) {
            if (o.trace() != null || o.engine() == Engine.EVENTS) {
                throw new org.mark1.io.InputError(s.name() + ": training.weights is ideal: real weights turn no motors and "
                        + "leave no timeline; drop --trace and --engine events, or use weights: hardware");
            }
            return s.training().rule().singleUnit()
                    ? new org.mark1.training.IdealTrainer(machine, s.training().rule().onMachine(s.machine().stepsPerReinforcement()))
                    : new org.mark1.training.NetworkTrainer(machine, new RandomStreams(s.seed()).open(Stream.INITIAL_POTS));
        }
        boolean ideal = s.machine().motorsFinishBeforeNextStimulus(s.machine().stepsPerReinforcement());
        boolean events = switch (o.engine()) {
            case AUTO -> o.trace() != null || !ideal;
            case EVENTS -> true;
            case LOOP -> {
                if (!ideal) {
                    throw new org.mark1.io.InputError("--engine loop needs motors that finish before the next stimulus, "
                            + "and with motorStepMillis = " + s.machine().motorStepMillis() + " they do not; use --engine events or auto");
                }
                yield false;
            }
        };
        return events ? new Session(machine, rule, o.trace() != null ? o.trace() : e -> { }) : new Trainer(machine, rule);
    }

    /** Fraction answered rightly; tallies answers per class into {@code answers} when given. */
    private static double accuracy(Operator operator, StimulusSet set, LampCode code,
            Map<String, Map<String, Integer>> answers) {
        int right = 0;
        for (int i = 0; i < set.size(); i++) {
            Presentation p = set.presentations().get(i);
            Answer a = operator.test(p);
            if (a.correct(p.wanted())) {
                right++;
            }
            if (answers != null) {
                String truth = code.className(set.classes()[i]);
                int said = code.decode(a.lamps());
                answers.computeIfAbsent(truth, k -> new LinkedHashMap<>())
                        .merge(said < 0 ? "(no class)" : code.className(said), 1, Integer::sum);
            }
        }
        return set.size() == 0 ? 0 : (double) right / set.size();
    }

    /** Errors per block of {@code block} presentations. */
    static List<Integer> curve(List<Boolean> errors, int block) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int start = 0; start < errors.size(); start += block) {
            int e = 0;
            for (int i = start; i < Math.min(errors.size(), start + block); i++) {
                e += errors.get(i) ? 1 : 0;
            }
            out.add(e);
        }
        return out;
    }
}
