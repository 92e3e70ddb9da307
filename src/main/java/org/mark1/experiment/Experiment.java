package org.mark1.experiment;

import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.event.EventListener;
import org.apache.commons.rng.UniformRandomProvider;
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

    /**
     * A finished run: its summary, its machine, what it learned (in the ideal weight mode the real
     * weights, {@link MachineState#isIdeal}; null for a network, which saves nothing), its streams;
     * the operator that trained it and its cards.
     */
    public record Result(Scenario scenario, Summary summary, MarkOne machine, MachineState learned, RandomStreams streams,
            List<Boolean> errors, Operator operator, StimulusSet training, StimulusSet fresh) {
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
        boolean idealRun = s.training().weightMode() == org.mark1.learning.WeightMode.IDEAL;
        if (o.state() != null && !(o.state().isIdeal() && idealRun)) { // ideal weights start the IdealTrainer
            o.state().restoreInto(machine); // which refuses ideal weights for a machine of pots
        }
        return machine;
    }

    public static Result run(Scenario s, Options o, Progress progress) {
        RandomStreams streams = new RandomStreams(s.seed());
        LampCode code = LampCode.of(s);
        MarkOne machine = machine(s, streams, o);
        StimulusSet training = StimulusSet.draw(s, code, s.trainingCounts(), streams.open(Stream.STIMULUS_JITTER));
        UniformRandomProvider freshStream = streams.open(Stream.FRESH_STIMULI);
        StimulusSet fresh = StimulusSet.drawFresh(s, code, s.evaluation().freshPerClass(), freshStream, training);
        LearningRule rule = s.training().rule().singleUnit() ? s.training().machineRule(s.machine().stepsPerReinforcement()) : null;
        if (o.state() != null && o.state().potRemainders() != null && rule instanceof org.mark1.learning.PotStepper stepper) {
            stepper.restore(new org.mark1.learning.PotStepper.Remainders(o.state().potRemainders(),
                    o.state().thresholdRemainders()));
        }
        Operator operator = operator(s, machine, rule, o);

        int n = training.size();
        int budget = (int) s.training().presentationBudget(n);
        Integer every = s.evaluation().every();
        long checks = every == null ? 0 : budget / every + 1;
        long total = budget + (long) n + fresh.size() * (1 + checks) + DistanceCards.cards(s);
        progress.start(s.name(), total);
        long[] done = {0};
        TrainingPhase t = TrainingPhase.run(s.training(), training, operator, machine.associationUnits().size(),
                streams.open(Stream.PRESENTATION_ORDER), every, () -> accuracy(operator, fresh, code, null), fresh.size(),
                progress, done);
        List<Boolean> errors = t.errors;
        List<Summary.Point> generalisation = t.generalisation;
        Integer errorFreePass = t.errorFreePass;
        int passes = t.passes;
        operator.finish();
        progress.advance(done[0], "testing");
        double trainAccuracy = accuracy(operator, training, code, null);
        progress.advance(done[0] + n, "testing on fresh stimuli");
        Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
        Double freshAccuracy = fresh.size() == 0 ? null : accuracy(operator, fresh, code, answers);
        // After the fresh cards, from the same stream: the cards moved away from the training place.
        Summary.Distance distance = null;
        if (s.evaluation().distance() != null) {
            progress.advance(done[0] + n + fresh.size(), "testing away from the training place");
            distance = DistanceCards.measure(s, code, training, freshStream, operator::test);
        }
        Summary.Lesion lesion = s.lesion() == null ? null
                : Lesions.measure(s.lesion(), machine, streams.open(Stream.LESIONS), training, fresh);
        if (every != null && errors.size() % every != 0) {
            generalisation.add(new Summary.Point(errors.size(), freshAccuracy));
        }
        Summary.Retraining retraining = s.retraining() == null ? null
                : retrain(s, machine, operator, code, training, fresh, streams.open(Stream.RETRAINING), progress, done);
        progress.advance(total, "done");
        progress.finish();

        // In ideal mode the weights are real numbers held by the trainer, not the pots (which never
        // moved): the trainer's are saved. A network's layers are not a Mark I's state: none is saved.
        MachineState learned = operator instanceof org.mark1.training.IdealTrainer ideal ? ideal.state()
                : operator instanceof org.mark1.training.NetworkTrainer ? null : MachineState.of(machine);
        boolean idealWeights = learned != null && learned.isIdeal();
        int count = errors.size();
        int block = s.report().block() != null ? s.report().block() : n;
        Summary summary = new Summary(s.name(), s.seed(), s.training().rule().id(), n, fresh.size(), count,
                (int) errors.stream().filter(e -> e).count(), passes, errorFreePass,
                errorFreePass == null ? null : (errorFreePass - 1) * n,
                new Summary.Curve(block, curve(errors, block)), trainAccuracy, freshAccuracy,
                fresh.size() == 0 ? null : answers,
                fresh.size() == 0 ? null : new Summary.FreshCards(fresh.redrawn(), fresh.sameAsTraining()),
                Summary.Stats.of(t.lit), Summary.Stats.of(t.active), t.silent(),
                t.alwaysOn(), machine.pots().atEndStops(), idealWeights ? null : machine.responseUnits().thresholds(),
                operator.simulatedMicros(), Summary.humanTime(operator.simulatedMicros() / 1e6),
                every == null ? null : new Summary.Generalisation(every, generalisation), lesion, retraining, distance,
                idealWeights ? learned.ideal().thresholds() : null, machine.pots().refused());
        if (learned != null && !learned.isIdeal() && rule instanceof org.mark1.learning.PotStepper stepper) {
            learned = learned.withRemainders(stepper.remainders().pots(), stepper.remainders().thresholds());
        }
        return new Result(s, summary, machine, learned, streams, List.copyOf(errors), operator, training, fresh);
    }

    /** The second course: trains on the retraining classes, then tests the first classes' stimuli again. */
    private static Summary.Retraining retrain(Scenario s, MarkOne machine, Operator operator, LampCode code,
            StimulusSet training, StimulusSet fresh, UniformRandomProvider rng, Progress progress, long[] done) {
        Scenario second = s.retrainingScenario();
        LampCode secondCode = LampCode.of(second);
        StimulusSet set = StimulusSet.draw(second, secondCode, second.trainingCounts(), rng);
        TrainingPhase t = TrainingPhase.run(second.training(), set, operator, machine.associationUnits().size(), rng, null,
                null, 0, progress, done);
        operator.finish();
        return new Summary.Retraining(set.size(), t.errors.size(), t.errorCount(), t.passes, t.errorFreePass,
                accuracy(operator, set, secondCode, null), accuracy(operator, training, code, null),
                fresh.size() == 0 ? null : accuracy(operator, fresh, code, null));
    }

    private static Operator operator(Scenario s, MarkOne machine, LearningRule rule, Options o) {
        if (s.training().weightMode() == org.mark1.learning.WeightMode.IDEAL) {
            if (o.trace() != null || o.engine() == Engine.EVENTS) {
                throw new org.mark1.io.InputError(s.name() + ": training.weights is ideal: real weights turn no motors and "
                        + "leave no timeline; drop --trace and --engine events, or use weights: hardware");
            }
            return s.training().rule().singleUnit()
                    ? new org.mark1.training.IdealTrainer(machine, s.training().unitRule(s.machine().stepsPerReinforcement()),
                            o.state())
                    : new org.mark1.training.NetworkTrainer(machine, new RandomStreams(s.seed()).open(Stream.INITIAL_POTS),
                            s.training().learningRate());
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
    public static List<Integer> curve(List<Boolean> errors, int block) {
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
