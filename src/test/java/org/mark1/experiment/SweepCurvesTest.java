package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The curves over seeds: the learning curve over the seeds still training, generalisation carried to the end. */
class SweepCurvesTest {

    private static List<Summary> runs(int threads) {
        Scenario s = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("maxPasses: 5", "maxPasses: 40")
                .replace("freshPerClass: 10", "freshPerClass: 10\n  every: 10"));
        return SeedSweep.run(s, List.of(1L, 2L, 3L, 4L), Experiment.Options.defaults(), threads, Progress.NONE).stream()
                .map(Experiment.Result::summary).toList();
    }

    @Test
    void theSweepGivesEachSeedsOwnRunInSeedOrderOnAnyNumberOfThreads() {
        List<Summary> parallel = runs(3);
        List<Summary> serial = runs(1);
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, parallel.get(i).seed());
            assertEquals(Json.write(serial.get(i)), Json.write(parallel.get(i)));
        }
    }

    @Test
    void theLearningCurveStandsOnTheSeedsStillTraining() {
        List<Summary> runs = runs(2);
        List<SweepCurves.Band> bands = SweepCurves.errors(runs);
        for (int k = 0; k < bands.size(); k++) {
            int kk = k;
            long training = runs.stream().filter(r -> r.learningCurve().errors().size() > kk).count();
            assertEquals(training, bands.get(k).seeds());
            assertEquals(20 * (k + 1), bands.get(k).presentations());
            double mean = runs.stream().filter(r -> r.learningCurve().errors().size() > kk)
                    .mapToDouble(r -> 100.0 * r.learningCurve().errors().get(kk) / 20).average().orElseThrow();
            assertEquals(mean, bands.get(k).estimate().mean(), 1e-4);
        }
        assertEquals(4, bands.get(0).seeds());
    }

    @Test
    void aFinishedMachineKeepsItsFinalAccuracyOnTheGeneralisationCurve() {
        List<Summary> runs = runs(2);
        int longest = runs.stream().mapToInt(Summary::presentations).max().orElseThrow();
        for (Summary r : runs) {
            List<SweepCurves.Band> alone = SweepCurves.generalisation(List.of(r));
            assertEquals(longest / 10 + 1, SweepCurves.generalisation(runs).size());
            for (SweepCurves.Band b : alone) {
                if (b.presentations() >= r.presentations()) {
                    assertEquals(100 * r.freshAccuracy(), b.estimate().mean(), 1e-4);
                }
            }
            assertEquals(100 * r.generalisation().points().get(0).freshAccuracy(), alone.get(0).estimate().mean(), 1e-4);
        }
        assertTrue(SweepCurves.generalisation(runs).stream().allMatch(b -> b.seeds() == 4));
    }
}
