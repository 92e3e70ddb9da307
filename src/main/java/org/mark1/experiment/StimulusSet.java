package org.mark1.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.ShapeMaker;
import org.mark1.stimulus.Stimulus;
import org.mark1.training.Presentation;

/**
 * A set of labelled stimuli for an experiment: {@code perClass} of each class, class after class,
 * each class's figures taken in turn, drawn from one random stream. The training set and the fresh
 * set come from different streams, so a fresh stimulus is never one the machine was trained on.
 *
 * @param presentations the stimuli with the lamps each should light
 * @param classes       each stimulus's class index
 */
public record StimulusSet(List<Presentation> presentations, int[] classes) {

    public static StimulusSet draw(Scenario s, LampCode code, int perClass, UniformRandomProvider rng) {
        int[] counts = new int[s.classes().size()];
        java.util.Arrays.fill(counts, perClass);
        return draw(s, code, counts, rng);
    }

    /** {@code counts[c]} stimuli of class {@code c}, class after class. */
    public static StimulusSet draw(Scenario s, LampCode code, int[] counts, UniformRandomProvider rng) {
        Scenario.ShapeStimuli spec = s.stimuli();
        ShapeMaker maker = new ShapeMaker(s.machine().rows(), s.machine().columns(), spec.size().min(),
                spec.size().max(), spec.position(), spec.jitter());
        List<Presentation> out = new ArrayList<>();
        int[] classes = new int[java.util.Arrays.stream(counts).sum()];
        for (int c = 0; c < s.classes().size(); c++) {
            List<Figure> figures = s.classes().get(c).shapes();
            for (int i = 0; i < counts[c]; i++) {
                Stimulus st = maker.make(figures.get(i % figures.size()), rng);
                classes[out.size()] = c;
                out.add(new Presentation(st.label(), st.description(), st.light(), code.wanted(c)));
            }
        }
        return new StimulusSet(List.copyOf(out), classes);
    }

    public int size() {
        return presentations.size();
    }
}
