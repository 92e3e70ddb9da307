package org.mark1.experiment;

import java.util.List;
import org.mark1.learning.LearningRule;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.training.Operator;
import org.mark1.training.Presentation;
import org.mark1.training.Session;
import org.mark1.training.Trainer;

/**
 * Measures how fast the machine is worked, as ratios against a baseline measured in the same run
 * (this computer's speed drifts): the baseline is the plain loop; the timed session is reported as
 * a multiple of its time per presentation. Each engine trains a fresh machine on the scenario's
 * training cards, pass after pass, after a warm-up.
 */
public final class Benchmark {

    /** Presentations per second of each engine, and the session's cost relative to the loop. */
    public record Figures(int presentations, double loopPerSecond, double eventsPerSecond, double eventsOverLoop) {
    }

    private Benchmark() {
    }

    public static Figures run(Scenario s, int presentations, int rounds) {
        List<Presentation> cards = StimulusSet.draw(s, LampCode.of(s), s.trainingCounts(),
                new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER)).presentations();
        double bestLoop = Double.MAX_VALUE;
        double bestEvents = Double.MAX_VALUE;
        time(s, cards, presentations, false); // warm-up
        time(s, cards, presentations, true);
        for (int r = 0; r < rounds; r++) {
            // Interleaved, so that a drift in the machine's speed falls on both alike.
            bestLoop = Math.min(bestLoop, time(s, cards, presentations, false));
            bestEvents = Math.min(bestEvents, time(s, cards, presentations, true));
        }
        return new Figures(presentations, presentations / bestLoop, presentations / bestEvents, bestEvents / bestLoop);
    }

    private static double time(Scenario s, List<Presentation> cards, int presentations, boolean events) {
        MarkOne machine = Experiment.machine(s, new RandomStreams(s.seed()), Experiment.Options.defaults());
        LearningRule rule = s.training().rule().create(s.machine().stepsPerReinforcement());
        Operator op = events ? new Session(machine, rule, e -> { }) : new Trainer(machine, rule);
        long start = System.nanoTime();
        for (int i = 0; i < presentations; i++) {
            op.present(cards.get(i % cards.size()));
        }
        op.finish();
        return (System.nanoTime() - start) / 1e9;
    }
}
