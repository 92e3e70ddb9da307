package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.rng.sampling.CombinationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;

/**
 * The random plugboard is fair, in the manner of Commons RNG's own sampler tests: many boards from
 * a fixed set of seeds, counts per photocell, and a chi-square test at a strict significance level.
 * The seeds are fixed, so each test gives the same verdict every time; the level is strict
 * ({@value #ALPHA}), so a fair board passes, and a biased one (the first x of a
 * {@code CombinationSampler} sample taken as excitatory, which on a 16-cell retina made the
 * lowest-numbered free cell excitatory nearly always) fails with a p-value near zero.
 * <ol>
 *   <li>Signs: given that a photocell is wired to an A-unit, it is excitatory with probability
 *       x/(x+y), the same for every photocell. Every A-unit has exactly x excitatory plugs, so over
 *       all photocells the fraction is x/(x+y) by construction; the test is therefore one of
 *       homogeneity: a table photocell x sign, chi-square test of independence.</li>
 *   <li>Wiring: every photocell is wired equally often (the fan-out limit not binding): chi-square
 *       goodness of fit of the per-cell plug counts to the uniform distribution.</li>
 *   <li>Signs stay fair where the fan-out limit binds hard.</li>
 * </ol>
 */
class PlugboardStatisticsTest {

    /** Significance level: a fair board fails one of these tests with this probability (per seed set). */
    static final double ALPHA = 0.001;

    private static final int BOARDS = 60;

    /** Per photocell: [times wired excitatory, times wired inhibitory], over {@code BOARDS} boards. */
    static long[][] signCounts(MachineConfig c, long firstSeed) {
        long[][] counts = new long[c.photocells()][2];
        for (long seed = firstSeed; seed < firstSeed + BOARDS; seed++) {
            Plugboard b = Plugboard.random(c, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
            for (int a = 0; a < b.associationUnits(); a++) {
                for (int cell : b.excitatory(a)) {
                    counts[cell][0]++;
                }
                for (int cell : b.inhibitory(a)) {
                    counts[cell][1]++;
                }
            }
        }
        return counts;
    }

    private static double signPValue(MachineConfig c, long firstSeed) {
        return new ChiSquareTest().chiSquareTest(signCounts(c, firstSeed));
    }

    @Test
    void onASmallRetinaEachWiredPhotocellIsExcitatoryWithProbabilityXOverXPlusY() {
        MachineConfig c = TestConfigs.with("rows", 4, "columns", 4, "associationUnits", 32, "maxFanOut", 10_000);
        double p = signPValue(c, 1);
        assertTrue(p > ALPHA, "signs depend on the photocell: chi-square p = " + p + " "
                + Arrays.deepToString(signCounts(c, 1)));
    }

    @Test
    void withUnequalXAndYTooTheSignsDoNotDependOnThePhotocell() {
        MachineConfig c = TestConfigs.with("rows", 5, "columns", 5, "associationUnits", 40, "excitatory", 4,
                "inhibitory", 2, "maxFanOut", 10_000);
        long[][] counts = signCounts(c, 100);
        long exc = Arrays.stream(counts).mapToLong(k -> k[0]).sum();
        long all = Arrays.stream(counts).mapToLong(k -> k[0] + k[1]).sum();
        assertEquals(4.0 / 6, (double) exc / all, 1e-12, "every A-unit has exactly x excitatory plugs");
        double p = new ChiSquareTest().chiSquareTest(counts);
        assertTrue(p > ALPHA, "signs depend on the photocell: chi-square p = " + p);
    }

    @Test
    void onTheDefaultRetinaTooTheSignsDoNotDependOnThePhotocell() {
        double p = signPValue(MachineConfig.defaults(), 7);
        assertTrue(p > ALPHA, "signs depend on the photocell: chi-square p = " + p);
    }

    @Test
    void whereTheFanOutLimitBindsTheSignsStayFair() {
        // 16 cells x 40 sockets = 640 for 54 A-units x 10 plugs: the last A-units take whatever is free.
        MachineConfig c = TestConfigs.with("rows", 4, "columns", 4, "associationUnits", 54, "maxFanOut", 40);
        double p = signPValue(c, 300);
        assertTrue(p > ALPHA, "signs depend on the photocell: chi-square p = " + p);
    }

    @Test
    void everyPhotocellIsWiredEquallyOften() {
        for (MachineConfig c : new MachineConfig[] {
            TestConfigs.with("rows", 4, "columns", 4, "associationUnits", 32, "maxFanOut", 10_000),
            TestConfigs.with("rows", 7, "columns", 3, "associationUnits", 20, "excitatory", 2, "inhibitory", 1,
                    "maxFanOut", 10_000),
            MachineConfig.defaults()}) {
            long[][] counts = signCounts(c, 500);
            long[] wired = Arrays.stream(counts).mapToLong(k -> k[0] + k[1]).toArray();
            double[] expected = new double[wired.length];
            Arrays.fill(expected, (double) Arrays.stream(wired).sum() / wired.length);
            double p = new ChiSquareTest().chiSquareTest(expected, wired);
            assertTrue(p > ALPHA, c.rows() + "x" + c.columns() + " retina: photocells not wired uniformly, p = " + p);
        }
    }

    @Test
    void theSignTestRejectsTheUnshuffledSplitOfTheOldBoard() {
        // The old way: the first x photocells of a CombinationSampler sample are excitatory. With 10 of
        // 16 cells the sampler returns the unshuffled complement of 6 drawn cells, nearly in cell order.
        long[][] counts = new long[16][2];
        for (long seed = 1; seed <= BOARDS; seed++) {
            var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            for (int a = 0; a < 32; a++) {
                int[] chosen = new CombinationSampler(rng, 16, 10).sample();
                for (int k = 0; k < chosen.length; k++) {
                    counts[chosen[k]][k < 5 ? 0 : 1]++;
                }
            }
        }
        double p = new ChiSquareTest().chiSquareTest(counts);
        assertTrue(p < ALPHA, "the old board's bias goes unnoticed: p = " + p);
    }

    @Test
    void theTestsCanTellABiasedBoard() {
        // The same counts with one photocell's signs tilted by 10% of its plugs must fail the sign test.
        MachineConfig c = TestConfigs.with("rows", 4, "columns", 4, "associationUnits", 32, "maxFanOut", 10_000);
        long[][] counts = signCounts(c, 1);
        long shift = (counts[0][0] + counts[0][1]) / 10;
        counts[0][0] += shift;
        counts[0][1] -= shift;
        double p = new ChiSquareTest().chiSquareTest(counts);
        assertTrue(p < ALPHA, "a tilt of one photocell's signs goes unnoticed: p = " + p);
    }
}
