package org.mark1.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The statistics over seeds: (1) the t-interval of a textbook sample, (2) about 95 % of intervals
 * cover the true mean over many seeded normal samples, (3) a seed without the figure is counted
 * out, never guessed, (4) one value gives no interval.
 */
class EstimateTest {

    @Test
    void theIntervalOfOneToTenIsMeanPlusMinusTTimesTheStandardError() {
        // mean 5.5, s = sqrt(55/6) = 3.02765, t(9; 0.975) = 2.26216: half-width 2.16588
        Estimate e = Estimate.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
        assertEquals(5.5, e.mean());
        assertEquals(3.3341, e.low(), 1e-4);
        assertEquals(7.6659, e.high(), 1e-4);
        assertEquals(1.0, e.min());
        assertEquals(10.0, e.max());
        assertEquals(10, e.seeds());
    }

    @Test
    void aboutNinetyFivePercentOfIntervalsCoverTheTrueMean() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        ContinuousSampler normal = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 50.0, 8.0);
        int trials = 4000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            int n = 3 + t % 20; // small samples too: the t-distribution must widen them
            List<Double> sample = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sample.add(normal.sample());
            }
            Estimate e = Estimate.of(sample);
            assertTrue(e.low() <= e.mean() && e.mean() <= e.high());
            assertTrue(e.min() <= e.mean() && e.mean() <= e.max());
            covered += e.covers(50.0) ? 1 : 0;
        }
        double rate = (double) covered / trials;
        assertTrue(rate > 0.935 && rate < 0.965, "coverage " + rate);
    }

    @Test
    void aSeedWithoutTheFigureIsCountedOutAndSaidSo() {
        Estimate e = Estimate.of(Arrays.asList(100.0, null, 300.0));
        assertEquals(2, e.seeds());
        assertEquals(3, e.of());
        assertEquals(200.0, e.mean());
        assertTrue(e.describe("presentations").startsWith("in 2 of 3 seeds: 200"), e.describe("presentations"));
        Estimate none = Estimate.of(Arrays.asList(null, null));
        assertNull(none.mean());
        assertEquals("none of 2 seeds", none.describe("%"));
    }

    @Test
    void oneValueHasNoIntervalAndEqualValuesAZeroWidthOne() {
        Estimate one = Estimate.of(List.of(61.5));
        assertNull(one.low());
        assertTrue(one.describe("%").contains("one seed"), one.describe("%"));
        Estimate same = Estimate.of(List.of(100.0, 100.0, 100.0));
        assertEquals(100.0, same.low());
        assertEquals(100.0, same.high());
        assertTrue(same.covers(100.0));
    }
}
