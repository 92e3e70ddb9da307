package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.machine.Answer;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.ResponseMode;
import org.mark1.training.Presentation;

/** Exclusive R-units and drawn source sets, as a scenario and --set reach them. */
class ResponseModeTest {

    private static final String TWO_LAMPS = ScenarioLoaderTest.MINIMAL
            .replace("    shapes: [square]\n", "    shapes: [square]\n    lamps: [0]\n")
            .replace("    shapes: [circle]\n", "    shapes: [circle]\n    lamps: [1]\n");

    private static Scenario set(String yaml, String... assignments) {
        return ScenarioLoader.withSettings(ScenarioLoader.parse("s.yaml", yaml), List.of(assignments));
    }

    private static String refusal(String yaml, String... assignments) {
        String m = assertThrows(InputError.class, () -> set(yaml, assignments)).getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        return m;
    }

    @Test
    void exclusiveIsRefusedWhereItCannotServeTheScenarioNamingTheKeys() {
        String binary = refusal(TWO_LAMPS.replace("    lamps: [0]\n", "").replace("    lamps: [1]\n", "")
                .replace("classes:", "coding: binary\nclasses:"), "responseMode=exclusive");
        assertTrue(binary.contains("coding") && binary.contains("responseMode"), binary);
        String dark = refusal(TWO_LAMPS.replace("lamps: [1]", "lamps: []"), "responseMode=exclusive");
        assertTrue(dark.contains("lamps") && dark.contains("exactly one") && dark.contains("'round'"), dark);
        String both = refusal(TWO_LAMPS.replace("lamps: [1]", "lamps: [0, 1]"), "responseMode=exclusive");
        assertTrue(both.contains("lights 2 lamps"), both);
        for (String rule : new String[] {"gamma", "hebb", "lms", "sigmoid", "sigmoid-ce"}) {
            String m = refusal(TWO_LAMPS.replace("rule: error-correction", "rule: " + rule), "responseMode=exclusive");
            assertTrue(m.contains("rule") && m.contains("'" + rule + "' is not defined for machine.responseMode exclusive"), m);
        }
        String ideal = refusal(TWO_LAMPS.replace("  maxPasses: 5\n", "  maxPasses: 5\n  weights: ideal\n"),
                "responseMode=exclusive");
        assertTrue(ideal.contains("weights"), ideal);
        assertTrue(refusal(TWO_LAMPS, "responseMode=sideways").contains("responseMode"));
        assertEquals(ResponseMode.EXCLUSIVE, set(TWO_LAMPS, "responseMode=exclusive").machine().responseMode());
        assertEquals(ResponseMode.EXCLUSIVE, set(TWO_LAMPS.replace("rule: error-correction", "rule: forced"),
                "responseMode=exclusive").machine().responseMode());
    }

    @Test
    void sourceSetsThatDoNotFitAreRefusedNamingTheKey() {
        String m = refusal(TWO_LAMPS, "sourceSetSize=257");
        assertTrue(m.contains("sourceSetSize") && m.contains("514"), m);
        assertEquals(256, set(TWO_LAMPS, "sourceSetSize=256").machine().sourceSetSize());
        assertTrue(refusal(TWO_LAMPS, "sourceSetSize=-1").contains("sourceSetSize"));
    }

    @Test
    void aTrainedExclusiveMachineLightsOneLampAtMostAndIsRightExactlyWhenThatLampIsTheClasss() {
        for (long seed = 1; seed <= 3; seed++) {
            Scenario s = set(TWO_LAMPS.replace("maxPasses: 5", "maxPasses: 300"), "responseMode=exclusive",
                    "sourceSetSize=100").withSeed(seed);
            Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            LampCode code = LampCode.of(s);
            StimulusSet cards = StimulusSet.draw(s, code, 20, new RandomStreams(seed + 100).open(RandomStreams.Stream.FRESH_STIMULI));
            for (int i = 0; i < cards.size(); i++) {
                Presentation p = cards.presentations().get(i);
                Answer a = r.machine().answer(p.light());
                boolean[] lamps = a.lamps();
                int lit = (lamps[0] ? 1 : 0) + (lamps[1] ? 1 : 0);
                assertTrue(lit <= 1, "seed " + seed + " card " + i);
                assertEquals(code.decode(lamps) == cards.classes()[i], a.correct(p.wanted()));
            }
            assertTrue(r.summary().firstErrorFreePass() != null, "seed " + seed + ": learned within 300 passes");
            assertEquals(1.0, r.summary().trainAccuracy(), 1e-9, "after an error-free pass every training card is right");
            Experiment.Result again = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            assertEquals(r.errors(), again.errors(), "the same seed gives the same run");
            org.junit.jupiter.api.Assertions.assertArrayEquals(r.machine().pots().positions(), again.machine().pots().positions());
            assertEquals(r.summary().freshAnswers(), again.summary().freshAnswers());
        }
    }
}
