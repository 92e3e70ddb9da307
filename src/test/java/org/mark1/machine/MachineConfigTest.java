package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.io.InvalidValue;

class MachineConfigTest {

    @Test
    void theDefaultsAreTheMarkOnesWhereHistoryKnowsThem() {
        MachineConfig c = MachineConfig.defaults();
        assertEquals(20, c.rows());
        assertEquals(20, c.columns());
        assertEquals(512, c.associationUnits());
        assertEquals(40, c.maxFanOut());
        assertEquals(8, c.responseUnits());
    }

    @Test
    void everyParameterIsDocumentedInRecordOrder() {
        List<String> components = Arrays.stream(MachineConfig.class.getRecordComponents()).map(r -> r.getName()).toList();
        List<String> documented = MachineConfig.PARAMETERS.stream().map(MachineConfig.Parameter::name).toList();
        assertEquals(components, documented);
        assertTrue(MachineConfig.PARAMETERS.stream().allMatch(p -> !p.rationale().isBlank()));
    }

    @Test
    void impossibleMachinesAreRefusedNamingTheParameter() {
        assertEquals("rows", assertThrows(InvalidValue.class, () -> TestConfigs.with("rows", 0)).key());
        assertEquals("excitatory",
                assertThrows(InvalidValue.class, () -> TestConfigs.with("excitatory", 401)).key(),
                "more connections than photocells");
        assertEquals("inhibitory",
                assertThrows(InvalidValue.class, () -> TestConfigs.with("excitatory", 300, "inhibitory", 200)).key());
        assertEquals("aThreshold", assertThrows(InvalidValue.class, () -> TestConfigs.with("aThreshold", 0)).key());
        assertEquals("presentationMillis",
                assertThrows(InvalidValue.class, () -> TestConfigs.with("presentationMillis", 100)).key(),
                "the next card before the answer is impossible");
        assertEquals("associationUnits",
                assertThrows(InvalidValue.class, () -> TestConfigs.with("associationUnits", 10_000_000)).key());
    }

    @Test
    void defaultTimingLetsMotorsFinishBeforeTheNextStimulus() {
        MachineConfig c = MachineConfig.defaults();
        assertTrue(c.motorsFinishBeforeNextStimulus(c.stepsPerReinforcement()));
        assertTrue(!TestConfigs.with("motorStepMillis", 5000).motorsFinishBeforeNextStimulus(1));
    }
}
