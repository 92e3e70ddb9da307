package org.mark1.compare;

import org.mark1.experiment.Summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mark1.learning.Rules;

/**
 * The paired tests and their effect size on differences worked by hand (SciPy's answers on many more
 * cases: StatisticsTest), and the verdict words generated from the counts and p.
 */
class ComparisonReportTest {

    private static Comparison.Outcome outcome(Rules rule, long seed, double fresh, Integer errorFreePass) {
        Summary s = new Summary("t", seed, rule.id(), 10, 10, 100, 5, 10, errorFreePass,
                errorFreePass == null ? null : (errorFreePass - 1) * 10, new Summary.Curve(10, List.of(5)), 1.0, fresh,
                null, null, new Summary.Stats(1, 1, 1), new Summary.Stats(1, 1, 1), 0, 0, 0, new int[] {0}, 1, "1 s", null, null, null);
        return new Comparison.Outcome(rule, seed, s, List.of(5));
    }

    private static List<List<Comparison.Outcome>> pair(double[] base, double[] other) {
        List<Comparison.Outcome> a = new ArrayList<>();
        List<Comparison.Outcome> b = new ArrayList<>();
        for (int k = 0; k < base.length; k++) {
            a.add(outcome(Rules.ERROR_CORRECTION, k, base[k], 3));
            b.add(outcome(Rules.LMS, k, other[k], k % 2 == 0 ? 4 : null));
        }
        return List.of(a, b);
    }

    /** {@code seeds} seeds, the baseline scoring {@code base(k)} on seed k and the other rule {@code other(k)}. */
    private static List<List<Comparison.Outcome>> pair(int seeds, IntToDoubleFunction base, IntToDoubleFunction other) {
        return pair(IntStream.range(0, seeds).mapToDouble(base).toArray(),
                IntStream.range(0, seeds).mapToDouble(other).toArray());
    }

    @Test
    void aRuleBetterOnEverySeed() {
        // 12 seeds, every difference positive and distinct: W+ = 1 + ... + 12 = 78, W- = 0.
        // Exact two-sided p = 2 / 2^12 = 0.000488; rank-biserial r = (78 - 0) / 78 = +1.
        ComparisonReport.Paired t = ComparisonReport.paired(pair(12, k -> 0.5, k -> 0.5 + (k + 1) / 100.0)).get(0);
        assertEquals(78, t.wilcoxon().rankSumPlus(), 0);
        assertEquals("always better", t.verdict());
        assertEquals(2.0 / 4096, t.pValue(), 1e-12);
        assertEquals(1.0, t.rankBiserial(), 1e-12);
        assertEquals(0.065, t.medianDifference(), 1e-12);
    }

    @Test
    void aMixedRecord() {
        // Differences +1, +2, +3, -4 (points): ranks 1, 2, 3, 4; W+ = 6, W- = 4, total 10;
        // r = (6 - 4) / 10 = +0.2. Exact p: the 16 sign patterns give W+ = 0,1,2,3,3,4,4,5,5,6,6,7,7,8,9,10;
        // 7 have W+ >= 6 and 7 have W+ <= 4, so max(W+, W-) >= 6 in 14 of 16: p = 0.875.
        double[] base = {0.5, 0.5, 0.5, 0.5};
        double[] other = {0.51, 0.52, 0.53, 0.46};
        ComparisonReport.Paired t = ComparisonReport.paired(pair(base, other)).get(0);
        assertEquals(6, t.wilcoxon().rankSumPlus(), 0);
        assertEquals("no difference shown", t.verdict());
        assertEquals(0.2, t.rankBiserial(), 1e-12);
        assertEquals(0.875, t.pValue(), 1e-12);
    }

    @Test
    void aTieIsNotAWinAndTheWordsFollowTheCounts() {
        // 20 seeds tied, 10 worse: the rule is worse (p about 0.005, SciPy), never "always"
        ComparisonReport.Paired t = ComparisonReport.paired(pair(30, k -> 0.6,
                k -> k < 20 ? 0.6 : 0.6 - (k - 19) / 100.0)).get(0);
        assertEquals(20, t.wilcoxon().zeros());
        assertEquals(-1.0, t.rankBiserial(), 1e-12);
        assertTrue(t.pValue() < 0.01, "p " + t.pValue());
        assertEquals("worse on the seeds that differ", t.verdict());
        // one tie among 30 better seeds: better on most seeds, not always
        assertEquals("better on most seeds", ComparisonReport.paired(pair(30, k -> 0.6,
                k -> k == 7 ? 0.6 : 0.6 + (k + 1) / 1000.0)).get(0).verdict());
    }

    @Test
    void rowsCountTheSeedsThatReachedAnErrorFreePass() {
        List<ComparisonReport.RuleRow> rows = ComparisonReport.rows(pair(new double[] {0.5, 0.6, 0.7}, new double[] {0.5, 0.6, 0.7}));
        assertEquals(3, rows.get(0).reached());
        assertEquals(2, rows.get(1).reached(), "seeds 0 and 2 reached one");
        assertEquals(20.0, rows.get(0).presentationsToLearn().median(), 1e-12);
        assertEquals(0.6, rows.get(0).freshAccuracy().mean(), 1e-12);
        assertTrue(rows.get(0).freshAccuracy().low() >= 0.5 && rows.get(0).freshAccuracy().high() <= 0.7);
        assertEquals(0.0, ComparisonReport.paired(pair(new double[] {0.5, 0.6}, new double[] {0.5, 0.6})).get(0).rankBiserial());
    }
}
