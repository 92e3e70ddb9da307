package org.mark1.experiment;

import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.StimulusSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.stimulus.CardMaker;
import org.mark1.stimulus.Design;
import org.mark1.stimulus.Card;
import org.mark1.stimulus.CellPatternMaker;
import org.mark1.training.Presentation;

/**
 * A set of labelled stimuli for an experiment: {@code perClass} of each class, class after class,
 * each class's designs taken in turn, drawn from one random stream.
 *
 * <p>A fresh set ({@link #drawFresh}) never holds a card the machine was trained on: a card whose
 * firing photocells (light above the photocell threshold, before noise and faults) are those of a
 * training card is drawn again, up to {@value #ATTEMPTS} times in all. {@code redrawn} counts the
 * cards drawn again; {@code sameAsTraining} the fresh cards still identical to a training card after
 * the last attempt (a class with few distinct cards, such as fixed letters, cannot avoid them).
 *
 * @param presentations  the stimuli with the lamps each should light
 * @param classes        each stimulus's class index
 * @param redrawn        cards drawn again because they equalled a training card
 * @param sameAsTraining cards kept although they equal a training card
 */
public record StimulusSet(List<Presentation> presentations, int[] classes, int redrawn, int sameAsTraining) {

    /** Draws of one fresh card at most (our choice): enough when repeats are rare, bounded when they are not. */
    public static final int ATTEMPTS = 20;

    /** Training stimuli (no card is refused). */
    public static StimulusSet draw(Scenario s, LampCode code, int perClass, UniformRandomProvider rng) {
        return draw(s, code, counts(s, perClass), rng, Set.of());
    }

    /** Training stimuli, {@code counts[c]} of class {@code c} (no card is refused). */
    public static StimulusSet draw(Scenario s, LampCode code, int[] counts, UniformRandomProvider rng) {
        return draw(s, code, counts, rng, Set.of());
    }

    private static int[] counts(Scenario s, int perClass) {
        int[] counts = new int[s.classes().size()];
        java.util.Arrays.fill(counts, perClass);
        return counts;
    }

    /** Fresh stimuli: none identical on the retina to a card of {@code training}, where that can be helped. */
    public static StimulusSet drawFresh(Scenario s, LampCode code, int perClass, UniformRandomProvider rng,
            StimulusSet training) {
        return drawFresh(s, s.freshStimuli(), s.freshClasses(), code, perClass, rng, training);
    }

    /** Fresh stimuli of the classes as {@code specs} lay them, kept apart from {@code training} in the same way. */
    static StimulusSet drawFresh(Scenario s, List<Scenario.ClassSpec> specs, LampCode code, int perClass,
            UniformRandomProvider rng, StimulusSet training) {
        return drawFresh(s, s.stimuli(), specs, code, perClass, rng, training);
    }

    /** Fresh stimuli made with {@code design} (the scenario's {@code stimuli:}, or the fresh cards' own). */
    private static StimulusSet drawFresh(Scenario s, StimulusSpec design, List<Scenario.ClassSpec> specs, LampCode code,
            int perClass, UniformRandomProvider rng, StimulusSet training) {
        Set<BitSet> seen = new HashSet<>();
        for (Presentation p : training.presentations()) {
            seen.add(pattern(p.light(), s.machine().photocellThreshold()));
        }
        return draw(s, design, specs, code, counts(s, perClass), rng, seen);
    }

    private static StimulusSet draw(Scenario s, LampCode code, int[] counts, UniformRandomProvider rng, Set<BitSet> avoid) {
        return draw(s, s.stimuli(), s.classes(), code, counts, rng, avoid);
    }

    private static StimulusSet draw(Scenario s, StimulusSpec design, List<Scenario.ClassSpec> specs, LampCode code, int[] counts,
            UniformRandomProvider rng, Set<BitSet> avoid) {
        List<Presentation> out = new ArrayList<>();
        int[] classes = new int[java.util.Arrays.stream(counts).sum()];
        int redrawn = 0;
        int same = 0;
        double threshold = s.machine().photocellThreshold();
        for (int c = 0; c < specs.size(); c++) {
            Scenario.ClassSpec spec = specs.get(c);
            java.util.function.IntFunction<Card> maker = maker(s, design, spec, rng);
            for (int i = 0; i < counts[c]; i++) {
                Card st = maker.apply(i);
                for (int attempt = 1; !avoid.isEmpty() && avoid.contains(pattern(st.light(), threshold)); attempt++) {
                    if (attempt == ATTEMPTS) {
                        same++;
                        break;
                    }
                    redrawn += attempt == 1 ? 1 : 0;
                    st = maker.apply(i);
                }
                classes[out.size()] = c;
                out.add(new Presentation(st.label(), st.description(), st.light(), code.wanted(c)));
            }
        }
        return new StimulusSet(List.copyOf(out), classes, redrawn, same);
    }

    /** Card {@code i} of class {@code spec}: its designs in turn, laid out, or its pattern's cards. */
    private static java.util.function.IntFunction<Card> maker(Scenario s, StimulusSpec design, Scenario.ClassSpec spec,
            UniformRandomProvider rng) {
        if (spec.pattern() != null) {
            CellPatternMaker p = new CellPatternMaker(s.machine().rows(), s.machine().columns(), spec.pattern());
            return i -> p.make(i, rng);
        }
        List<Design> designs = design.designs(spec);
        CardMaker maker = new CardMaker(s.machine().rows(), s.machine().columns(), design.layout(spec));
        return i -> maker.make(designs.get(i % designs.size()), rng);
    }

    /** The photocells that fire under {@code light} on a working, noiseless retina. */
    public static BitSet pattern(double[] light, double threshold) {
        BitSet b = new BitSet(light.length);
        for (int i = 0; i < light.length; i++) {
            if (org.mark1.machine.Photocell.WORKING.fires(light[i], threshold)) {
                b.set(i);
            }
        }
        return b;
    }

    public int size() {
        return presentations.size();
    }
}
