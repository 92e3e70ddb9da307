package org.mark1.experiment;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The project's one place for statistics over seeds; every figure a report prints over seeds comes
 * from here, and every piece from Commons Math (its {@code Percentile}, distributions, ranking and
 * t-test) or Commons RNG.
 *
 * <ul>
 * <li>{@link #bootstrapMean}: the 95 % bootstrap percentile interval of a mean. Its ends are means of
 * resampled seeds, so they lie within the least and greatest seed's value: an interval of a proportion
 * stays in 0–100 %, one of a count is never negative. {@value #RESAMPLES} resamples drawn by a
 * generator seeded with {@value #BOOTSTRAP_SEED}, so the same values always give the same interval.
 * <li>{@link #medianInterval}: the distribution-free 95 % interval of a median from order statistics
 * (the binomial rule SciPy's {@code quantile_test(...).confidence_interval()} uses); none with fewer than
 * six values, where no pair of order statistics reaches 95 %.
 * <li>{@link #signedRank}: the Wilcoxon signed-rank test with zero differences dropped (Wilcoxon's
 * method, SciPy's {@code zero_method='wilcox'}), ties given average ranks, and the p-value SciPy 1.17's
 * {@code scipy.stats.wilcoxon} gives by default: exact without ties or zeros up to 50 pairs; over all sign
 * patterns with ties or zeros up to 13 pairs; otherwise the normal approximation with the tie correction
 * of the variance and no continuity correction. Its effect size is the matched-pairs rank-biserial
 * correlation {@code (W+ − W−) / (W+ + W−)}.
 * <li>{@link #pairedT} (Commons Math's paired t-test) and {@link #signTest} (two-sided, from Commons
 * Math's {@code BinomialDistribution}) beside it.
 * </ul>
 */
public final class Statistics {

    /** The confidence level of every interval the project reports. */
    public static final double LEVEL = 0.95;
    /** The significance threshold every verdict word uses: a difference is "shown" when p is below it. */
    public static final double ALPHA = 0.05;
    /** Bootstrap resamples per interval. */
    public static final int RESAMPLES = 10_000;
    /** The seed of the bootstrap's generator (fixed, so files stay byte-identical). */
    public static final long BOOTSTRAP_SEED = 1957L;
    /** Pairs up to which a signed-rank test without ties or zeros is exact (SciPy's limit). */
    public static final int EXACT_UP_TO = 50;
    /** Pairs up to which a signed-rank test with ties or zeros runs over all 2^n sign patterns (SciPy's limit). */
    public static final int PERMUTATION_UP_TO = 13;

    private Statistics() {
    }

    /** An interval's two ends. */
    public record Bounds(double low, double high) {
    }

    /**
     * The outcome of a Wilcoxon signed-rank test on paired differences.
     *
     * @param pairs        all pairs
     * @param zeros        pairs with no difference (dropped)
     * @param plus         pairs with a positive difference
     * @param minus        pairs with a negative difference
     * @param rankSumPlus  W+, the sum of the positive differences' ranks
     * @param rankSumMinus W−
     * @param p            two-sided p-value (1 when no pair differs)
     * @param method       how p was computed: "exact", "all sign patterns", "normal approximation" or "none"
     * @param rankBiserial (W+ − W−) / (W+ + W−), 0 when no pair differs
     */
    public record SignedRank(int pairs, int zeros, int plus, int minus, double rankSumPlus, double rankSumMinus,
            double p, String method, double rankBiserial) {
    }

    /** The arithmetic mean. */
    public static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** The median (Commons Math's {@code Percentile}, the estimate NumPy and R use by default). */
    public static double median(double[] values) {
        return percentile().evaluate(values, 50);
    }

    private static Percentile percentile() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }

    /** The 95 % bootstrap percentile interval of the mean of {@code values}; null with fewer than two. */
    public static Bounds bootstrapMean(double[] values) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(BOOTSTRAP_SEED);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[rng.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Percentile p = percentile();
        p.setData(means);
        double tail = 100 * (1 - LEVEL) / 2;
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        // a mean of values lies within them; clamping only removes the last bit of rounding
        return new Bounds(Math.max(min, p.evaluate(tail)), Math.min(max, p.evaluate(100 - tail)));
    }

    /**
     * The 95 % interval of the median from order statistics: the k-th smallest and k-th largest value,
     * k the binomial(n, ½) quantile of 2.5 %; null with fewer than six values.
     */
    public static Bounds medianInterval(double[] values) {
        int n = values.length;
        if (n == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int low = new BinomialDistribution(null, n, 0.5).inverseCumulativeProbability((1 - LEVEL) / 2) - 1;
        if (low < 0) {
            return null;
        }
        return new Bounds(sorted[low], sorted[n - 1 - low]);
    }

    /** The Wilcoxon signed-rank test of {@code differences} against a median of zero (see the class). */
    public static SignedRank signedRank(double[] differences) {
        double[] d = Arrays.stream(differences).filter(v -> v != 0).toArray();
        int n = d.length;
        int zeros = differences.length - n;
        int plus = (int) Arrays.stream(d).filter(v -> v > 0).count();
        if (n == 0) {
            return new SignedRank(differences.length, zeros, 0, 0, 0, 0, 1.0, "none", 0);
        }
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
        double wPlus = 0;
        for (int i = 0; i < n; i++) {
            wPlus += d[i] > 0 ? ranks[i] : 0;
        }
        double total = n * (n + 1) / 2.0;
        double wMinus = total - wPlus;
        double r = (wPlus - wMinus) / total;
        double tieSum = tieSum(abs);
        double p;
        String method;
        if (tieSum == 0 && zeros == 0 && differences.length <= EXACT_UP_TO) {
            p = exact(n, wPlus);
            method = "exact";
        } else if (differences.length <= PERMUTATION_UP_TO) {
            p = overSignPatterns(ranks, wPlus);
            method = "all sign patterns";
        } else {
            double sd = Math.sqrt((n * (n + 1.0) * (2 * n + 1) - tieSum / 2) / 24);
            double z = (wPlus - total / 2) / sd;
            p = Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z)));
            method = "normal approximation";
        }
        return new SignedRank(differences.length, zeros, plus, n - plus, wPlus, wMinus, p, method, r);
    }

    /** Σ (t³ − t) over the groups of t equal values. */
    private static double tieSum(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return sum;
    }

    /**
     * Exact two-sided p of W+ = {@code wPlus} with n distinct ranks 1..n: the number of sign patterns
     * giving each rank sum, counted by adding one rank at a time (Commons Math's exact test enumerates
     * all 2^n patterns instead, minutes for 30 pairs).
     */
    private static double exact(int n, double wPlus) {
        int total = n * (n + 1) / 2;
        double[] ways = new double[total + 1];
        ways[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = total; s >= k; s--) {
                ways[s] += ways[s - k];
            }
        }
        double all = Math.pow(2, n);
        int w = (int) Math.round(wPlus);
        double atMost = 0;
        double atLeast = 0;
        for (int s = 0; s <= total; s++) {
            atMost += s <= w ? ways[s] : 0;
            atLeast += s >= w ? ways[s] : 0;
        }
        return Math.min(1, 2 * Math.min(atMost, atLeast) / all);
    }

    /** Two-sided p of W+ over all 2^n sign patterns of the (average) ranks, as a permutation test. */
    private static double overSignPatterns(double[] ranks, double wPlus) {
        int n = ranks.length;
        long patterns = 1L << n;
        double slack = Math.abs(wPlus) * 100 * Math.ulp(1.0);
        long atMost = 0;
        long atLeast = 0;
        for (long m = 0; m < patterns; m++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (m >> i & 1) == 1 ? ranks[i] : 0;
            }
            atMost += s <= wPlus + slack ? 1 : 0;
            atLeast += s >= wPlus - slack ? 1 : 0;
        }
        return Math.min(1, 2.0 * Math.min(atMost, atLeast) / patterns);
    }

    /** Two-sided p of the paired t-test of {@code a} against {@code b} (Commons Math); NaN when undefined. */
    public static double pairedT(double[] a, double[] b) {
        if (a.length < 2) {
            return Double.NaN;
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        if (Arrays.stream(d).allMatch(v -> v == d[0])) {
            return d[0] == 0 ? Double.NaN : 0.0;
        }
        return new TTest().pairedTTest(a, b);
    }

    /** Two-sided p of the sign test: {@code plus} positive and {@code minus} negative differences, zeros dropped. */
    public static double signTest(int plus, int minus) {
        int n = plus + minus;
        if (n == 0) {
            return 1.0;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int k = Math.min(plus, minus);
        return Math.min(1, 2 * b.cumulativeProbability(k));
    }
}
