package org.mark1.compare;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.StimulusSet;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;
import org.mark1.machine.Answer;
import org.mark1.training.Presentation;

/**
 * {@link Sensitivity}: what a perturbation does to a trained unit's answers.
 * <ol>
 * <li>a perturbation of size 0 flips nothing and moves nothing, for random models of one and two layers;
 * <li>a worked example by hand: four cards, one input each, margins -1.5, -0.5, +0.5, +1.5;
 * <li>for a single layer, flips only grow with the size (the same noise directions, a larger amount);
 * <li>the model read from a trained run answers as the machine does, for pots, ideal weights and the network.
 * </ol>
 */
class SensitivityTest {

    /** A quick scenario: two classes, two lamps. */
    static final String QUICK = """
            name: quick
            seed: 8
            stimuli:
              size: {min: 5, max: 10}
            classes:
              - name: square
                shapes: [square]
              - name: other
                shapes: [circle, diamond]
            training:
              rule: error-correction
              examplesPerClass: 12
              maxPasses: 20
            evaluation:
              freshPerClass: 20
            """;

    /** A random single unit (or, when {@code hidden > 0}, a two-layer network) on {@code inputs} inputs. */
    static SensitivityModel randomModel(UniformRandomProvider rng, int inputs, int hidden, SensitivityModel.UnitOutput out) {
        int[] sizes = hidden > 0 ? new int[] {inputs, hidden, 1} : new int[] {inputs, 1};
        double[][][] w = new double[sizes.length - 1][][];
        double[][] b = new double[sizes.length - 1][];
        List<int[]> entries = new ArrayList<>();
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[sizes[l]][sizes[l + 1]];
            b[l] = new double[sizes[l + 1]];
            for (int i = 0; i < sizes[l]; i++) {
                for (int j = 0; j < sizes[l + 1]; j++) {
                    // whole numbers for a single unit, as pots are: ties happen
                    w[l][i][j] = hidden > 0 ? 2 * rng.nextDouble() - 1 : rng.nextInt(21) - 10;
                    entries.add(new int[] {l, i, j});
                }
            }
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] = hidden > 0 ? 2 * rng.nextDouble() - 1 : rng.nextInt(11) - 5;
            }
        }
        return new SensitivityModel(w, b, entries, out, hidden > 0 ? 1 : 0.1);
    }

    static List<int[]> randomCards(UniformRandomProvider rng, int inputs, int n) {
        List<int[]> cards = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            cards.add(java.util.stream.IntStream.range(0, inputs).filter(i -> rng.nextDouble() < 0.3).toArray());
        }
        return cards;
    }

    @Test
    void aPerturbationOfSizeZeroFlipsNothing() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        for (int k = 0; k < 200; k++) {
            int inputs = 2 + rng.nextInt(30);
            int hidden = k % 2 == 0 ? 0 : 1 + rng.nextInt(5);
            SensitivityModel.UnitOutput out = SensitivityModel.UnitOutput.values()[k % 3];
            SensitivityModel m = randomModel(rng, inputs, hidden, out);
            List<Sensitivity.FlipRow> rows = Sensitivity.measure(Rules.LMS, k, m, randomCards(rng, inputs, 20),
                    RandomSource.XO_RO_SHI_RO_128_PP.create((long) k), List.of(0.0), 3, 5);
            assertEquals(2, rows.size());
            for (Sensitivity.FlipRow r : rows) {
                assertEquals(0.0, r.flipFraction(), "case " + k + " " + r);
                assertEquals(0.0, r.anyFlip(), "case " + k + " " + r);
                assertEquals(0.0, r.meanOutputChange(), "case " + k + " " + r);
                assertEquals(0.0, r.maxOutputChange(), "case " + k + " " + r);
            }
        }
    }

    @Test
    void aWorkedExampleByHand() {
        // One threshold unit, four inputs weighted 1, 2, 3, 4, threshold 2.5; card k lights input k alone,
        // so the margins are u = -1.5, -0.5, +0.5, +1.5. rms weight = sqrt(30 / 4) = 2.7386.
        // Moving weight k by d flips card k only if d has the sign that crosses and |d| > |u_k|:
        //   size 0.1 (|d| = 0.274): nothing flips;
        //   size 0.3 (|d| = 0.822): weights 2 and 3 flip their card, one sign each: 2 of 8 machines,
        //                           2 of 32 outputs;
        //   size 1   (|d| = 2.739): all four: 4 of 8 machines, 4 of 32 outputs.
        // Median |du|/|u| at size 1 over the 8 touched outputs (4 of d/1.5, 4 of d/0.5): (d/1.5 + d/0.5) / 2.
        double[][] w = {{1}, {2}, {3}, {4}};
        List<int[]> entries = List.of(new int[] {0, 0, 0}, new int[] {0, 1, 0}, new int[] {0, 2, 0}, new int[] {0, 3, 0});
        SensitivityModel m = new SensitivityModel(new double[][][] {w}, new double[][] {{-2.5}}, entries,
                SensitivityModel.UnitOutput.LAMP, 0.1);
        List<int[]> cards = List.of(new int[] {0}, new int[] {1}, new int[] {2}, new int[] {3});
        List<Sensitivity.FlipRow> rows = Sensitivity.measure(Rules.ERROR_CORRECTION, 1, m, cards,
                RandomSource.XO_RO_SHI_RO_128_PP.create(5L), List.of(0.1, 0.3, 1.0), 4, 10);
        List<Sensitivity.FlipRow> one = rows.stream().filter(r -> r.mode() == Sensitivity.PerturbationMode.ONE).toList();
        assertEquals(List.of(0.0, 2 / 32.0, 4 / 32.0), one.stream().map(Sensitivity.FlipRow::flipFraction).toList());
        assertEquals(List.of(0.0, 2 / 8.0, 4 / 8.0), one.stream().map(Sensitivity.FlipRow::anyFlip).toList());
        assertEquals(List.of(0.0, 2 / 32.0, 4 / 32.0), one.stream().map(Sensitivity.FlipRow::meanOutputChange).toList(),
                "a lamp moves by 0 or 1: its mean change is its flip fraction");
        assertEquals(8, one.get(0).perturbations());
        assertEquals(4, one.get(0).outputs());
        double d = Math.sqrt(7.5);
        assertEquals((d / 1.5 + d / 0.5) / 2, one.get(2).relativeNetChange(), 1e-12);
        assertEquals(0.0, one.get(0).ties());
    }

    @Test
    void onOneLayerFlipsOnlyGrowWithTheSize() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(23L);
        List<Double> sizes = List.of(0.001, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0);
        for (int k = 0; k < 100; k++) {
            int inputs = 3 + rng.nextInt(40);
            SensitivityModel m = randomModel(rng, inputs, 0, SensitivityModel.UnitOutput.LAMP);
            List<Sensitivity.FlipRow> rows = Sensitivity.measure(Rules.ERROR_CORRECTION, k, m, randomCards(rng, inputs, 30),
                    RandomSource.XO_RO_SHI_RO_128_PP.create((long) k), sizes, 5, 8);
            for (Sensitivity.PerturbationMode mode : Sensitivity.PerturbationMode.values()) {
                double before = 0;
                for (Sensitivity.FlipRow r : rows) {
                    if (r.mode() == mode) {
                        assertTrue(r.flipFraction() >= before, "case " + k + " " + mode + " at " + r.size());
                        before = r.flipFraction();
                    }
                }
            }
            assertTrue(rows.get(sizes.size() - 1).flipFraction() > 0 || rows.get(0).outputs() == 0,
                    "noise three times the rms weight flips something (case " + k + ")");
        }
    }

    @Test
    void theModelOfATrainedRunAnswersAsTheMachineDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quick.yaml");
        Files.writeString(file, QUICK);
        Scenario s = ScenarioLoader.load(file);
        for (WeightMode mode : WeightMode.values()) {
            Comparison c = new Comparison(s, List.of(Rules.ERROR_CORRECTION, Rules.SIGMOID, Rules.MLP), 1, mode);
            for (Rules rule : c.rules()) {
                Experiment.Result result = Experiment.run(c.variant(rule, s.seed()), Experiment.Options.defaults(),
                        Progress.NONE);
                SensitivityModel model = SensitivityModel.of(result, rule);
                for (StimulusSet set : List.of(result.training(), result.fresh())) {
                    for (Presentation p : set.presentations()) {
                        Answer a = result.operator().test(p);
                        double[][] nets = model.nets(a.active());
                        boolean[] lamps = new boolean[a.lamps().length];
                        for (int r = 0; r < lamps.length; r++) {
                            lamps[r] = SensitivityModel.lamp(nets[nets.length - 1][r]);
                        }
                        assertArrayEquals(a.lamps(), lamps, rule + " " + mode + " " + p.description());
                    }
                }
            }
        }
    }
}
