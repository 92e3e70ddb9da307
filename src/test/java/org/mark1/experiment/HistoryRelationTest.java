package org.mark1.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mark1.scenario.HistoryRelation;
import org.mark1.scenario.HistorySpec;
import org.mark1.scenario.Measure;

/**
 * A record stated as a bound ("more than 80 percent", "cannot compute parity": below 100 %) holds
 * for ours exactly when our whole 95 % interval lies on its side; a value reached holds when it lies
 * within the interval. Over 2,000 seeded random estimates and bounds.
 */
class HistoryRelationTest {

    @Test
    void theRecordHoldsExactlyWhenTheWholeIntervalLiesOnItsSide() {
        SplittableRandom random = new SplittableRandom(1969);
        int across = 0;
        for (int c = 0; c < 2000; c++) {
            List<Double> seeds = new ArrayList<>();
            double centre = random.nextDouble(0, 100);
            for (int s = 0; s < 10; s++) {
                seeds.add(Math.min(100, Math.max(0, centre + random.nextDouble(-20, 20))));
            }
            Estimate e = Estimate.ofMean(seeds);
            double v = random.nextInt(0, 101);
            assertEquals(e.covers(v), HistoryComparison.holds(HistoryRelation.ABOUT, v, e));
            Boolean more = HistoryComparison.holds(HistoryRelation.MORE_THAN, v, e);
            Boolean less = HistoryComparison.holds(HistoryRelation.LESS_THAN, v, e);
            assertEquals(e.low() > v ? Boolean.TRUE : e.high() <= v ? Boolean.FALSE : null, more);
            assertEquals(e.high() < v ? Boolean.TRUE : e.low() >= v ? Boolean.FALSE : null, less);
            if (more == null) {
                across++;
                String words = HistoryComparison.verdict(spec(HistoryRelation.MORE_THAN, v), e);
                assertEquals("our 95 % interval reaches across the record's bound", words);
            } else {
                String words = HistoryComparison.verdict(spec(HistoryRelation.MORE_THAN, v), e);
                assertTrue(words.endsWith(more ? "as the record says" : "against the record"), words);
                assertTrue(words.contains(more ? "above" : "below"), words);
            }
        }
        assertTrue(across > 0 && across < 2000, "the cases should fall on both sides and across: " + across);
    }

    @Test
    void aBoundIsNamedSo() {
        assertEquals("more than 80.0 %", HistoryComparison.historical(spec(HistoryRelation.MORE_THAN, 80)));
        assertEquals("below 100 %", HistoryComparison.historical(spec(HistoryRelation.LESS_THAN, 100)));
        assertEquals("85.0 %", HistoryComparison.historical(spec(null, 85)));
    }

    private static HistorySpec spec(HistoryRelation r, double v) {
        return new HistorySpec("c", "s", Measure.FRESH_ACCURACY, v, null, null, r);
    }
}
