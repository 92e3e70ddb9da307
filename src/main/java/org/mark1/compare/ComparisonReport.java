package org.mark1.compare;

import org.mark1.experiment.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.Statistics;
import org.mark1.learning.Rules;
import org.mark1.io.CsvText;

/**
 * The statistics of a {@link Comparison}, all from {@link Statistics}: each rule's accuracies as the
 * mean over seeds with a bootstrap percentile interval (within 0–100 % by construction), its
 * presentations to criterion as the median with an order-statistic interval, and paired tests of each
 * rule against the first on the accuracy on fresh cards.
 *
 * <p>The main test is Wilcoxon's signed-rank test: accuracies over a few hundred cards are bounded and
 * often skewed; the test needs no normality, only symmetric paired differences, and uses the pairing
 * (same wiring, cards and order per seed). Seeds on which both rules score the same are dropped
 * (Wilcoxon's method), as SciPy's {@code zero_method='wilcox'} does. Effect size: the matched-pairs
 * rank-biserial correlation {@code (W+ − W−) / (W+ + W−)} from the rank sums, −1 (worse on every seed
 * that differs) to +1. Beside it, the paired t-test and the sign test. The verdict word comes from the
 * counts and the Wilcoxon p against {@link Statistics#ALPHA} ({@link Paired#verdict()}).
 */
public final class ComparisonReport {

    /** One rule's line of the table: accuracies as fractions (0–1) over seeds, presentations to criterion as a count. */
    public record RuleRow(Rules rule, Estimate presentationsToLearn, Estimate trainAccuracy, Estimate freshAccuracy,
            int reached, int seeds) {
    }

    /**
     * Paired tests of {@code rule} against the baseline on fresh accuracy (differences rule − baseline).
     *
     * @param medianDifference median of the differences (fraction)
     * @param meanDifference   mean of the differences (fraction)
     * @param wilcoxon         the signed-rank test, its counts and effect size
     * @param pairedT          two-sided p of the paired t-test (NaN when every difference is zero)
     * @param signTest         two-sided p of the sign test
     */
    public record Paired(Rules rule, Rules baseline, double medianDifference, double meanDifference,
            Statistics.SignedRank wilcoxon, double pairedT, double signTest) {

        /** The Wilcoxon p-value. */
        public double pValue() {
            return wilcoxon.p();
        }

        /** The rank-biserial correlation. */
        public double rankBiserial() {
            return wilcoxon.rankBiserial();
        }

        /**
         * The verdict, from the numbers: "no difference shown" when the Wilcoxon p is not below
         * {@link Statistics#ALPHA}; otherwise the direction of the rank sums, "always better" (or worse)
         * when every seed goes that way, "better on most seeds" when more than half do, "better on the
         * seeds that differ" when ties are the majority.
         */
        public String verdict() {
            if (!(wilcoxon.p() < Statistics.ALPHA) || wilcoxon.rankBiserial() == 0) {
                return "no difference shown";
            }
            boolean up = wilcoxon.rankBiserial() > 0;
            String direction = up ? "better" : "worse";
            int wins = up ? wilcoxon.plus() : wilcoxon.minus();
            if (wins == wilcoxon.pairs()) {
                return "always " + direction;
            }
            return 2 * wins > wilcoxon.pairs() ? direction + " on most seeds" : direction + " on the seeds that differ";
        }
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

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    public static List<RuleRow> rows(List<List<Comparison.Outcome>> outcomes) {
        List<RuleRow> rows = new ArrayList<>();
        for (List<Comparison.Outcome> runs : outcomes) {
            double[] toLearn = runs.stream().filter(Comparison.Outcome::reached)
                    .mapToDouble(o -> o.summary().presentationsToLearn()).toArray();
            rows.add(new RuleRow(runs.get(0).rule(), Estimate.ofMedian(boxed(toLearn)),
                    Estimate.ofMean(boxed(runs.stream().mapToDouble(o -> o.summary().trainAccuracy()).toArray())),
                    Estimate.ofMean(boxed(fresh(runs))), toLearn.length, runs.size()));
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
            Statistics.SignedRank w = Statistics.signedRank(diff);
            tests.add(new Paired(outcomes.get(r).get(0).rule(), outcomes.get(0).get(0).rule(), Statistics.median(diff),
                    Statistics.mean(diff), w, Statistics.pairedT(other, base), Statistics.signTest(w.plus(), w.minus())));
        }
        return tests;
    }

    /** compare.csv: one line per rule and seed. */
    public static String csv(List<List<Comparison.Outcome>> outcomes) {
        CsvText sheet = new CsvText("rule", "seed", "reached_error_free_pass", "first_error_free_pass",
                "presentations_to_learn", "presentations", "errors", "train_accuracy", "fresh_accuracy");
        for (List<Comparison.Outcome> runs : outcomes) {
            for (Comparison.Outcome o : runs) {
                Summary s = o.summary();
                sheet.row(o.rule().id(), o.seed(), o.reached(), s.firstErrorFreePass(), s.presentationsToLearn(),
                        s.presentations(), s.errors(), String.format(Locale.ROOT, "%.6f", s.trainAccuracy()),
                        s.freshAccuracy() == null ? null : String.format(Locale.ROOT, "%.6f", s.freshAccuracy()));
            }
        }
        return sheet.text();
    }

    /** report.md: the table, the tests, and a paragraph to read aloud. */
    public static String markdown(Comparison c, List<List<Comparison.Outcome>> outcomes) {
        List<RuleRow> rows = rows(outcomes);
        boolean fresh = hasFresh(outcomes);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(c.scenario().name()).append(": ").append(rows.size()).append(" rules over ")
                .append(c.seeds()).append(" seeds\n\n");
        b.append(String.format(Locale.ROOT, "Seeds %d to %d; each seed gives every rule the same wiring, the same cards "
                + "and the same order (paired design). Weights: %s (mlp: always ideal). Accuracies: the mean over seeds "
                + "and its 95 %% bootstrap percentile interval in brackets (%d resamples; within 0–100 by construction). "
                + "Presentations to criterion: the median over the seeds that reached an error-free pass and its 95 %% "
                + "order-statistic interval (none with fewer than six such seeds).%n%n", c.scenario().seed(),
                c.scenario().seed() + c.seeds() - 1, c.weights().id(), Statistics.RESAMPLES));
        b.append("| rule | reached an error-free pass | presentations to criterion (median) | training accuracy (%, mean) | "
                + "fresh accuracy (%, mean) |\n|---|---|---|---|---|\n");
        for (RuleRow r : rows) {
            b.append("| ").append(r.rule().id()).append(" | ").append(r.reached()).append(" of ").append(r.seeds())
                    .append(" | ").append(r.presentationsToLearn().bracketed(1, "%.0f")).append(" | ")
                    .append(r.trainAccuracy().bracketed(100, "%.1f")).append(" | ")
                    .append(fresh ? r.freshAccuracy().bracketed(100, "%.1f") : "none (freshPerClass: 0)")
                    .append(" |\n");
        }
        b.append("\nPresentations to criterion: the presentations before the first error-free pass, over the seeds that "
                + "reached one.\n\n");
        List<Paired> tests = paired(outcomes);
        if (!tests.isEmpty()) {
            b.append("Paired tests on the accuracy on ")
                    .append(fresh ? "fresh cards" : "the training cards (there are no fresh cards: freshPerClass is 0)")
                    .append(", each rule against ").append(tests.get(0).baseline().id())
                    .append(String.format(Locale.ROOT, ". Wilcoxon signed-rank test: seeds where both rules score the same "
                            + "are dropped (Wilcoxon's method, as SciPy's `zero_method='wilcox'`), ties get average ranks; "
                            + "p exact without ties or zeros up to %d seeds, over all sign patterns with them up to %d, "
                            + "otherwise the normal approximation with the tie correction. Effect size r: the matched-pairs "
                            + "rank-biserial correlation (W+ − W−) / (W+ + W−), −1 worse on every seed that differs to +1 "
                            + "better on every one. Beside it the paired t-test and the sign test. Verdict: *no difference "
                            + "shown* when the Wilcoxon p is %.2f or more; otherwise, in the direction of r, *always* when "
                            + "every seed goes that way, *on most seeds* when more than half do, *on the seeds that differ* "
                            + "when ties are the majority.%n%n", Statistics.EXACT_UP_TO, Statistics.PERMUTATION_UP_TO,
                            Statistics.ALPHA));
            b.append("| rule | against | better / worse / tied seeds | median difference (points) | mean difference (points) "
                    + "| W+ | W− | Wilcoxon p | r | paired t p | sign test p | verdict |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (Paired t : tests) {
                Statistics.SignedRank w = t.wilcoxon();
                b.append(String.format(Locale.ROOT, "| %s | %s | %d / %d / %d | %+.1f | %+.1f | %s | %s | %s | %+.2f | %s | %s | %s |%n",
                        t.rule().id(), t.baseline().id(), w.plus(), w.minus(), w.zeros(), 100 * t.medianDifference(),
                        100 * t.meanDifference(), rankSum(w.rankSumPlus()), rankSum(w.rankSumMinus()), p(t.pValue()),
                        t.rankBiserial(), p(t.pairedT()), p(t.signTest()), t.verdict()));
            }
        }
        b.append("\n## In words\n\n").append(paragraph(rows, tests, fresh)).append('\n');
        b.append("\n`curves.png`: errors per pass through the training cards, mean over seeds with its 95 % bootstrap band; a run "
                + "that stopped after its error-free pass counts no errors in the passes it did not make.\n");
        return b.toString();
    }

    private static String rankSum(double w) {
        return w == Math.rint(w) ? String.format(Locale.ROOT, "%.0f", w) : String.format(Locale.ROOT, "%.1f", w);
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.3g", p);
    }

    private static String paragraph(List<RuleRow> rows, List<Paired> tests, boolean fresh) {
        String cards = fresh ? "fresh cards" : "the training cards";
        RuleRow best = rows.stream().max(java.util.Comparator.comparingDouble(r -> r.freshAccuracy().mean())).orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, fresh ? "On cards it had never seen, the highest mean accuracy was %s's, %.1f %% "
                + "right (the paired tests say which differences the seeds show). "
                : "This comparison has no fresh cards (freshPerClass: 0), so it measures only the cards each rule was "
                        + "trained on: on them, the highest mean accuracy was %s's, %.1f %% right (the paired tests say "
                        + "which differences the seeds show). ", best.rule().id(), 100 * best.freshAccuracy().mean()));
        for (RuleRow r : rows) {
            b.append(String.format(Locale.ROOT, "%s reached an error-free pass on %d of %d seeds; ", r.rule().id(),
                    r.reached(), r.seeds()));
        }
        b.setLength(b.length() - 2);
        b.append(". ");
        for (Paired t : tests) {
            Statistics.SignedRank w = t.wilcoxon();
            b.append(String.format(Locale.ROOT, "Against %s, %s on %s: %s (better on %d, worse on %d, tied on %d "
                    + "of %d seeds; Wilcoxon p = %s, r = %+.2f). ", t.baseline().id(), t.rule().id(), cards, t.verdict(), w.plus(),
                    w.minus(), w.zeros(), w.pairs(), p(t.pValue()), t.rankBiserial()));
        }
        return b.toString().strip();
    }
}
