package org.mark1.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.learning.Rules;
import org.mark1.machine.MachineConfig;

public class ScenarioLoaderTest {

    public static final String MINIMAL = """
            name: t
            seed: 5
            stimuli:
              size: {min: 4, max: 8}
            classes:
              - name: square
                shapes: [square]
              - name: round
                shapes: [circle]
            training:
              rule: error-correction
              examplesPerClass: 10
              maxPasses: 5
            evaluation:
              freshPerClass: 10
            """;

    private static String error(String yaml) {
        return assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml", yaml)).getMessage();
    }

    @Test
    void theFlagshipLoadsOnTheDefaultMachine() {
        Scenario s = ScenarioLoader.builtIn("mark1-squares");
        assertEquals("mark1-squares", s.name());
        assertEquals(MachineConfig.defaults(), s.machine());
        assertEquals(Rules.ERROR_CORRECTION, s.training().rule());
        assertEquals(1, LampCode.of(s).lamps());
        assertEquals(s, ScenarioLoader.find("mark1-squares.yaml"));
    }

    @Test
    void aMinimalFileGetsTheDefaults() {
        Scenario s = ScenarioLoader.parse("s.yaml", MINIMAL);
        assertEquals(MachineConfig.defaults(), s.machine());
        assertEquals(Scenario.Coding.ONE_PER_CLASS, s.coding());
        assertEquals(Scenario.Order.SHUFFLED, s.training().order());
        assertEquals(2, LampCode.of(s).lamps());
    }

    @Test
    void machineOverridesChangeOnlyWhatTheyName() {
        Scenario s = ScenarioLoader.parse("s.yaml", MINIMAL + "machine:\n  aThreshold: 2\n  photocellNoise: 0.1\n");
        assertEquals(2, s.machine().aThreshold());
        assertEquals(0.1, s.machine().photocellNoise());
        assertEquals(MachineConfig.defaults().excitatory(), s.machine().excitatory());
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheAllowedKeys() {
        String m = error(MINIMAL.replace("  maxPasses: 5", "  maxPasses: 5\n  epochs: 3"));
        assertTrue(m.startsWith("s.yaml:14:3: training.epochs: unknown key; allowed keys here: examplesPerClass, gain, maxPasses, maxPresentations, order, rate, rule"), m);
    }

    @Test
    void anUnknownMachineParameterIsNamedWithItsLine() {
        String m = error(MINIMAL + "machine:\n  aUnits: 100\n");
        assertTrue(m.startsWith("s.yaml:17:3: machine.aUnits: unknown machine parameter; allowed: aThreshold, aUnitMillis, adaptiveThreshold"), m);
    }

    @Test
    void aWrongTypeIsNamedWithItsLine() {
        String m = error(MINIMAL.replace("seed: 5", "seed: five"));
        assertTrue(m.startsWith("s.yaml:2:1: seed:") && m.contains("a whole number"), m);
        String m2 = error(MINIMAL + "machine:\n  excitatory: 2.5\n");
        assertTrue(m2.startsWith("s.yaml:17:3: machine.excitatory:"), m2);
    }

    @Test
    void impossibleValuesAreRefusedWithTheirLineAndTheAllowedRange() {
        String noCells = error(MINIMAL + "machine:\n  rows: 0\n");
        assertEquals("s.yaml:17:3: machine.rows: 0 is impossible; allowed: 1 to 200", noCells);
        String tooMany = error(MINIMAL + "machine:\n  excitatory: 401\n");
        assertEquals("s.yaml:17:3: machine.excitatory: 401 is impossible; allowed: 1 to 400", tooMany);
        String tooBig = error(MINIMAL.replace("{min: 4, max: 8}", "{min: 4, max: 30}"));
        assertTrue(tooBig.startsWith("s.yaml:4:18: stimuli.size.max: 30.0 does not fit the 20 x 20 retina"), tooBig);
        String passes = error(MINIMAL.replace("maxPasses: 5", "maxPasses: 0"));
        assertTrue(passes.startsWith("s.yaml:13:3: training.maxPasses: 0 is impossible"), passes);
    }

    @Test
    void anUnknownRuleOrShapeListsTheAllowedValues() {
        String rule = error(MINIMAL.replace("rule: error-correction", "rule: backprop"));
        assertTrue(rule.startsWith("s.yaml:11:3: training.rule:") && rule.contains("error-correction, forced"), rule);
        String shape = error(MINIMAL.replace("shapes: [circle]", "shapes: [hexagon]"));
        assertTrue(shape.startsWith("s.yaml:9:14: classes[1].shapes[0]: 'hexagon' is not one of") && shape.contains("square, circle, triangle, diamond"), shape);
    }

    @Test
    void aMissingKeyIsNamed() {
        String m = error(MINIMAL.replace("seed: 5\n", ""));
        assertTrue(m.contains("missing key 'seed'"), m);
    }

    @Test
    void classesMustLightDifferentLampsWithinTheMachine() {
        String same = error(MINIMAL.replace("shapes: [square]", "shapes: [square]\n    lamps: [0]")
                .replace("shapes: [circle]", "shapes: [circle]\n    lamps: [0]"));
        assertTrue(same.contains("lights the same lamps"), same);
        String beyond = error(MINIMAL.replace("shapes: [square]", "shapes: [square]\n    lamps: [9]"));
        assertTrue(beyond.contains("need 10 lamps but the machine has 8"), beyond);
    }

    @Test
    void noTagMayConstructAnObject() {
        String m = error(MINIMAL.replace("name: t", "name: !!java.io.File [\"/etc/passwd\"]"));
        assertTrue(m.startsWith("s.yaml:1:") && m.contains("tag"), m);
    }

    @Test
    void aMissingFileOrUnknownNameIsOneLine() {
        String m = assertThrows(InputError.class, () -> ScenarioLoader.find("no-such-thing")).getMessage();
        assertTrue(m.startsWith("no-such-thing: no such scenario file") && m.contains("mark1-squares"), m);
    }
}
