package org.mark1.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.stimulus.Figure;

/** {@code --set PATH=VALUE} reaches every key of a scenario and reports mistakes like the file does. */
class ScenarioSettingsTest {

    private static final Scenario BASE = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL);

    private static Scenario set(String... assignments) {
        return ScenarioLoader.withSettings(BASE, List.of(assignments));
    }

    private static String error(String... assignments) {
        return assertThrows(InputError.class, () -> set(assignments)).getMessage();
    }

    @Test
    void anyKeyByItsPathAndAMachineParameterAlone() {
        Scenario s = set("training.examplesPerClass=30", "machine.aThreshold=2", "photocellNoise=0.05",
                "classes.1.shapes=[diamond, circle]", "evaluation.every=20", "training.maxPresentations=45", "seeds=3");
        assertArrayEquals(new int[] {30, 30}, s.trainingCounts());
        assertEquals(2, s.machine().aThreshold());
        assertEquals(0.05, s.machine().photocellNoise());
        assertEquals(List.of(Figure.DIAMOND, Figure.CIRCLE), s.classes().get(1).shapes());
        assertEquals(20, s.evaluation().every());
        assertEquals(45, s.training().maxPresentations());
        assertEquals(3, s.seeds().size());
        assertEquals(BASE.stimuli(), s.stimuli());
        assertEquals(BASE.training().maxPasses(), s.training().maxPasses());
    }

    @Test
    void aMappingChangesOnlyTheKeysItNamesAndCountsMayBePerClass() {
        Scenario s = set("stimuli.size={max: 6}", "training.examplesPerClass={square: 5, round: 7}");
        assertEquals(4.0, s.stimuli().size().min());
        assertEquals(6.0, s.stimuli().size().max());
        assertArrayEquals(new int[] {5, 7}, s.trainingCounts());
    }

    @Test
    void settingsThatOnlyFitTogetherAreTakenTogether() {
        Scenario s = set("stimuli.size.min=10", "stimuli.size.max=12"); // min 10 > max 8 until the second is made
        assertEquals(10.0, s.stimuli().size().min());
        assertEquals(12.0, s.stimuli().size().max());
        String m = error("stimuli.size.max=12", "stimuli.size.min=13");
        assertEquals("--set:1:1: stimuli.size.max: 12.0 is impossible; allowed: 13.0 to 200.0", m, "named where the fault lies");
    }

    @Test
    void anUnknownPathNamesTheKeyAndWhatIsAllowedThere() {
        String m = error("training.epochs=3");
        assertTrue(m.startsWith("--set:1:1: training.epochs: 'epochs' is no key of training; allowed there: examplesPerClass, "
                + "gain, maxPasses, maxPresentations, order, rate, rule"), m);
        String top = error("speed=3");
        assertTrue(top.startsWith("--set:1:1: speed: unknown machine parameter or scenario key 'speed'; machine parameters: ")
                && top.contains("aThreshold") && top.contains("scenario keys: classes"), top);
        String list = error("classes.x.name=a");
        assertTrue(list.contains("classes is a list; write an index from 0"), list);
        String beyond = error("classes.5.name=a");
        assertTrue(beyond.contains("classes has no item 5; it has 2"), beyond);
        String whole = error("training.rule.x=1");
        assertTrue(whole.contains("training.rule takes a whole value"), whole);
    }

    @Test
    void aBadValueIsReportedAtItsAssignmentsNumber() {
        assertEquals("--set:1:1: machine.aThreshold: 0 is impossible; allowed: 1 to 5", error("aThreshold=0"));
        String second = error("aThreshold=2", "training.maxPasses=0");
        assertTrue(second.startsWith("--set:2:1: training.maxPasses: 0 is impossible"), second);
        String type = error("training.examplesPerClass=many");
        assertTrue(type.startsWith("--set:1:1: training.examplesPerClass: 'many' is neither a number"), type);
        String name = error("training.examplesPerClass={square: 5, roundish: 7}");
        assertTrue(name.startsWith("--set:1:1: training.examplesPerClass.roundish: no class is called 'roundish'"), name);
        String noEquals = error("aThreshold");
        assertTrue(noEquals.startsWith("--set aThreshold: write KEY=VALUE"), noEquals);
        String twice = error("training.maxPasses=9", "training.maxPasses=8");
        assertTrue(twice.startsWith("--set:2:1: training.maxPasses: the key 'training.maxPasses' appears twice"), twice);
    }
}
