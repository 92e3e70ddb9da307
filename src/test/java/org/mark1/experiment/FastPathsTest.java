package org.mark1.experiment;

import org.mark1.bench.Baselines;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.learning.ErrorCorrection;
import org.mark1.learning.ForcedTraining;
import org.mark1.learning.LearningRule;
import org.mark1.learning.PotStepper;
import org.mark1.machine.AssociationUnits;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.stimulus.Card;
import org.mark1.stimulus.CardMaker;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.Layout;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;
import org.mark1.training.CachedTrainer;
import org.mark1.training.Presentation;
import org.mark1.training.Trainer;
import org.mark1.training.TrialResult;

/**
 * The fast paths change no result: training on stored A-responses and the benchmark's plain
 * nested-loop machine give, presentation by presentation, the answers, active units and pots of the
 * model's plain loop, on random machines, with dead and stuck cells and (for the nested loop)
 * photocell noise.
 */
class FastPathsTest {

    private static List<Presentation> cards(int n, int side, UniformRandomProvider r) {
        CardMaker maker = new CardMaker(side, side, new Layout(Region.WHOLE, Position.RANDOM, Math.max(1, side / 4),
                side * 0.6, 0, 0, 0));
        List<Presentation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Figure f = Figure.values()[r.nextInt(4)];
            Card s = maker.make(f, r);
            out.add(new Presentation(s.label(), s.description(), s.light(),
                    new boolean[] {f == Figure.SQUARE, f == Figure.CIRCLE}));
        }
        out.add(new Presentation("dark", "nothing", new double[side * side], new boolean[] {false, true}));
        double[] bright = new double[side * side];
        java.util.Arrays.fill(bright, 1.0);
        out.add(new Presentation("bright", "everything", bright, new boolean[] {true, false}));
        return out;
    }

    private static MachineConfig randomConfig(UniformRandomProvider r, boolean noise) {
        int side = 8 + r.nextInt(20);
        int x = 1 + r.nextInt(9);
        int y = r.nextInt(9);
        int units = 16 + r.nextInt(600);
        int fanOut = (int) Math.ceil((double) units * (x + y) / (side * side) * 1.5) + 1;
        return TestConfigs.with("rows", side, "columns", side, "associationUnits", units, "excitatory", x,
                "inhibitory", y, "aThreshold", 1 + r.nextInt(x), "maxFanOut", Math.min(fanOut, 65_536),
                "deadCells", r.nextDouble() * 0.1, "stuckCells", r.nextDouble() * 0.1,
                "photocellNoise", noise ? 0.2 * r.nextDouble() : 0.0, "potSteps", 10 + r.nextInt(100),
                "adaptiveThreshold", r.nextBoolean());
    }

    @Test
    void cachedResponsesTrainExactlyAsThePlainLoop() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(11);
        for (int k = 0; k < 25; k++) {
            MachineConfig c = randomConfig(r, false);
            LearningRule rule = k % 3 == 0 ? new PotStepper(new ForcedTraining(1)) : new PotStepper(new ErrorCorrection(1 + r.nextInt(2)));
            long seed = r.nextLong();
            MarkOne plain = new MarkOne(c, 2, new RandomStreams(seed));
            MarkOne cached = new MarkOne(c, 2, new RandomStreams(seed));
            List<Presentation> cards = cards(40, c.rows(), r);
            Trainer t = new Trainer(plain, rule);
            CachedTrainer ct = new CachedTrainer(cached, rule, cards);
            for (int i = 0; i < 400; i++) {
                int card = r.nextInt(cards.size());
                TrialResult a = t.present(cards.get(card));
                TrialResult b = i % 2 == 0 ? ct.present(card) : ct.present(cards.get(card));
                assertArrayEquals(a.active(), b.active(), "active units, machine " + k + ", trial " + i);
                assertArrayEquals(a.lamps(), b.lamps());
                assertEquals(a, new TrialResult(b.trial(), b.label(), b.litCells(), a.active(), a.lamps(), b.correct(),
                        b.potsMoved()));
            }
            assertArrayEquals(plain.pots().positions(), cached.pots().positions(), "pots, machine " + k);
            assertArrayEquals(plain.responseUnits().thresholds(), cached.responseUnits().thresholds());
            Presentation fresh = cards(1, c.rows(), r).get(0);
            assertArrayEquals(t.test(fresh).sums(), ct.test(fresh).sums(), "a card not stored is answered live");
        }
    }

    @Test
    void cachedResponsesAreRefusedUnderNoise() {
        MachineConfig c = TestConfigs.with("photocellNoise", 0.1);
        MarkOne m = new MarkOne(c, 1, new RandomStreams(1));
        assertThrows(IllegalArgumentException.class, () -> new CachedTrainer(m, new PotStepper(new ErrorCorrection(1)), List.of()));
    }

    @Test
    void theNestedLoopBaselineComputesWhatTheModelComputes() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(12);
        for (int k = 0; k < 25; k++) {
            MachineConfig c = randomConfig(r, k % 2 == 0);
            LearningRule rule = k % 3 == 0 ? new PotStepper(new ForcedTraining(1)) : new PotStepper(new ErrorCorrection(1));
            long seed = r.nextLong();
            MarkOne model = new MarkOne(c, 2, new RandomStreams(seed));
            MarkOne copy = new MarkOne(c, 2, new RandomStreams(seed));
            Baselines.NestedLoopTrial plain = new Baselines.NestedLoopTrial(copy, rule,
                    new RandomStreams(seed).open(RandomStreams.Stream.NOISE));
            Trainer t = new Trainer(model, rule);
            List<Presentation> cards = cards(30, c.rows(), r);
            for (int i = 0; i < 300; i++) {
                Presentation p = cards.get(r.nextInt(cards.size()));
                assertEquals(t.present(p).correct(), plain.present(p), "machine " + k + ", trial " + i);
            }
            assertArrayEquals(model.pots().positions(), plain.pots(), "pots, machine " + k);
            assertArrayEquals(model.responseUnits().thresholds(), plain.thresholds());
        }
    }

    @Test
    void everyALayerOfTheBenchmarkFiresTheSameUnits() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(13);
        int fired = 0;
        for (int k = 0; k < 20; k++) {
            MachineConfig c = randomConfig(r, false);
            MarkOne m = new MarkOne(c, 1, new RandomStreams(r.nextLong()));
            var nested = new Baselines.NestedLoopALayer(m.plugboard(), c.aThreshold());
            var popcount = new Baselines.PopcountALayer(m.plugboard(), c.aThreshold());
            var model = new AssociationUnits(m.plugboard(), c.aThreshold());
            int[] a = new int[c.associationUnits()];
            int[] b = new int[c.associationUnits()];
            int[] d = new int[c.associationUnits()];
            for (Presentation p : cards(30, c.rows(), r)) {
                m.settle(p.light());
                long[] bits = new long[org.mark1.machine.Retina.words(c.photocells())];
                for (int cell : m.litCells()) {
                    bits[cell >>> 6] |= 1L << cell;
                }
                int n = nested.fire(bits, a);
                assertEquals(n, popcount.fire(bits, b));
                assertEquals(n, model.fire(bits, d));
                assertArrayEquals(java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n));
                assertArrayEquals(java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(d, n));
                fired += n;
            }
        }
        assertTrue(fired > 1000, "the machines fired: " + fired);
    }
}
