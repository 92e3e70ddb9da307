package org.mark1.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.scenario.Measure;

/**
 * The figures over seeds: (1) a proportion is a mean with a bootstrap interval, a count a median with
 * an order-statistic interval, each interval inside the seeds' values; (2) about 95 % of the bootstrap
 * intervals of a proportion cover the true mean over many seeded samples, and at least 95 % of the
 * median intervals the true median; (3) a seed without the figure is counted out, never guessed;
 * (4) one value gives no interval; (5) the same values give the same bytes.
 */
class EstimateTest {

    @Test
    void aProportionIsAMeanAndACountAMedian() {
        List<Double> counts = List.of(900.0, 1000.0, 1100.0, 1200.0, 1300.0, 1400.0, 1500.0, 9000.0, 20000.0, 45000.0);
        Estimate c = Estimate.of(Measure.PRESENTATIONS_TO_LEARN, counts);
        assertEquals("median", c.centre());
        assertEquals(Statistics.median(counts.stream().mapToDouble(Double::doubleValue).toArray()), c.value());
        assertTrue(c.low() >= 900 && c.high() <= 45000, c.toString());
        assertTrue(c.describe("presentations").startsWith("median "), c.describe("presentations"));
        Estimate p = Estimate.of(Measure.FRESH_ACCURACY, List.of(99.0, 100.0, 100.0, 98.5, 100.0));
        assertEquals("mean", p.centre());
        assertEquals(p.mean(), p.value());
        assertTrue(p.low() >= 98.5 && p.high() <= 100.0, p.toString());
        assertEquals(p, Estimate.of(Measure.FRESH_ACCURACY, List.of(99.0, 100.0, 100.0, 98.5, 100.0)), "the same bytes");
    }

    @Test
    void theIntervalsCoverAsOftenAsTheyClaim() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        int trials = 400;
        int meanCovered = 0;
        int medianCovered = 0;
        for (int t = 0; t < trials; t++) {
            int n = 10 + t % 21;
            List<Double> shares = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // 60 cards, each right with probability 0.8: true mean 80 %
                int right = 0;
                for (int k = 0; k < 60; k++) {
                    right += rng.nextDouble() < 0.8 ? 1 : 0;
                }
                shares.add(100.0 * right / 60);
                counts.add(-1000 * Math.log(rng.nextDouble())); // exponential: true median 1000 ln 2
            }
            Estimate s = Estimate.ofMean(shares);
            assertTrue(s.min() <= s.low() && s.low() <= s.mean() && s.mean() <= s.high() && s.high() <= s.max());
            meanCovered += s.covers(80.0) ? 1 : 0;
            Estimate c = Estimate.ofMedian(counts);
            assertTrue(c.low() >= 0 && c.low() <= c.median() && c.median() <= c.high());
            medianCovered += c.covers(1000 * Math.log(2)) ? 1 : 0;
        }
        double rate = (double) meanCovered / trials;
        assertTrue(rate > 0.90 && rate < 0.98, "bootstrap coverage " + rate);
        assertTrue((double) medianCovered / trials > 0.93, "order-statistic coverage " + medianCovered);
    }

    @Test
    void aSeedWithoutTheFigureIsCountedOutAndSaidSo() {
        Estimate e = Estimate.ofMedian(Arrays.asList(100.0, null, 300.0));
        assertEquals(2, e.seeds());
        assertEquals(3, e.of());
        assertEquals(200.0, e.median());
        assertTrue(e.describe("presentations").startsWith("in 2 of 3 seeds: median 200"), e.describe("presentations"));
        assertTrue(e.describe("presentations").contains("too few seeds"), e.describe("presentations"));
        Estimate none = Estimate.ofMean(Arrays.asList(null, null));
        assertNull(none.mean());
        assertEquals("none of 2 seeds", none.describe("%"));
    }

    @Test
    void oneValueHasNoIntervalAndEqualValuesAZeroWidthOne() {
        Estimate one = Estimate.ofMean(List.of(61.5));
        assertNull(one.low());
        assertTrue(one.describe("%").contains("one seed"), one.describe("%"));
        Estimate same = Estimate.ofMean(List.of(100.0, 100.0, 100.0));
        assertEquals(100.0, same.low());
        assertEquals(100.0, same.high());
        assertTrue(same.covers(100.0));
    }
}
