package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** The {@code --input} argument. */
class InputTimelinesTest {
    private final Net heat = ShippedNets.load("heat-illusion").net();

    @Test
    void readsNamedTimelinesWithOrWithoutSpaces() {
        Map<String, Timeline> t = InputTimelines.parse(List.of("N2: 0 1 0 0", "N1=0010; "), heat);
        assertEquals("0 1 0 0", t.get("N2").toString());
        assertEquals("0 0 1 0", t.get("N1").toString());
    }

    @Test
    void anUnknownNeuronIsNamedWithTheInputsThatExist() {
        InputError e = assertThrows(InputError.class, () -> InputTimelines.parse(List.of("N9: 0 1"), heat));
        assertEquals("--input 'N9: 0 1': heat-illusion has no neuron N9; its inputs are: N1, N2", e.getMessage());
    }

    @Test
    void aNeuronThatIsNotAnInputCannotBeDriven() {
        InputError e = assertThrows(InputError.class, () -> InputTimelines.parse(List.of("N3: 1"), heat));
        assertEquals("--input 'N3: 1': N3 is not an input of heat-illusion; its inputs are: N1, N2", e.getMessage());
    }

    @Test
    void aSymbolOtherThanZeroOrOneIsShownWithItsColumn() {
        InputError e = assertThrows(InputError.class, () -> InputTimelines.parse(List.of("N2: 0 1 2"), heat));
        assertEquals("--input 'N2: 0 1 2': column 9: '2' is not 0 or 1; write one 0 (silent) or 1 (fires) per tick, e.g. 0 1 0 0",
                e.getMessage());
        InputError second = assertThrows(InputError.class, () -> InputTimelines.parse(List.of("N1: 1; N2: 0x"), heat));
        assertEquals("--input 'N1: 1; N2: 0x': column 13: 'x' is not 0 or 1; write one 0 (silent) or 1 (fires) per tick, e.g. 0 1 0 0",
                second.getMessage());
    }

    @Test
    void aTimelineWithoutAName() {
        assertThrows(InputError.class, () -> InputTimelines.parse(List.of("0 1 0"), heat));
        assertThrows(InputError.class, () -> InputTimelines.parse(List.of("N1: 1", "N1: 0"), heat));
    }
}
