package org.mark1.report;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.StimulusSet;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.scenario.StimulusSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.ReceptiveField;
import org.mark1.machine.Retina;
import org.mark1.stimulus.Card;
import org.mark1.stimulus.CardMaker;
import org.mark1.stimulus.Design;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.Layout;
import org.mark1.stimulus.Letter;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;
import org.mark1.stimulus.Typeface;
import org.mark1.training.Presentation;

/**
 * The pictures in {@code docs/}, rendered by the project itself from one scenario run: the stimuli
 * on the retina, the plugboard of a few A-units, the learning curve, and what lamp 0 learned; and
 * the catalogue of cards the project can print (figures, and the letters of each typeface).
 */
public final class Figures {

    private Figures() {
    }

    /** Renders the figures of scenario {@code s}: file name to PNG bytes, in a fixed order. */
    public static Map<String, byte[]> render(Scenario s, Progress progress) {
        Experiment.Result run = Experiment.run(s, Experiment.Options.defaults(), progress);
        MarkOne machine = run.machine();
        Map<String, byte[]> pictures = new LinkedHashMap<>();

        int perClass = Math.max(1, 8 / s.classes().size());
        StimulusSet sample = StimulusSet.draw(s, LampCode.of(s), perClass,
                new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER));
        List<Presentation> shown = new ArrayList<>();
        List<int[]> lit = new ArrayList<>();
        for (int i = 0; i < Math.min(8, sample.size()); i++) {
            Presentation p = sample.presentations().get(i);
            shown.add(p);
            machine.settle(p.light());
            lit.add(machine.litCells());
        }
        int columns = s.machine().columns();
        pictures.put(s.name() + "-retina.png", Pictures.retinas(shown, lit, s.machine().rows(), columns, 4));
        pictures.put(s.name() + "-plugboard.png",
                Pictures.wiring(machine.plugboard(), new int[] {0, 1, 2, 3}, s.machine().rows(), columns));
        pictures.put(s.name() + "-curve.png", CurvePlot.png(run.summary()));
        pictures.putAll(stimuli());
        pictures.put(s.name() + "-field.png", Pictures.field(ReceptiveField.of(machine, 0),
                "lamp 0 after training: blue cells push it on, red push it off"));
        return pictures;
    }

    /**
     * The cards the project can print, on the default retina: every figure, and the capitals of each
     * shipped typeface ({@code stimuli-figures.png}, {@code stimuli-letters-TYPEFACE.png}).
     */
    public static Map<String, byte[]> stimuli() {
        MachineConfig c = MachineConfig.defaults();
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        List<Design> figures = List.of(Figure.values());
        pictures.put("stimuli-figures.png", catalogue(figures, new Layout(Region.WHOLE, Position.CENTRED, 12, 12,
                0, 0, 0), c, 8));
        for (Typeface t : Typeface.values()) {
            List<Design> letters = new ArrayList<>();
            for (char ch = 'A'; ch <= 'Z'; ch++) {
                letters.add(new Letter(t, ch, StimulusSpec.DEFAULT_PEN));
            }
            pictures.put("stimuli-letters-" + t.id() + ".png", catalogue(letters,
                    new Layout(Region.WHOLE, Position.CENTRED, 14, 14, 0, 0, 0), c, 9));
        }
        pictures.put("stimuli-patterns.png", patterns(c));
        return pictures;
    }

    /** Four cards of each class of the parity and the connectedness scenarios, as their runs draw them. */
    private static byte[] patterns(MachineConfig c) {
        List<Presentation> cards = new ArrayList<>();
        List<int[]> lit = new ArrayList<>();
        for (String name : List.of("minsky-papert-parity", "connectedness")) {
            Scenario s = ScenarioLoader.builtIn(name);
            StimulusSet set = StimulusSet.draw(s, LampCode.of(s), 4, new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER));
            for (Presentation p : set.presentations()) {
                cards.add(p);
                lit.add(java.util.stream.IntStream.range(0, p.light().length).filter(i -> p.light()[i] > 0.5).toArray());
            }
        }
        return Pictures.catalogue(cards, lit, c.rows(), c.columns(), 8);
    }

    private static byte[] catalogue(List<Design> designs, Layout layout, MachineConfig c, int perRow) {
        CardMaker maker = new CardMaker(c.rows(), c.columns(), layout);
        Retina retina = new Retina(c, new RandomStreams(0).open(RandomStreams.Stream.FAULTS));
        UniformRandomProvider rng = new RandomStreams(0).open(RandomStreams.Stream.STIMULUS_JITTER);
        List<Presentation> cards = new ArrayList<>();
        List<int[]> lit = new ArrayList<>();
        long[] bits = new long[Retina.words(retina.size())];
        for (Design d : designs) {
            Card card = maker.make(d, rng);
            cards.add(new Presentation(card.label(), card.description(), card.light(), new boolean[0]));
            retina.sense(card.light(), rng, bits);
            lit.add(Retina.indices(bits));
        }
        return Pictures.catalogue(cards, lit, c.rows(), c.columns(), perRow);
    }
}
