package org.mark1.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The project's statistics against SciPy 1.17 on fixed data ({@code src/test/resources/stats/reference.json},
 * made by {@code src/test/python/stats_reference.py}): the Wilcoxon p with ties and zeros, its rank sums
 * and rank-biserial effect, the paired t and sign tests, the order-statistic interval of a median, and
 * the bootstrap interval of a mean (up to Monte Carlo error, the generators differ); then properties
 * over many seeded random samples.
 */
class StatisticsTest {

    private static JsonNode reference() throws Exception {
        try (InputStream in = StatisticsTest.class.getResourceAsStream("/stats/reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[] array(JsonNode n) {
        return StreamSupport.stream(n.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void pairedTestsEqualScipys() throws Exception {
        int cases = 0;
        for (JsonNode c : reference().get("paired")) {
            String name = c.get("name").asText();
            double[] a = array(c.get("a"));
            double[] b = array(c.get("b"));
            double[] d = new double[a.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = a[i] - b[i];
            }
            Statistics.SignedRank w = Statistics.signedRank(d);
            close(c.get("wilcoxon_p").asDouble(), w.p(), name + ": Wilcoxon p (" + w.method() + ")");
            close(c.get("w_plus").asDouble(), w.rankSumPlus(), name + ": W+");
            close(c.get("w_minus").asDouble(), w.rankSumMinus(), name + ": W-");
            close(c.get("rank_biserial").asDouble(), w.rankBiserial(), name + ": rank-biserial");
            assertEquals(c.get("plus").asInt(), w.plus(), name);
            assertEquals(c.get("minus").asInt(), w.minus(), name);
            assertEquals(c.get("zeros").asInt(), w.zeros(), name);
            close(c.get("sign_p").asDouble(), Statistics.signTest(w.plus(), w.minus()), name + ": sign test");
            double t = Statistics.pairedT(a, b);
            if (c.get("paired_t_p").isNull()) {
                assertTrue(Double.isNaN(t), name);
            } else {
                assertEquals(c.get("paired_t_p").asDouble(), t, 1e-7 * Math.max(1e-9, c.get("paired_t_p").asDouble()) + 1e-15,
                        name + ": paired t");
            }
            cases++;
        }
        assertTrue(cases >= 10);
    }

    @Test
    void theIssuesCaseTwentyTiesAndTenWorseIsSignificant() throws Exception {
        JsonNode c = reference().get("paired").get(0);
        double[] d = new double[30];
        for (int k = 1; k <= 10; k++) {
            d[19 + k] = -k / 100.0;
        }
        Statistics.SignedRank w = Statistics.signedRank(d);
        assertEquals(20, w.zeros());
        assertEquals("normal approximation", w.method());
        assertTrue(w.p() < Statistics.ALPHA, "p " + w.p());
        assertEquals(-1.0, w.rankBiserial());
        close(c.get("wilcoxon_p").asDouble(), w.p(), "as SciPy");
    }

    @Test
    void medianIntervalsEqualScipysQuantileTest() throws Exception {
        for (JsonNode c : reference().get("median")) {
            double[] x = array(c.get("x"));
            Statistics.Bounds b = Statistics.medianInterval(x);
            assertEquals(c.get("median").asDouble(), Statistics.median(x), 1e-12);
            if (c.get("low").isNull() || c.get("high").isNull()) {
                assertNull(b, "n = " + x.length);
            } else {
                assertNotNull(b, "n = " + x.length);
                assertEquals(c.get("low").asDouble(), b.low(), 0, "n = " + x.length);
                assertEquals(c.get("high").asDouble(), b.high(), 0, "n = " + x.length);
            }
        }
    }

    @Test
    void bootstrapIntervalsAgreeWithScipysUpToMonteCarloError() throws Exception {
        for (JsonNode c : reference().get("bootstrap")) {
            double[] x = array(c.get("x"));
            Statistics.Bounds b = Statistics.bootstrapMean(x);
            double low = c.get("low").asDouble();
            double high = c.get("high").asDouble();
            double slack = 0.05 * (high - low) + 1e-9;
            assertEquals(low, b.low(), slack, "low, n = " + x.length);
            assertEquals(high, b.high(), slack, "high, n = " + x.length);
        }
    }

    @Test
    void intervalsStayWithinTheSeedsValuesAndTheExactPIsAProbability() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(15L);
        for (int t = 0; t < 300; t++) {
            int n = 1 + rng.nextInt(40);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                // proportions piled against 100 %, and counts with a long tail
                x[i] = t % 2 == 0 ? Math.min(100, 95 + 10 * rng.nextDouble()) : Math.floor(Math.exp(8 * rng.nextDouble()));
            }
            double min = java.util.Arrays.stream(x).min().orElseThrow();
            double max = java.util.Arrays.stream(x).max().orElseThrow();
            for (Statistics.Bounds b : new Statistics.Bounds[] {Statistics.bootstrapMean(x), Statistics.medianInterval(x)}) {
                if (b != null) {
                    assertTrue(min <= b.low() && b.low() <= b.high() && b.high() <= max, n + ": " + b);
                }
            }
            List<Double> boxed = new ArrayList<>();
            for (double v : x) {
                boxed.add(v - 100 + (t % 2 == 0 ? 0 : 100)); // differences, sometimes zero
            }
            Statistics.SignedRank w = Statistics.signedRank(boxed.stream().mapToDouble(Double::doubleValue).toArray());
            assertTrue(w.p() >= 0 && w.p() <= 1, w.toString());
            assertTrue(Math.abs(w.rankBiserial()) <= 1, w.toString());
            assertEquals(n - w.zeros(), w.plus() + w.minus());
        }
    }
}
