package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.report.Pictures;
import org.mark1.report.RunReport;
import org.mark1.report.RunWriter;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Plugboard;
import org.mark1.machine.RandomStreams;

/**
 * What the lamps learned, for a machine trained in ideal weights, is drawn from its real weights.
 * <ol>
 *   <li>A weight pattern set by hand (one A-unit at +1 or -1.5, all others 0) shows exactly that
 *       A-unit's excitatory and inhibitory cells, on its lamp only, over many random machines.</li>
 *   <li>An ideal run's fields.png is the picture of its learned weights, not of its idle pots.</li>
 *   <li>With the alpha-system and no end stop reached, ideal weights and pots are the same numbers, so
 *       an ideal run and a hardware run draw the same fields.png.</li>
 * </ol>
 */
class IdealFieldsTest {

    @Test
    void aWeightPatternSetByHandIsThePatternDrawn() {
        Scenario s = IdealStateFileTest.scenario(1, "lms");
        LampCode code = LampCode.of(s);
        for (long seed = 1; seed <= 20; seed++) {
            MarkOne m = Experiment.machine(s, new RandomStreams(seed), Experiment.Options.defaults());
            int a = (int) ((seed * 37) % m.pots().size());
            double value = seed % 2 == 0 ? 1 : -1.5;
            double[] weights = new double[m.pots().size()];
            weights[a] = value;
            MachineState pattern = MachineState.ideal(weights, new double[code.lamps()]);
            List<double[][]> expected = new ArrayList<>();
            for (int lamp = 0; lamp < code.lamps(); lamp++) {
                expected.add(new double[s.machine().rows()][s.machine().columns()]);
            }
            Plugboard board = m.plugboard();
            int columns = s.machine().columns();
            double[][] field = expected.get(m.sourceSets().rUnitOf(a));
            for (int c : board.excitatory(a)) {
                field[c / columns][c % columns] += value;
            }
            for (int c : board.inhibitory(a)) {
                field[c / columns][c % columns] -= value;
            }
            byte[] drawn = RunReport.fields(m, pattern, code, s.classes().size());
            byte[] wanted = RunReport.fields(m, null, code, s.classes().size());
            assertFalse(java.util.Arrays.equals(drawn, wanted), "seed " + seed + ": the pots are not what is drawn");
            List<String> titles = List.of("lamp 0 (on for square)", "lamp 1 (on for round)");
            assertArrayEquals(Pictures.fields(expected, titles), drawn, "seed " + seed + ": A-unit " + a);
        }
    }

    @Test
    void anIdealRunDrawsItsLearnedWeights(@TempDir Path dir) throws Exception {
        Scenario s = IdealStateFileTest.scenario(3, "lms");
        Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
        RunWriter.write(dir, RunWriter.manifest(s, null, null, false), r);
        byte[] png = Files.readAllBytes(dir.resolve(RunReport.FIELDS_PNG));
        LampCode code = LampCode.of(s);
        assertArrayEquals(RunReport.fields(r.machine(), r.learned(), code, s.classes().size()), png);
        assertFalse(java.util.Arrays.equals(RunReport.fields(r.machine(), null, code, s.classes().size()), png),
                "not the idle pots");
        assertTrue(Files.readString(dir.resolve(RunReport.REPORT)).contains("the sum of the real weights"));
    }

    @Test
    void theAlphaSystemDrawsTheSameFieldsInBothModes(@TempDir Path dir) throws Exception {
        byte[][] pngs = new byte[2][];
        for (int i = 0; i < 2; i++) {
            String yaml = ScenarioLoaderTest.MINIMAL.replace("maxPasses: 5", "maxPasses: 80")
                    .replace("rule: error-correction", "rule: error-correction\n  weights: " + (i == 0 ? "hardware" : "ideal"));
            Scenario s = ScenarioLoader.parse("s.yaml", yaml);
            Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            assertTrue(i == 1 || r.summary().potsAtEndStops() == 0, "no pot reached an end stop");
            Path out = dir.resolve("mode" + i);
            RunWriter.write(out, RunWriter.manifest(s, null, null, false), r);
            pngs[i] = Files.readAllBytes(out.resolve(RunReport.FIELDS_PNG));
        }
        assertArrayEquals(pngs[0], pngs[1]);
    }
}
