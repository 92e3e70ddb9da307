package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mark1.io.InputError;

/** Reading the net file, and the one-line message that each mistake in it gets. */
class NetFileTest {
    private static final String GOOD = """
            name: tiny
            neurons:
              - {name: N1, input: true}
              - {name: N2, threshold: 1}
            synapses:
              - {from: N1, to: N2}
            input:
              N1: 0 1 1
            steps: 5
            """;

    private static InputError failure(String text) {
        return assertThrows(InputError.class, () -> NetFile.parse("net.yaml", text, "net"));
    }

    @Test
    void readsANetItsInputAndItsSteps() {
        NetFile.Loaded loaded = NetFile.parse("net.yaml", GOOD, "net");
        assertEquals("tiny", loaded.net().name());
        assertEquals(5, loaded.steps());
        assertEquals("2 3", Runs.firings(loaded.net().run(loaded.input(), loaded.steps()), "N2"));
    }

    @Test
    void aSynapseToAnUndeclaredNeuronNamesItsLineAndColumn() {
        InputError e = failure(GOOD.replace("to: N2}", "to: N9}"));
        assertTrue(e.getMessage().startsWith("net.yaml:6:16: synapses[0].to: no neuron named N9;"), e.getMessage());
    }

    @Test
    void aSynapseFromAnUndeclaredNeuronIsRefused() {
        InputError e = failure(GOOD.replace("{from: N1, to: N2}", "{from: Nx, to: N2}"));
        assertTrue(e.getMessage().startsWith("net.yaml:6:6: synapses[0].from: no neuron named Nx"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "two", "99999999999"})
    void aThresholdThatIsNotAPositiveWholeNumberIsRefusedAtItsPlace(String threshold) {
        InputError e = failure(GOOD.replace("threshold: 1", "threshold: " + threshold));
        assertTrue(e.getMessage().startsWith("net.yaml:4:16: neurons[1].threshold: threshold must be a whole number from 1 to 1000000"), e.getMessage());
        assertTrue(e.getMessage().endsWith("got " + threshold), e.getMessage());
    }

    @Test
    void aSynapseWithoutATargetIsRefused() {
        InputError e = failure(GOOD.replace("{from: N1, to: N2}", "{from: N1}"));
        assertTrue(e.getMessage().startsWith("net.yaml:6:5: synapses[0]: synapse without 'to'"), e.getMessage());
    }

    @Test
    void otherMistakesEachGetOneLineAtTheirPlace() {
        Map<String, String> cases = Map.of(
                GOOD.replace("{name: N2, threshold: 1}", "{name: N1, threshold: 1}"), "net.yaml:4:6: neurons[1].name: a second neuron named N1",
                GOOD.replace("{name: N2, threshold: 1}", "{name: N2}"), "net.yaml:4:5: neurons[1]: neuron N2 has no threshold",
                GOOD.replace("{from: N1, to: N2}", "{from: N2, to: N1}"), "net.yaml:6:16: synapses[0].to: N1 is an input",
                GOOD.replace("to: N2}", "to: N2, inhibitory: true, endings: 2}"), "net.yaml:6:42: synapses[0].endings: an inhibitory synapse",
                GOOD.replace("to: N2}", "to: N2, endings: 0}"), "net.yaml:6:24: synapses[0].endings: endings must be a whole number from 1 to 1000",
                GOOD.replace("to: N2}", "to: N2, weight: 2}"), "net.yaml:6:24: synapses[0].weight: unknown key; allowed keys here: endings, from, inhibitory, to",
                GOOD.replace("N1: 0 1 1", "N1: 0 1 2"), "net.yaml:8:3: input.N1: timeline column 5: '2' is not 0 or 1",
                GOOD.replace("N1: 0 1 1", "N2: 0 1 1"), "net.yaml:8:3: input.N2: N2 is not an input",
                GOOD.replace("steps: 5", "steps: 0"), "net.yaml:9:1: steps: 0 is impossible",
                GOOD.replace("{name: N2, threshold: 1}", "{name: not, threshold: 1}"), "net.yaml:4:6: neurons[1].name: 'not' is a word of the expression language");
        cases.forEach((text, start) -> {
            InputError e = failure(text);
            assertTrue(e.getMessage().startsWith(start), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"));
        });
    }

    @Test
    void aNameThatYamlReadsAsTrueOrFalseMustBeQuoted() {
        InputError e = failure(GOOD.replace("{name: N2, threshold: 1}", "{name: ON, threshold: 1}"));
        assertTrue(e.getMessage().startsWith("net.yaml:4:6: neurons[1].name: a neuron name must be text, and YAML reads true as true or false"),
                e.getMessage());
        assertEquals("ON", NetFile.parse("q.yaml", GOOD.replace("N2", "\"ON\""), "q").net().neurons().get(1).name());
        InputError list = failure("- a\n- b\n");
        assertTrue(list.getMessage().startsWith("net.yaml:1:1: a net file is a mapping"), list.getMessage());
    }

    @Test
    void aWrittenNetReadsBackAsTheSameNet() {
        Net net = new Net("round-trip", "a: \"quoted\" # note", List.of(Neuron.input("N1", "receptor: cold"),
                Neuron.input("Y", ""), new Neuron("On", false, 1, true, ""), Neuron.cell("N2", 3, "")),
                List.of(Synapse.excite("N1", "N2", 2), Synapse.inhibit("Y", "N2"), Synapse.excite("On", "On", 1), Synapse.excite("On", "N2", 1)));
        String text = NetFileWriter.format(net, List.of("header"), Map.of("N1", Timeline.parse("0 1 1", 1)), 9);
        NetFile.Loaded back = NetFile.parse("back.yaml", text, "x");
        assertEquals(net.neurons(), back.net().neurons());
        assertEquals(net.synapses(), back.net().synapses());
        assertEquals(net.about(), back.net().about());
        assertEquals("0 1 1", back.input().get("N1").toString());
        assertEquals(text, NetFileWriter.format(back.net(), List.of("header"), back.input(), back.steps()));
    }
}
