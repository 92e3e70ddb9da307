package org.mark1.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mark1.scenario.Measure;

/**
 * A figure over seeds: its centre (the mean or the median, {@code centre} says which), the 95 %
 * interval of that centre ({@code interval} says how it was found, from {@link Statistics}), and the
 * least and greatest value. A seed without the figure (no error-free pass within the budget, say) is
 * not guessed: it is counted out, and {@code seeds} says over how many of {@code of} seeds the figure
 * stands.
 *
 * <p>A proportion (an accuracy, an error rate, in percent) is centred on its mean with a bootstrap
 * percentile interval: it stays within the seeds' values, so within 0–100 %. A count (presentations,
 * errors, A-units), often skewed by a few slow seeds, is centred on its median with the order-statistic
 * interval: two of the seeds' own values, never negative. Both mean and median are kept.
 *
 * @param seeds    how many seeds gave the figure
 * @param of       how many seeds were run
 * @param centre   "mean" or "median": the value the interval is about
 * @param mean     mean over those seeds (null when none gave it)
 * @param median   median over those seeds (null when none gave it)
 * @param low      lower end of the 95 % interval of the centre (null with too few seeds for one)
 * @param high     upper end
 * @param interval how the interval was found
 * @param min      least value
 * @param max      greatest value
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Estimate(int seeds, int of, String centre, Double mean, Double median, Double low, Double high,
        String interval, Double min, Double max) {

    /** The confidence level of every interval the project reports. */
    public static final double LEVEL = Statistics.LEVEL;
    /** {@link #interval} of a mean. */
    public static final String BOOTSTRAP = "bootstrap percentile";
    /** {@link #interval} of a median. */
    public static final String ORDER_STATISTICS = "order statistics";

    /** The estimate of {@code m} over {@code values}, one per seed, null where a seed has no figure. */
    public static Estimate of(Measure m, List<Double> values) {
        return m.unit().equals("%") ? ofMean(values) : ofMedian(values);
    }

    /** Centred on the mean, with the bootstrap percentile interval (for proportions, rates and curves). */
    public static Estimate ofMean(List<Double> values) {
        return of(values, false);
    }

    /** Centred on the median, with the order-statistic interval (for skewed counts). */
    public static Estimate ofMedian(List<Double> values) {
        return of(values, true);
    }

    private static Estimate of(List<Double> values, boolean median) {
        double[] v = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        String centre = median ? "median" : "mean";
        String method = median ? ORDER_STATISTICS : BOOTSTRAP;
        if (v.length == 0) {
            return new Estimate(0, values.size(), centre, null, null, null, null, method, null, null);
        }
        Statistics.Bounds b = median ? Statistics.medianInterval(v) : Statistics.bootstrapMean(v);
        double min = java.util.Arrays.stream(v).min().orElseThrow();
        double max = java.util.Arrays.stream(v).max().orElseThrow();
        return new Estimate(v.length, values.size(), centre, round(Statistics.mean(v)), round(Statistics.median(v)),
                b == null ? null : round(b.low()), b == null ? null : round(b.high()), method, round(min), round(max));
    }

    /** Six significant digits are plenty and keep the files readable and stable (a small share keeps its digits too). */
    private static double round(double v) {
        return new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** The centre's value: the mean or the median (null when no seed gave the figure). */
    @JsonIgnore
    public Double value() {
        return centre.equals("median") ? median : mean;
    }

    /** Whether {@code value} lies within the 95 % interval (false without an interval). */
    public boolean covers(double value) {
        return low != null && value >= low && value <= high;
    }

    /**
     * "mean 61.5 % (95 % CI 59.8–63.2 %, bootstrap percentile; min 55.0, max 68.3 %)", or "in 17 of 20
     * seeds: median 1508 (...)" when some seeds lack it.
     */
    public String describe(String unit) {
        if (mean == null) {
            return "none of " + of + " seeds";
        }
        String u = unit.equals("%") ? " %" : "";
        if (of == 1) {
            return format(value()) + u + " (one seed: no interval)";
        }
        String text = centre + " " + format(value()) + u + " (" + intervalText(u) + "; min " + format(min) + ", max "
                + format(max) + u + ")";
        return seeds < of ? "in " + seeds + " of " + of + " seeds: " + text : text;
    }

    /** "95 % CI 59.8–63.2 %, bootstrap percentile", or why there is none. */
    public String intervalText(String unit) {
        if (low == null) {
            return seeds < 2 ? "one seed: no interval" : "too few seeds for a 95 % interval of the " + centre;
        }
        return "95 % CI " + format(low) + "–" + format(high) + unit + ", " + interval;
    }

    /** "60.7 [59.6, 61.8]" with {@code format} after multiplying by {@code scale}; "-" when no seed gave it. */
    public String bracketed(double scale, String format) {
        if (value() == null) {
            return "-";
        }
        String centreText = String.format(Locale.ROOT, format, value() * scale);
        return low == null ? centreText
                : centreText + String.format(Locale.ROOT, " [" + format + ", " + format + "]", low * scale, high * scale);
    }

    public static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
