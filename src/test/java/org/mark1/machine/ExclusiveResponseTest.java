package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;

/** Mutually exclusive R-units and source sets of a chosen size. */
class ExclusiveResponseTest {

    private static final SourceSets FOUR = SourceSets.evenSplit(8, 4);

    private static Answer exclusive(int[] sums, int[] thresholds) {
        return new Answer(new int[0], sums, thresholds, FOUR, ResponseMode.EXCLUSIVE);
    }

    @Test
    void theDefaultMachineKeepsThresholdLampsAndAnEvenSplit() {
        assertEquals(ResponseMode.THRESHOLD, MachineConfig.defaults().responseMode());
        assertEquals(0, MachineConfig.defaults().sourceSetSize());
    }

    @Test
    void theLargestExcessLightsAloneAndATieLightsNothing() {
        Answer a = exclusive(new int[] {5, 9, 3, 9}, new int[] {0, 2, -10, 0});
        // excesses 5, 7, 13, 9: unit 2 wins although its sum is not the largest
        assertArrayEquals(new boolean[] {false, false, true, false}, a.lamps());
        assertTrue(a.correct(new boolean[] {false, false, true, false}));
        Answer tie = exclusive(new int[] {4, 4, 0, -3}, new int[4]);
        assertArrayEquals(new boolean[4], tie.lamps());
        assertFalse(tie.correct(new boolean[] {true, false, false, false}), "a tie is a wrong answer");
        assertFalse(tie.correct(0, true));
        assertFalse(tie.correct(1, false), "a unit sharing the top is not right to stay dark");
        assertTrue(tie.correct(2, false));
        assertEquals(1, tie.rival(0), "the strongest unwanted unit, the first on a tie");
    }

    @Test
    void onRandomAnswersAtMostOneLampLightsAndRightMeansTheWantedLampAlone() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(31);
        int ties = 0;
        for (int k = 0; k < 5000; k++) {
            int units = 2 + rng.nextInt(7);
            int[] sums = IntStream.range(0, units).map(r -> rng.nextInt(9) - 4).toArray();
            int[] thresholds = IntStream.range(0, units).map(r -> rng.nextInt(5) - 2).toArray();
            Answer a = new Answer(new int[0], sums, thresholds, SourceSets.evenSplit(16, units), ResponseMode.EXCLUSIVE);
            boolean[] lamps = a.lamps();
            int lit = (int) IntStream.range(0, units).filter(r -> lamps[r]).count();
            assertTrue(lit <= 1);
            ties += lit == 0 ? 1 : 0;
            int y = rng.nextInt(units);
            boolean[] wanted = new boolean[units];
            wanted[y] = true;
            assertEquals(java.util.Arrays.equals(lamps, wanted), a.correct(wanted), "case " + k);
            assertEquals(lamps[y], a.correct(y, true));
            int rival = a.rival(y);
            assertNotEquals(y, rival);
            for (int r = 0; r < units; r++) {
                assertTrue(r == y || a.excess(r) <= a.excess(rival));
                assertEquals(lamps[r], a.lamp(r));
            }
            assertEquals(!a.correct(wanted), a.excess(y) <= a.excess(rival), "wrong exactly when a rival reaches the wanted unit");
        }
        assertTrue(ties > 100, "ties were exercised: " + ties);
    }

    @Test
    void thresholdLampsAreUnchangedByTheNewMode() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
        for (int k = 0; k < 1000; k++) {
            int[] sums = IntStream.range(0, 4).map(r -> rng.nextInt(9) - 4).toArray();
            int[] thresholds = IntStream.range(0, 4).map(r -> rng.nextInt(5) - 2).toArray();
            Answer a = new Answer(new int[0], sums, thresholds, FOUR);
            assertEquals(ResponseMode.THRESHOLD, a.mode());
            for (int r = 0; r < 4; r++) {
                assertEquals(sums[r] > thresholds[r], a.lamps()[r]);
            }
        }
    }

    @Test
    void drawnSourceSetsHaveTheChosenSizeAreDisjointAndLeaveTheRestUnfed() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(8);
        for (int k = 0; k < 200; k++) {
            int pots = 10 + rng.nextInt(600);
            int units = 1 + rng.nextInt(8);
            int size = 1 + rng.nextInt(pots / units);
            SourceSets s = SourceSets.random(pots, units, size, RandomSource.XO_RO_SHI_RO_128_PP.create(k));
            int unfed = 0;
            for (int p = 0; p < pots; p++) {
                assertTrue(s.rUnitOf(p) >= -1 && s.rUnitOf(p) < units);
                unfed += s.rUnitOf(p) < 0 ? 1 : 0;
            }
            for (int r = 0; r < units; r++) {
                assertEquals(size, s.size(r));
            }
            assertEquals(pots - size * units, unfed);
            SourceSets again = SourceSets.random(pots, units, size, RandomSource.XO_RO_SHI_RO_128_PP.create(k));
            for (int p = 0; p < pots; p++) {
                assertEquals(s.rUnitOf(p), again.rUnitOf(p), "the same stream draws the same sets");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SourceSets.random(512, 8, 65, RandomSource.XO_RO_SHI_RO_128_PP.create(1)));
    }

    @Test
    void aMachineDrawsItsSourceSetsFromTheirOwnStreamAndLeavesTheOthersAlone() {
        MachineConfig even = MachineConfig.defaults();
        MachineConfig drawn = TestConfigs.with("sourceSetSize", 100);
        for (long seed = 1; seed <= 5; seed++) {
            MarkOne a = new MarkOne(even, 2, new RandomStreams(seed));
            MarkOne b = new MarkOne(drawn, 2, new RandomStreams(seed));
            assertEquals(a.plugboard(), b.plugboard(), "wiring unchanged");
            assertArrayEquals(a.pots().positions(), b.pots().positions(), "starting pots unchanged");
            SourceSets expected = SourceSets.random(512, 2, 100,
                    new RandomStreams(seed).open(RandomStreams.Stream.SOURCE_SETS));
            for (int p = 0; p < 512; p++) {
                assertEquals(expected.rUnitOf(p), b.sourceSets().rUnitOf(p));
            }
            assertEquals(100, b.sourceSets().size(0));
            assertEquals(256, a.sourceSets().size(0));
        }
    }

    @Test
    void anAUnitInNoSourceSetFeedsNoLamp() {
        MachineConfig c = TestConfigs.with("initialSpread", 0, "sourceSetSize", 1, "associationUnits", 4, "excitatory", 1,
                "inhibitory", 0);
        SourceSets sets = SourceSets.random(4, 2, 1, RandomSource.XO_RO_SHI_RO_128_PP.create(3));
        PotentiometerBank bank = PotentiometerBank.centred(c);
        for (int p = 0; p < 4; p++) {
            bank.set(p, 10 + p);
        }
        Answer a = new ResponseUnits(2, c).answer(new int[] {0, 1, 2, 3}, bank, sets);
        for (int r = 0; r < 2; r++) {
            int r0 = r;
            int fed = IntStream.range(0, 4).filter(p -> sets.rUnitOf(p) == r0).map(p -> 10 + p).sum();
            assertEquals(fed, a.sums()[r]);
        }
    }
}
