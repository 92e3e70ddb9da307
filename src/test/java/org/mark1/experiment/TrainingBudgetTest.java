package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** Budgets in presentations, class counts, and fresh accuracy measured during training. */
class TrainingBudgetTest {

    private static Scenario scenario(String... replacements) {
        String yaml = ScenarioLoaderTest.MINIMAL.replace("maxPasses: 5", "maxPasses: 60");
        for (int i = 0; i < replacements.length; i += 2) {
            yaml = yaml.replace(replacements[i], replacements[i + 1]);
        }
        return ScenarioLoader.parse("s.yaml", yaml);
    }

    private static Summary run(Scenario s) {
        return Experiment.run(s, Experiment.Options.defaults(), Progress.NONE).summary();
    }

    @Test
    void aBudgetInPresentationsEndsTrainingPartWayThroughAPass() {
        for (int budget : new int[] {1, 7, 20, 33}) {
            Summary s = run(scenario("maxPasses: 60", "maxPasses: 60\n  maxPresentations: " + budget));
            assertEquals(budget, s.presentations());
            assertEquals((budget + 19) / 20, s.passes(), "a part-way pass counts as a pass made");
            if (budget % 20 != 0) {
                assertTrue(s.firstErrorFreePass() == null || s.firstErrorFreePass() <= budget / 20,
                        "a part-way pass is never error-free");
            }
        }
        Summary onlyCount = run(scenario("maxPasses: 60", "maxPresentations: 30"));
        assertEquals(30, onlyCount.presentations());
    }

    @Test
    void withoutTheNewKeysARunIsUnchanged() {
        Scenario plain = scenario();
        Scenario budgeted = scenario("maxPasses: 60", "maxPasses: 60\n  maxPresentations: 1200");
        assertEquals(Json.write(run(plain)), Json.write(run(budgeted)), "a budget never reached changes nothing");
    }

    @Test
    void classCountsMayBeGivenPerClass() {
        Scenario s = scenario("examplesPerClass: 10", "examplesPerClass: {square: 4, round: 11}");
        assertArrayEquals(new int[] {4, 11}, s.trainingCounts());
        assertEquals(15, run(s).trainingStimuli());
        String unknown = assertThrows(InputError.class, () -> scenario("examplesPerClass: 10",
                "examplesPerClass: {square: 4, ring: 11}")).getMessage();
        assertTrue(unknown.startsWith("s.yaml:12:") && unknown.contains("training.examplesPerClass.ring: no class is called 'ring'"),
                unknown);
        String missing = assertThrows(InputError.class, () -> scenario("examplesPerClass: 10",
                "examplesPerClass: {square: 4}")).getMessage();
        assertTrue(missing.contains("gives no count for class 'round'"), missing);
    }

    @Test
    void freshAccuracyIsMeasuredEveryNPresentationsWithoutChangingTheTraining() {
        Scenario plain = scenario();
        Scenario measured = scenario("freshPerClass: 10", "freshPerClass: 10\n  every: 15");
        Experiment.Result a = Experiment.run(plain, Experiment.Options.defaults(), Progress.NONE);
        Experiment.Result b = Experiment.run(measured, Experiment.Options.defaults(), Progress.NONE);
        assertEquals(a.errors(), b.errors(), "measuring does not move a pot");
        assertArrayEquals(a.machine().pots().positions(), b.machine().pots().positions());
        assertNull(a.summary().generalisation());
        Summary.Generalisation g = b.summary().generalisation();
        assertNotNull(g);
        List<Summary.Point> points = g.points();
        assertEquals(0, points.get(0).presentations());
        for (int i = 1; i < points.size() - 1; i++) {
            assertEquals(15 * i, points.get(i).presentations());
        }
        Summary.Point last = points.get(points.size() - 1);
        assertEquals(b.summary().presentations(), last.presentations());
        assertEquals(b.summary().freshAccuracy(), last.freshAccuracy());
        for (Summary.Point p : points) {
            assertTrue(p.freshAccuracy() >= 0 && p.freshAccuracy() <= 1);
        }
    }

    @Test
    void impossibleBudgetsAreRefusedWithTheirKey() {
        String none = assertThrows(InputError.class, () -> scenario("  maxPasses: 60\n", "")).getMessage();
        assertTrue(none.contains("training.maxPasses: is missing; give maxPasses, maxPresentations or both"), none);
        String every = assertThrows(InputError.class, () -> scenario("freshPerClass: 10", "freshPerClass: 0\n  every: 5"))
                .getMessage();
        assertTrue(every.contains("evaluation.every: needs fresh stimuli"), every);
        String tooMany = assertThrows(InputError.class, () -> scenario("examplesPerClass: 10", "examplesPerClass: 1000",
                "maxPasses: 60", "maxPasses: 100000")).getMessage();
        assertTrue(tooMany.contains("training.maxPasses: 100000 passes over 2000 training stimuli plan 200000000 presentations"),
                tooMany);
    }
}
