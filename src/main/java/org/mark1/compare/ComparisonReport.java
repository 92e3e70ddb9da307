package org.mark1.compare;

import org.mark1.experiment.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.mark1.learning.Rules;

/**
 * The statistics of a {@link Comparison}, all from Commons Math: means, 95 % t-intervals over seeds,
 * and a paired Wilcoxon signed-rank test of each rule against the first on the accuracy on fresh
 * cards, with its effect size.
 *
 * <p>Why Wilcoxon: accuracies over a few hundred cards are bounded and often skewed; the signed-rank
 * test needs no normality, only symmetric paired differences, and uses the pairing (same wiring,
 * cards and order per seed). Its p-value is exact for up to {@value #EXACT_UP_TO} seeds (Commons Math
 * enumerates all 2^n sign patterns, which for 30 seeds takes minutes), the normal approximation
 * beyond. Effect size: the matched-pairs rank-biserial correlation {@code r = (W+ - W-) / (W+ + W-)},
 * from -1 (the rule always worse than the baseline) to +1 (always better).
 */
public final class ComparisonReport {

    /** Seeds up to which the Wilcoxon p-value is computed exactly. */
    public static final int EXACT_UP_TO = 20;

    /** A mean and its 95 % t-interval over seeds. */
    public record Interval(double mean, double low, double high, int n) {
        static Interval of(double[] values) {
            DescriptiveStatistics d = new DescriptiveStatistics(values);
            if (values.length < 2) {
                return new Interval(d.getMean(), d.getMean(), d.getMean(), values.length);
            }
            double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
            double half = t * d.getStandardDeviation() / Math.sqrt(values.length);
            return new Interval(d.getMean(), d.getMean() - half, d.getMean() + half, values.length);
        }

        String text(double scale, String format) {
            if (n == 0) {
                return "-";
            }
            return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", mean * scale, low * scale,
                    high * scale);
        }

        /** The interval of a fraction, cut to 0..1 where the t-interval runs past it. */
        Interval withinOne() {
            return new Interval(mean, Math.max(0, low), Math.min(1, high), n);
        }
    }

    /** One rule's line of the table. */
    public record RuleRow(Rules rule, Interval presentationsToLearn, Interval trainAccuracy, Interval freshAccuracy,
            int reached, int seeds) {
    }

    /** A paired test of {@code rule} against the baseline on fresh accuracy. */
    public record Paired(Rules rule, Rules baseline, double medianDifference, double wilcoxonW, double pValue,
            double rankBiserial) {
    }

    private ComparisonReport() {
    }

    /**
     * Whether every run had fresh cards. Without them (freshPerClass: 0) the paired tests and the
     * words judge the training cards, and say so: no figure under a name it is not.
     */
    static boolean hasFresh(List<List<Comparison.Outcome>> outcomes) {
        return outcomes.stream().flatMap(List::stream).allMatch(o -> o.summary().freshAccuracy() != null);
    }

    static double[] fresh(List<Comparison.Outcome> outcomes) {
        return outcomes.stream().mapToDouble(o -> o.summary().freshAccuracy() == null ? o.summary().trainAccuracy()
                : o.summary().freshAccuracy()).toArray();
    }

    public static List<RuleRow> rows(List<List<Comparison.Outcome>> outcomes) {
        List<RuleRow> rows = new ArrayList<>();
        for (List<Comparison.Outcome> runs : outcomes) {
            double[] toLearn = runs.stream().filter(Comparison.Outcome::reached)
                    .mapToDouble(o -> o.summary().presentationsToLearn()).toArray();
            rows.add(new RuleRow(runs.get(0).rule(), Interval.of(toLearn),
                    Interval.of(runs.stream().mapToDouble(o -> o.summary().trainAccuracy()).toArray()),
                    Interval.of(fresh(runs)), toLearn.length, runs.size()));
        }
        return rows;
    }

    public static List<Paired> paired(List<List<Comparison.Outcome>> outcomes) {
        List<Paired> tests = new ArrayList<>();
        double[] base = fresh(outcomes.get(0));
        for (int r = 1; r < outcomes.size(); r++) {
            double[] other = fresh(outcomes.get(r));
            double[] diff = new double[base.length];
            for (int i = 0; i < diff.length; i++) {
                diff[i] = other[i] - base[i];
            }
            double median = new DescriptiveStatistics(diff).getPercentile(50);
            boolean allSame = java.util.Arrays.stream(diff).allMatch(d -> d == 0);
            WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
            double w = allSame || base.length < 2 ? Double.NaN : test.wilcoxonSignedRank(other, base);
            double p = allSame || base.length < 2 ? 1.0 : test.wilcoxonSignedRankTest(other, base, base.length <= EXACT_UP_TO);
            double total = base.length * (base.length + 1) / 2.0;
            // W is the larger of W+ and W-; its sign is the direction of the differences.
            double sign = median != 0 ? Math.signum(median) : Math.signum(new DescriptiveStatistics(diff).getMean());
            double r2 = allSame || base.length < 2 ? 0 : sign * (2 * w - total) / total;
            tests.add(new Paired(outcomes.get(r).get(0).rule(), outcomes.get(0).get(0).rule(), median, w, p, r2));
        }
        return tests;
    }

    /** compare.csv: one line per rule and seed. */
    public static String csv(List<List<Comparison.Outcome>> outcomes) {
        StringBuilder b = new StringBuilder(
                "rule,seed,reached_error_free_pass,first_error_free_pass,presentations_to_learn,presentations,errors,"
                        + "train_accuracy,fresh_accuracy\n");
        for (List<Comparison.Outcome> runs : outcomes) {
            for (Comparison.Outcome o : runs) {
                Summary s = o.summary();
                b.append(o.rule().id()).append(',').append(o.seed()).append(',').append(o.reached()).append(',')
                        .append(s.firstErrorFreePass() == null ? "" : s.firstErrorFreePass()).append(',')
                        .append(s.presentationsToLearn() == null ? "" : s.presentationsToLearn()).append(',')
                        .append(s.presentations()).append(',').append(s.errors()).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", s.trainAccuracy())).append(',')
                        .append(s.freshAccuracy() == null ? "" : String.format(Locale.ROOT, "%.6f", s.freshAccuracy()))
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** report.md: the table, the tests, and a paragraph to read aloud. */
    public static String markdown(Comparison c, List<List<Comparison.Outcome>> outcomes) {
        List<RuleRow> rows = rows(outcomes);
        boolean fresh = hasFresh(outcomes);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(c.scenario().name()).append(": ").append(rows.size()).append(" rules over ")
                .append(c.seeds()).append(" seeds\n\n");
        b.append(String.format(Locale.ROOT, "Seeds %d to %d; each seed gives every rule the same wiring, the same cards "
                + "and the same order (paired design). Weights: %s (mlp: always ideal). Mean over seeds and 95 %% "
                + "t-interval in brackets (accuracies cut at 0 and 100).%n%n", c.scenario().seed(), c.scenario().seed() + c.seeds() - 1, c.weights().id()));
        b.append("| rule | reached an error-free pass | presentations to criterion | training accuracy (%) | "
                + "fresh accuracy (%) |\n|---|---|---|---|---|\n");
        for (RuleRow r : rows) {
            b.append("| ").append(r.rule().id()).append(" | ").append(r.reached()).append(" of ").append(r.seeds())
                    .append(" | ").append(r.presentationsToLearn().text(1, "%.0f")).append(" | ")
                    .append(r.trainAccuracy().withinOne().text(100, "%.1f")).append(" | ")
                    .append(fresh ? r.freshAccuracy().withinOne().text(100, "%.1f") : "none (freshPerClass: 0)")
                    .append(" |\n");
        }
        b.append("\nPresentations to criterion: the presentations before the first error-free pass, over the seeds that "
                + "reached one.\n\n");
        List<Paired> tests = paired(outcomes);
        if (!tests.isEmpty()) {
            b.append("Paired Wilcoxon signed-rank tests on the accuracy on ")
                    .append(fresh ? "fresh cards" : "the training cards (there are no fresh cards: freshPerClass is 0)")
                    .append(", each rule against ")
                    .append(tests.get(0).baseline().id()).append(" (Commons Math; exact p-value up to " + EXACT_UP_TO + " seeds, normal approximation beyond). "
                            + "Effect size: rank-biserial correlation, -1 always worse to +1 always better.\n\n");
            b.append("| rule | against | median difference (points) | W | p | effect size |\n|---|---|---|---|---|---|\n");
            for (Paired t : tests) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %+.1f | %s | %.3g | %+.2f |%n", t.rule().id(),
                        t.baseline().id(), 100 * t.medianDifference(),
                        Double.isNaN(t.wilcoxonW()) ? "-" : String.format(Locale.ROOT, "%.0f", t.wilcoxonW()), t.pValue(),
                        t.rankBiserial()));
            }
        }
        b.append("\n## In words\n\n").append(paragraph(rows, tests, fresh)).append('\n');
        b.append("\n`curves.png`: errors per pass through the training cards, mean over seeds with its 95 % band; a run "
                + "that stopped after its error-free pass counts no errors in the passes it did not make.\n");
        return b.toString();
    }

    private static String paragraph(List<RuleRow> rows, List<Paired> tests, boolean fresh) {
        String cards = fresh ? "fresh cards" : "the training cards";
        RuleRow best = rows.stream().max(java.util.Comparator.comparingDouble(r -> r.freshAccuracy().mean())).orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, fresh ? "On cards it had never seen, %s did best, with %.1f %% right on average. "
                : "This comparison has no fresh cards (freshPerClass: 0), so it measures only the cards each rule was "
                        + "trained on: on them, %s did best, with %.1f %% right on average. ",
                best.rule().id(), 100 * best.freshAccuracy().mean()));
        for (RuleRow r : rows) {
            b.append(String.format(Locale.ROOT, "%s reached an error-free pass on %d of %d seeds; ", r.rule().id(),
                    r.reached(), r.seeds()));
        }
        b.setLength(b.length() - 2);
        b.append(". ");
        for (Paired t : tests) {
            b.append(String.format(Locale.ROOT, "Against %s, %s was %s on %s (median difference %+.1f points, "
                    + "p = %.2g)%s. ", t.baseline().id(), t.rule().id(),
                    t.medianDifference() > 0 ? "better" : t.medianDifference() < 0 ? "worse" : "neither better nor worse", cards,
                    100 * t.medianDifference(), t.pValue(), t.pValue() < 0.05 ? ", a difference the seeds support"
                            : ", a difference these seeds do not establish"));
        }
        return b.toString().strip();
    }
}
