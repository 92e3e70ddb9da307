package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** A second course of training: it trains the same machine on other classes and tests the first ones again. */
class RetrainingTest {

    static final String RETRAINING = """
            retraining:
              classes:
                - name: tri
                  shapes: [triangle]
                - name: dia
                  shapes: [diamond]
              training:
                rule: error-correction
                examplesPerClass: 8
                maxPasses: 40
            """;

    private static Scenario scenario(long seed, String extra) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: " + seed)
                .replace("maxPasses: 5", "maxPasses: 40") + extra);
    }

    @Test
    void theFirstCourseIsUnchangedAndTheSecondIsMeasuredOnBothSets() {
        for (long seed = 1; seed <= 3; seed++) {
            Summary plain = Experiment.run(scenario(seed, ""), Experiment.Options.defaults(), Progress.NONE).summary();
            Experiment.Result r = Experiment.run(scenario(seed, RETRAINING), Experiment.Options.defaults(), Progress.NONE);
            Summary s = r.summary();
            assertEquals(plain.learningCurve(), s.learningCurve(), "the first course is the same");
            assertEquals(plain.trainAccuracy(), s.trainAccuracy());
            assertEquals(plain.freshAccuracy(), s.freshAccuracy());
            Summary.Retraining t = s.retraining();
            assertNotNull(t);
            assertEquals(16, t.trainingStimuli());
            assertTrue(t.presentations() > 0 && t.presentations() <= 16 * 40);
            if (t.firstErrorFreePass() != null) {
                assertEquals(1.0, t.trainAccuracy(), "an error-free pass leaves the second set learned");
            }
            assertTrue(t.firstTrainAccuracy() >= 0 && t.firstTrainAccuracy() <= 1);
            assertEquals(Math.round(t.firstTrainAccuracy() * 10000) / 100.0, SeedRow.of(s).retainedAccuracy());
        }
    }

    @Test
    void theEventsAndTheLoopRetrainAlike() {
        Scenario s = scenario(4, RETRAINING);
        Experiment.Result loop = Experiment.run(s, new Experiment.Options(null, null, null, Experiment.Engine.LOOP), Progress.NONE);
        Experiment.Result events = Experiment.run(s, new Experiment.Options(null, null, null, Experiment.Engine.EVENTS), Progress.NONE);
        assertEquals(Json.write(loop.summary().retraining()), Json.write(events.summary().retraining()));
        assertArrayEquals(loop.machine().pots().positions(), events.machine().pots().positions());
    }

    @Test
    void theSecondCourseMustFitTheFirst() {
        String lamps = assertThrows(InputError.class, () -> scenario(1, RETRAINING.replace("shapes: [diamond]",
                "shapes: [diamond]\n      lamps: [0, 1, 2]"))).getMessage();
        assertTrue(lamps.contains("retraining.classes: use 3 lamps but the first classes use 2"), lamps);
        String rule = assertThrows(InputError.class, () -> scenario(1, RETRAINING.replace("rule: error-correction\n    examples",
                "rule: forced\n    examples"))).getMessage();
        assertTrue(rule.contains("retraining.training.rule: must be the first course's rule"), rule);
        String key = assertThrows(InputError.class, () -> scenario(1, RETRAINING + "  passes: 3\n")).getMessage();
        assertTrue(key.contains("retraining.passes: unknown key; allowed keys here: classes, training"), key);
        String counts = assertThrows(InputError.class, () -> scenario(1, RETRAINING.replace("examplesPerClass: 8",
                "examplesPerClass: {tri: 3}"))).getMessage();
        assertTrue(counts.contains("gives no count for class 'dia'"), counts);
    }
}
