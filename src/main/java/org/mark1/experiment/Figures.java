package org.mark1.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.io.AtomicFiles;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.Retina;
import org.mark1.stimulus.CardMaker;
import org.mark1.stimulus.Design;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.Layout;
import org.mark1.stimulus.Letter;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;
import org.mark1.stimulus.Card;
import org.mark1.stimulus.Typeface;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.ReceptiveField;
import org.mark1.training.Presentation;

/**
 * The pictures in {@code docs/}, rendered by the project itself from one scenario run: the stimuli
 * on the retina, the plugboard of a few A-units, the learning curve, and what lamp 0 learned; and
 * the catalogue of cards the project can print (figures, and the letters of each typeface).
 */
public final class Figures {

    private Figures() {
    }

    /** Renders the figures of scenario {@code s} into {@code dir}; returns the files written. */
    public static List<Path> render(Scenario s, Path dir, Progress progress) {
        Experiment.Result run = Experiment.run(s, Experiment.Options.defaults(), progress);
        MarkOne machine = run.machine();
        List<Path> written = new ArrayList<>();

        int classes = s.classes().size();
        int perClass = Math.max(1, 8 / classes);
        StimulusSet sample = StimulusSet.draw(s, LampCode.of(s), perClass, new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER));
        List<Presentation> shown = new ArrayList<>();
        List<int[]> lit = new ArrayList<>();
        for (int i = 0; i < Math.min(8, sample.size()); i++) {
            Presentation p = sample.presentations().get(i);
            shown.add(p);
            machine.settle(p.light());
            lit.add(machine.litCells());
        }
        int columns = s.machine().columns();
        written.add(write(dir, s.name() + "-retina.png",
                Pictures.retinas(shown, lit, s.machine().rows(), columns, 4)));
        written.add(write(dir, s.name() + "-plugboard.png",
                Pictures.wiring(machine.plugboard(), new int[] {0, 1, 2, 3}, s.machine().rows(), columns)));
        written.add(write(dir, s.name() + "-curve.png", CurvePlot.png(run.summary())));
        written.addAll(renderStimuli(dir));
        written.add(write(dir, s.name() + "-field.png", Pictures.field(ReceptiveField.of(machine, 0),
                "lamp 0 after training: blue cells push it on, red push it off")));
        return written;
    }

    /**
     * The cards the project can print, on the default retina: every figure, and the capitals of each
     * shipped typeface ({@code stimuli-figures.png}, {@code stimuli-letters-TYPEFACE.png}).
     */
    public static List<Path> renderStimuli(Path dir) {
        MachineConfig c = MachineConfig.defaults();
        List<Path> written = new ArrayList<>();
        List<Design> figures = List.of(Figure.values());
        written.add(write(dir, "stimuli-figures.png", catalogue(figures, new Layout(Region.WHOLE, Position.CENTRED, 12, 12,
                0, 0, 0), c, 8)));
        for (Typeface t : Typeface.values()) {
            List<Design> letters = new ArrayList<>();
            for (char ch = 'A'; ch <= 'Z'; ch++) {
                letters.add(new Letter(t, ch, StimulusSpec.DEFAULT_PEN));
            }
            written.add(write(dir, "stimuli-letters-" + t.id() + ".png", catalogue(letters,
                    new Layout(Region.WHOLE, Position.CENTRED, 14, 14, 0, 0, 0), c, 9)));
        }
        return written;
    }

    private static byte[] catalogue(List<Design> designs, Layout layout, MachineConfig c, int perRow) {
        CardMaker maker = new CardMaker(c.rows(), c.columns(), layout);
        Retina retina = new Retina(c, new RandomStreams(0).open(RandomStreams.Stream.FAULTS));
        UniformRandomProvider rng = new RandomStreams(0).open(RandomStreams.Stream.STIMULUS_JITTER);
        List<Presentation> cards = new ArrayList<>();
        List<int[]> lit = new ArrayList<>();
        long[] bits = new long[Retina.words(retina.size())];
        for (Design d : designs) {
            Card st = maker.make(d, rng);
            cards.add(new Presentation(st.label(), st.description(), st.light(), new boolean[0]));
            retina.sense(st.light(), rng, bits);
            lit.add(Retina.indices(bits));
        }
        return Pictures.catalogue(cards, lit, c.rows(), c.columns(), perRow);
    }

    private static Path write(Path dir, String name, byte[] png) {
        Path f = dir.resolve(name);
        AtomicFiles.write(f, out -> out.write(png));
        return f;
    }
}
