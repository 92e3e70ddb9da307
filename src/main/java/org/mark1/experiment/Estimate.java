package org.mark1.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A figure over seeds: its mean, the 95 % confidence interval of the mean (Student's t, from
 * Commons Math's {@link SummaryStatistics} and {@link TDistribution}), and the least and greatest
 * value. A seed without the figure (no error-free pass within the budget, say) is not guessed: it
 * is counted out, and {@code seeds} says over how many of {@code of} seeds the figure stands.
 *
 * <p>The t-interval assumes the seeds' figures are independent draws (they are: each seed wires,
 * sets and trains its own machine) and that their mean is near normally distributed; with few seeds
 * and skewed figures it is a guide, and the min-max beside it shows the spread honestly.
 *
 * @param seeds how many seeds gave the figure
 * @param of    how many seeds were run
 * @param mean  mean over those seeds (null when none gave it)
 * @param low   lower end of the 95 % interval of the mean (null with fewer than two seeds)
 * @param high  upper end
 * @param min   least value
 * @param max   greatest value
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Estimate(int seeds, int of, Double mean, Double low, Double high, Double min, Double max) {

    /** The confidence level of every interval the project reports. */
    public static final double LEVEL = 0.95;

    /** The estimate over {@code values}, one per seed, null where a seed has no figure. */
    public static Estimate of(List<Double> values) {
        SummaryStatistics stats = new SummaryStatistics();
        values.stream().filter(Objects::nonNull).forEach(stats::addValue);
        long n = stats.getN();
        if (n == 0) {
            return new Estimate(0, values.size(), null, null, null, null, null);
        }
        Double low = null;
        Double high = null;
        if (n >= 2) {
            double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
            double half = t * stats.getStandardDeviation() / Math.sqrt(n);
            low = round(stats.getMean() - half);
            high = round(stats.getMean() + half);
        }
        return new Estimate((int) n, values.size(), round(stats.getMean()), low, high, round(stats.getMin()),
                round(stats.getMax()));
    }

    /** Four significant decimals are plenty and keep the files readable and stable. */
    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Whether {@code value} lies within the 95 % interval (false without an interval). */
    public boolean covers(double value) {
        return low != null && value >= low && value <= high;
    }

    /** "61.5 (95 % CI 59.8–63.2; min 55.0, max 68.3)", or "reached in 17 of 20 seeds: ..." when some seeds lack it. */
    public String describe(String unit) {
        if (mean == null) {
            return "none of " + of + " seeds";
        }
        String u = unit.equals("%") ? " %" : "";
        if (of == 1) {
            return format(mean) + u + " (one seed: no interval)";
        }
        String text = format(mean) + u + (low == null ? "" : " (95 % CI " + format(low) + "–" + format(high) + u + ")")
                + "; min " + format(min) + ", max " + format(max) + u;
        return seeds < of ? "in " + seeds + " of " + of + " seeds: " + text : text;
    }

    public static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
