package org.mark1.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mark1.experiment.Estimate;
import org.mark1.scenario.Measure;

/**
 * Over many seeded random calibrations: the sheet reads back as written, and the words name exactly
 * the values where history's figure lies within our interval (read back from the sentence).
 */
class CalibrationSheetTest {

    @Test
    void theSheetReadsBackAndTheWordsNameExactlyThePointsWithinHistory() {
        SplittableRandom random = new SplittableRandom(1958);
        int withinSome = 0;
        for (int c = 0; c < 400; c++) {
            int n = random.nextInt(2, 15);
            double history = random.nextInt(20, 80);
            List<CalibrationSheet.GridPoint> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double centre = random.nextDouble(0, 100);
                List<Double> seeds = new ArrayList<>();
                for (int s = 0; s < 5; s++) {
                    seeds.add(random.nextInt(10) == 0 ? null : Math.round((centre + random.nextDouble(-15, 15)) * 100) / 100.0);
                }
                points.add(new CalibrationSheet.GridPoint(List.of(String.valueOf(3 * i + 2)), Estimate.ofMean(seeds)));
            }
            CalibrationSheet sheet = new CalibrationSheet(List.of("training.examplesPerClass"), Measure.FRESH_ACCURACY, history,
                    org.mark1.scenario.HistoryRelation.ABOUT, points);
            assertEquals(sheet, CalibrationSheet.parse(sheet.csv()));
            Set<String> within = new LinkedHashSet<>();
            points.stream().filter(sheet::within).forEach(p -> within.add(p.values().get(0)));
            String words = sheet.findings();
            assertEquals(within, named(words, points), words);
            withinSome += within.isEmpty() ? 0 : 1;
        }
        assertTrue(withinSome > 20, "the cases reach history often enough to test the words: " + withinSome);
    }

    /** The values a sentence says hold history: "for KEY 5–11, 17 and 20 and no other", "every value", "no value". */
    private static Set<String> named(String words, List<CalibrationSheet.GridPoint> points) {
        List<String> order = points.stream().map(p -> p.values().get(0)).toList();
        Set<String> out = new LinkedHashSet<>();
        if (words.contains("at every value tried")) {
            out.addAll(order);
            return out;
        }
        if (words.contains("at no value tried")) {
            return out;
        }
        int from = words.indexOf("interval for training.examplesPerClass ") + "interval for training.examplesPerClass ".length();
        String list = words.substring(from, words.indexOf(" and no other value tried"));
        for (String part : list.replace(" and ", ", ").split(", ")) {
            String[] ends = part.split("–");
            int a = order.indexOf(ends[0]);
            int b = order.indexOf(ends[ends.length - 1]);
            out.addAll(order.subList(a, b + 1));
        }
        return out;
    }
}
