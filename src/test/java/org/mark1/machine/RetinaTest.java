package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;

class RetinaTest {

    private static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    @Test
    void aCellFiresOnlyWhenItsLightExceedsTheThreshold() {
        Retina retina = new Retina(MachineConfig.defaults(), rng(1));
        double[] light = new double[400];
        light[0] = 0.5;    // exactly at threshold: does not exceed
        light[1] = 0.5001;
        light[2] = 1.0;
        light[399] = 0.49;
        long[] bits = new long[Retina.words(400)];
        assertEquals(2, retina.sense(light, rng(2), bits));
        assertArrayEquals(new int[] {1, 2}, Retina.indices(bits));
    }

    @Test
    void sevenWordsHoldFourHundredCells() {
        assertEquals(7, Retina.words(400));
        assertEquals(1, Retina.words(64));
        assertEquals(2, Retina.words(65));
    }

    @Test
    void indicesOfBitsAreAscendingAndComplete() {
        UniformRandomProvider r = rng(5);
        for (int trial = 0; trial < 200; trial++) {
            long[] bits = new long[7];
            boolean[] set = new boolean[400];
            for (int i = 0; i < 400; i++) {
                if (r.nextDouble() < 0.2) {
                    set[i] = true;
                    bits[i >>> 6] |= 1L << i;
                }
            }
            int[] expected = java.util.stream.IntStream.range(0, 400).filter(i -> set[i]).toArray();
            assertArrayEquals(expected, Retina.indices(bits));
        }
    }

    @Test
    void deadCellsNeverFireAndStuckCellsAlwaysFire() {
        MachineConfig c = TestConfigs.with("deadCells", 0.2, "stuckCells", 0.1);
        Retina retina = new Retina(c, rng(11));
        long dead = Arrays.stream(range(retina)).filter(i -> retina.cell(i) == Photocell.DEAD).count();
        long stuck = Arrays.stream(range(retina)).filter(i -> retina.cell(i) == Photocell.STUCK_ON).count();
        assertTrue(dead > 50 && dead < 110, "about 80 dead cells, got " + dead);
        assertTrue(stuck > 20 && stuck < 65, "about 40 stuck cells, got " + stuck);
        long[] bits = new long[7];
        double[] bright = new double[400];
        Arrays.fill(bright, 1.0);
        assertEquals(400 - dead, retina.sense(bright, rng(1), bits));
        assertEquals(stuck, retina.sense(new double[400], rng(1), bits));
    }

    @Test
    void faultsAreOffByDefault() {
        Retina retina = new Retina(MachineConfig.defaults(), rng(3));
        assertTrue(Arrays.stream(range(retina)).allMatch(i -> retina.cell(i) == Photocell.WORKING));
    }

    @Test
    void noiseChangesWhichCellsFireOnlyWhenSwitchedOn() {
        double[] light = new double[400];
        for (int i = 0; i < 400; i++) {
            light[i] = (i % 10) / 10.0;
        }
        long[] quiet1 = new long[7];
        long[] quiet2 = new long[7];
        Retina quiet = new Retina(MachineConfig.defaults(), rng(1));
        quiet.sense(light, rng(1), quiet1);
        quiet.sense(light, rng(2), quiet2);
        assertArrayEquals(quiet1, quiet2, "without noise the retina ignores the noise stream");

        Retina noisy = new Retina(TestConfigs.with("photocellNoise", 0.2), rng(1));
        long[] n1 = new long[7];
        long[] n2 = new long[7];
        noisy.sense(light, rng(1), n1);
        noisy.sense(light, rng(2), n2);
        assertFalse(Arrays.equals(n1, n2), "noise from different draws differs");
        long[] n1again = new long[7];
        noisy.sense(light, rng(1), n1again);
        assertArrayEquals(n1, n1again, "the same noise draws give the same cells");
        assertNotEquals(Arrays.toString(quiet1), Arrays.toString(n1));
    }

    private static int[] range(Retina r) {
        return java.util.stream.IntStream.range(0, r.size()).toArray();
    }
}
