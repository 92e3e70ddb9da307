package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.machine.MachineState;

/**
 * The hardware mode's remainders are learned state: a saved machine keeps them.
 * <ol>
 *   <li>An alpha-system run has none, and its state.json is as before (no remainder keys).</li>
 *   <li>An LMS run has some; they survive the file, and a run started from the state uses them.</li>
 * </ol>
 */
class RemaindersStateTest {

    private static Scenario scenario(String rule) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("rule: error-correction", "rule: " + rule));
    }

    @Test
    void wholeStepRulesSaveNoRemainders() {
        Experiment.Result r = Experiment.run(scenario("error-correction"), Experiment.Options.defaults(), Progress.NONE);
        assertNull(r.learned().potRemainders());
        assertFalse(MachineStateFile.write(r.learned()).contains("Remainders"));
        assertEquals(MachineState.of(r.machine()), r.learned());
    }

    @Test
    void fractionalRulesSaveTheirRemaindersAndALoadedMachineUsesThem() {
        Scenario s = scenario("lms");
        Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
        MachineState saved = r.learned();
        assertNotNull(saved.potRemainders());
        assertTrue(java.util.Arrays.stream(saved.potRemainders()).anyMatch(v -> v != 0));
        MachineState loaded = MachineStateFile.parse("state.json", MachineStateFile.write(saved), s.machine(), LampCode.of(s).lamps());
        assertEquals(saved, loaded);

        MachineState withoutRemainders = new MachineState(saved.endStop(), saved.thresholds(), saved.pots());
        MachineState a = Experiment.run(s, new Experiment.Options(null, loaded, null, Experiment.Engine.AUTO),
                Progress.NONE).learned();
        MachineState b = Experiment.run(s, new Experiment.Options(null, withoutRemainders, null, Experiment.Engine.AUTO),
                Progress.NONE).learned();
        assertFalse(java.util.Arrays.equals(a.potRemainders(), b.potRemainders()), "the saved remainders were taken up");
    }
}
