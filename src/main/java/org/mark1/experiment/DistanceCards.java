package org.mark1.experiment;

import org.mark1.scenario.DistanceSpec;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.machine.Answer;
import org.mark1.training.Presentation;

/**
 * Carries out a {@link DistanceSpec} on a trained machine: at each distance, draws fresh cards of
 * every class laid as in training but moved that many photocells, shows each once without
 * reinforcement and counts the right answers.
 *
 * <h2>Seeding</h2>
 * The cards come from the generator given, distance after distance, class after class; the run
 * passes the fresh-stimuli stream after its fresh cards were drawn, so that every other card and
 * figure of the run is what it was without this measurement. Like the fresh cards, a card whose
 * firing photocells are a training card's is drawn again ({@link StimulusSet#drawFresh}).
 */
final class DistanceCards {

    private DistanceCards() {
    }

    /** How many cards {@code s}'s measurement shows: for the progress bar. */
    static long cards(Scenario s) {
        DistanceSpec spec = s.evaluation().distance();
        return spec == null ? 0 : (long) spec.distances(s).size() * s.classes().size() * spec.cardsPerClass();
    }

    /**
     * @param test shows a card without reinforcement and returns the machine's answer (the operator's
     *             test, so that real weights in ideal mode are used as well as the pots)
     */
    static Summary.Distance measure(Scenario s, LampCode code, StimulusSet training, UniformRandomProvider rng,
            Function<Presentation, Answer> test) {
        DistanceSpec spec = s.evaluation().distance();
        List<Summary.DistancePoint> points = new ArrayList<>();
        for (int d : spec.distances(s)) {
            int distance = d;
            List<Scenario.ClassSpec> moved = s.classes().stream().map(c -> spec.moved(s, c, distance)).toList();
            StimulusSet cards = StimulusSet.drawFresh(s, moved, code, spec.cardsPerClass(), rng, training);
            int right = 0;
            for (Presentation p : cards.presentations()) {
                right += test.apply(p).correct(p.wanted()) ? 1 : 0;
            }
            points.add(new Summary.DistancePoint(d, cards.size(), right,
                    Math.round(10000.0 * right / cards.size()) / 10000.0, cards.sameAsTraining()));
        }
        return new Summary.Distance(spec.direction().id(), spec.step(), spec.cardsPerClass(), List.copyOf(points));
    }
}
