package org.mark1.experiment;

import org.mark1.io.Json;
import org.mark1.report.RunWriter;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;

/** The rule and weight mode a scenario names, and what the manifest keeps of them. */
class RuleChoiceTest {

    private static String scenario(String training) {
        return """
                name: rules
                seed: 3
                machine: {}
                stimuli:
                  size: {min: 5, max: 9}
                classes:
                  - {name: square, shapes: [square]}
                  - {name: other, shapes: [circle]}
                training:
                """ + training + """
                  examplesPerClass: 6
                  maxPasses: 3
                evaluation:
                  freshPerClass: 4
                """;
    }

    @Test
    void everyRuleIsNamedAndRunsOnTheMachine() {
        for (Rules r : Rules.values()) {
            String weights = r.singleUnit() ? "" : "  weights: ideal\n";
            Scenario s = ScenarioLoader.parse("t.yaml", scenario("  rule: " + r.id() + "\n" + weights));
            assertEquals(r, s.training().rule());
            Experiment.Result result = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            assertEquals(r.id(), result.summary().rule());
            assertTrue(result.summary().presentations() >= 12);
        }
    }

    @Test
    void theWeightModeIsHardwareUnlessNamedAndTheManifestOnlyMentionsIdeal() {
        Scenario hardware = ScenarioLoader.parse("t.yaml", scenario("  rule: lms\n"));
        Scenario ideal = ScenarioLoader.parse("t.yaml", scenario("  rule: lms\n  weights: ideal\n"));
        assertEquals(WeightMode.HARDWARE, hardware.training().weightMode());
        assertEquals(WeightMode.IDEAL, ideal.training().weightMode());
        String a = Json.write(RunWriter.manifest(hardware, null, null, false));
        String b = Json.write(RunWriter.manifest(ideal, null, null, false));
        assertTrue(!a.contains("\"weights\""), "a hardware scenario's manifest is as before");
        assertTrue(b.contains("\"weights\" : \"ideal\""), b);
    }

    @Test
    void eachModeSavesWhatItLearned(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (String training : new String[] {"  rule: lms\n", "  rule: lms\n  weights: ideal\n"}) {
            Scenario s = ScenarioLoader.parse("t.yaml", scenario(training));
            Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            java.nio.file.Path out = dir.resolve(s.training().weightMode().id());
            RunWriter.write(out, RunWriter.manifest(s, null, null, false), r);
            boolean ideal = s.training().weightMode() == WeightMode.IDEAL;
            String state = java.nio.file.Files.readString(out.resolve(RunWriter.STATE));
            assertEquals(ideal, state.contains("\"weightMode\" : \"ideal\""), training);
            assertEquals(!ideal, state.contains("\"pots\""), "real weights are never written as pots: " + training);
            assertEquals(ideal, r.learned().isIdeal());
        }
    }

    @Test
    void aNetworkNeedsIdealWeights() {
        InputError e = assertThrows(InputError.class, () -> ScenarioLoader.parse("t.yaml", scenario("  rule: mlp\n")));
        assertTrue(e.getMessage().contains("weights: ideal"), e.getMessage());
        InputError bad = assertThrows(InputError.class,
                () -> ScenarioLoader.parse("t.yaml", scenario("  rule: lms\n  weights: analogue\n")));
        assertTrue(bad.getMessage().contains("t.yaml"), bad.getMessage());
    }

    @Test
    void idealWeightsLeaveNoTimelineToTrace() {
        Scenario ideal = ScenarioLoader.parse("t.yaml", scenario("  rule: lms\n  weights: ideal\n"));
        Experiment.Options traced = new Experiment.Options(null, null, e -> { }, Experiment.Engine.AUTO);
        InputError e = assertThrows(InputError.class, () -> Experiment.run(ideal, traced, Progress.NONE));
        assertTrue(e.getMessage().contains("weights: hardware"), e.getMessage());
    }
}
