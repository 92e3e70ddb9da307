package org.mark1.report;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.HistoryComparison;
import org.mark1.experiment.Progress;
import org.mark1.experiment.Summary;
import org.mark1.scenario.HistorySpec;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;

/** The reports in a run's folder: confusion matrix, lamp fields, report.md with history beside us. */
class RunReportTest {

    static final String HISTORY = """
            history:
              claim: it told squares from circles
              source: "[TEST] a made-up source"
              measure: fresh-accuracy
              value: 85
              why: our cards move about
            """;

    private static Scenario scenario(long seed, String extra) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: " + seed)
                .replace("maxPasses: 5", "maxPasses: 40") + extra);
    }

    @Test
    void theConfusionMatrixCountsEveryFreshAnswerAndItsDiagonalIsTheAccuracy() {
        for (long seed = 1; seed <= 4; seed++) {
            Scenario s = scenario(seed, "");
            Summary sum = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE).summary();
            List<String> classes = List.of("square", "round");
            List<String> answers = List.of("square", "round", RunReport.NO_CLASS);
            int[][] m = RunReport.confusion(classes, answers, sum.freshAnswers());
            int total = 0;
            int right = 0;
            for (int i = 0; i < m.length; i++) {
                assertEquals(10, java.util.Arrays.stream(m[i]).sum(), "every fresh card of a class is counted once");
                total += java.util.Arrays.stream(m[i]).sum();
                right += m[i][i];
            }
            assertEquals(sum.freshStimuli(), total);
            assertEquals(sum.freshAccuracy(), (double) right / total, 1e-12);
        }
    }

    @Test
    void aRunFolderHoldsTheReportsAndReportMdSetsHistoryBesideUs(@TempDir Path dir) throws Exception {
        Scenario s = scenario(3, HISTORY);
        Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
        RunWriter.write(dir, RunWriter.manifest(s, null, null, false), r);
        for (String f : List.of(RunReport.CONFUSION_CSV, RunReport.CONFUSION_PNG, RunReport.FIELDS_PNG, RunReport.REPORT)) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertFalse(Files.exists(dir.resolve(RunReport.GENERALISATION_PNG)), "measured only when asked");
        assertTrue(Files.readString(dir.resolve(RunReport.CONFUSION_CSV)).startsWith("class,square,round,(no class)\n"));
        String md = Files.readString(dir.resolve(RunReport.REPORT));
        String ours = Estimate.format(100 * r.summary().freshAccuracy());
        assertTrue(md.contains("| what history reports | it told squares from circles |"), md);
        assertTrue(md.contains("| history's figure | 85.0 % |"), md);
        assertTrue(md.contains("| our figure | " + ours + " % (one seed: no interval) |"), md);
        assertTrue(md.contains("| why they may differ | our cards move about |"), md);
        assertTrue(md.contains("![What each lamp learned"), md);
    }

    @Test
    void theHistoryBlockIsCheckedLikeEveryKey() {
        String measure = assertThrows(HISTORY.replace("fresh-accuracy", "speed"));
        assertTrue(measure.startsWith("s.yaml:19:3: history.measure: 'speed' is not one of: presentations-to-learn"), measure);
        String value = assertThrows(HISTORY.replace("value: 85", "value: 185"));
        assertTrue(value.startsWith("s.yaml:20:3: history.value: 185.0 is impossible; allowed: 0.0 to 100.0"), value);
        String claim = assertThrows(HISTORY.replace("claim: it told squares from circles", "claim: ''"));
        assertTrue(claim.startsWith("s.yaml:17:3: history.claim: is empty"), claim);
        String unknown = assertThrows(HISTORY + "  year: 1958\n");
        assertTrue(unknown.startsWith("s.yaml:22:3: history.year: unknown key; allowed keys here: claim, measure, readings, relation, source, value, why"),
                unknown);
        String relation = assertThrows(HISTORY.replaceFirst("  value: [^\\n]*\\n", "") + "  relation: more-than\n");
        assertTrue(relation.contains("history.relation: needs a value"), relation);
        String bound = assertThrows(HISTORY + "  relation: at-most\n");
        assertTrue(bound.contains("history.relation") && bound.contains("more-than"), bound);
        String readings = assertThrows(HISTORY + "  readings: [train-accuracy]\n");
        assertTrue(readings.contains("history.readings: leaves out measure fresh-accuracy"), readings);
        String twice = assertThrows(HISTORY + "  readings: [fresh-accuracy, errors, errors]\n");
        assertTrue(twice.contains("names a figure twice"), twice);
        String missing = assertThrows(HISTORY.replace("  measure: fresh-accuracy\n", ""));
        assertTrue(missing.contains("history") && missing.contains("measure"), missing);
    }

    private static String assertThrows(String history) {
        return org.junit.jupiter.api.Assertions.assertThrows(InputError.class,
                () -> ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL + history)).getMessage();
    }

    @Test
    void theVerdictSaysWhereHistorysFigureStands() {
        HistorySpec h = new HistorySpec("c", "s", Measure.FRESH_ACCURACY, 85.0, null);
        assertEquals("history's figure lies within our 95 % interval", HistoryComparison.verdict(h, Estimate.ofMean(List.of(80.0, 90.0, 85.0))));
        assertEquals("history's figure is above every one of our seeds'", HistoryComparison.verdict(h, Estimate.ofMean(List.of(60.0, 62.0))));
        assertEquals("history's figure is below every one of our seeds'", HistoryComparison.verdict(h, Estimate.ofMean(List.of(90.0, 91.0, 92.0, 93.0, 95.0))));
        assertTrue(HistoryComparison.verdict(h, Estimate.ofMean(List.of(80.0, 80.1, 80.2, 80.1, 80.0, 80.2, 80.1, 80.0, 80.2, 90.0))).contains("within the range"));
        assertEquals("the record gives no figure to compare",
                HistoryComparison.verdict(new HistorySpec("c", "s", Measure.FRESH_ACCURACY, null, null), Estimate.ofMean(List.of(1.0))));
    }
}
