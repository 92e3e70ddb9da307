package org.mark1.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.ReceptiveField;
import org.mark1.training.Presentation;

/**
 * The pictures in {@code docs/}, rendered by the project itself from one scenario run: the stimuli
 * on the retina, the plugboard of a few A-units, the learning curve, and what lamp 0 learned.
 */
public final class Figures {

    private Figures() {
    }

    /** Renders the figures of scenario {@code s}: file name to PNG bytes, in a fixed order. */
    public static Map<String, byte[]> render(Scenario s, Progress progress) {
        Experiment.Result run = Experiment.run(s, Experiment.Options.defaults(), progress);
        MarkOne machine = run.machine();
        Map<String, byte[]> pictures = new LinkedHashMap<>();

        StimulusSet sample = StimulusSet.draw(s, LampCode.of(s), 4, new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER));
        List<Presentation> shown = new ArrayList<>();
        List<int[]> lit = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
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
        pictures.put(s.name() + "-field.png", Pictures.field(ReceptiveField.of(machine, 0),
                "lamp 0 after training: blue cells push it on, red push it off"));
        return pictures;
    }
}
