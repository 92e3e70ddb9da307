package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** Names of any script; endings, thresholds and sizes bounded, with the allowed range in the message. */
class NetFileLimitsTest {

    private static InputError failure(String text) {
        return assertThrows(InputError.class, () -> NetFile.parse("net.yaml", text, "net"));
    }

    private static String tiny(String endings, String threshold) {
        return "neurons:\n  - {name: A, input: true}\n  - {name: B, input: true}\n  - {name: C, threshold: " + threshold + "}\n"
                + "synapses:\n  - {from: A, to: C, endings: " + endings + "}\n  - {from: B, to: C, endings: " + endings + "}\n";
    }

    @Test
    void endingsThatWouldOverflowASumAreRefusedWithTheirPlaceAndRange() {
        InputError e = failure(tiny("2000000000", "1"));
        assertEquals("net.yaml:6:22: synapses[0].endings: endings must be a whole number from 1 to 1000 (the excitatory"
                + " endings the synapse brings); got 2000000000", e.getMessage());
        InputError t = failure(tiny("1", "2000000000"));
        assertTrue(t.getMessage().startsWith("net.yaml:4:15: neurons[2].threshold: threshold must be a whole number from 1 to"
                + " 1000000"), t.getMessage());
    }

    @Test
    void theLargestSumsAllowedAreCountedExactly() {
        int synapses = 1000;
        List<Neuron> neurons = new ArrayList<>();
        List<Synapse> wiring = new ArrayList<>();
        for (int i = 0; i < synapses; i++) {
            neurons.add(Neuron.input("I" + i, ""));
            wiring.add(Synapse.excite("I" + i, "C", Synapse.MAX_ENDINGS));
        }
        neurons.add(Neuron.cell("C", Neuron.MAX_THRESHOLD, ""));
        Net net = new Net("big", "", neurons, wiring);
        boolean[] all = new boolean[neurons.size()];
        java.util.Arrays.fill(all, 0, synapses, true);
        assertTrue(net.next(all, all)[synapses], "1000 x 1000 endings reach 1,000,000");
        all[7] = false;
        assertFalse(net.next(all, all)[synapses], "999,000 endings do not");
    }

    @Test
    void namesMayBeWordsOfAnyScript() {
        String text = """
                name: тепловая-иллюзия
                neurons:
                  - {name: холод, input: true, note: рецептор холода}
                  - {name: тепло, threshold: 1}
                synapses:
                  - {from: холод, to: тепло}
                input:
                  холод: 0 1 0
                """;
        NetFile.Loaded loaded = NetFile.parse("net.yaml", text, "net");
        assertEquals("тепловая-иллюзия", loaded.net().name());
        assertEquals("2", Runs.firings(loaded.net().run(loaded.input(), 4), "тепло"));
        String written = NetFileWriter.format(loaded.net(), List.of(), loaded.input(), 4);
        assertTrue(written.contains("  - {name: холод, input: true, note: \"рецептор холода\"}"), written);
        assertEquals(loaded.net().neurons(), NetFile.parse("again.yaml", written, "again").net().neurons());
    }

    @Test
    void oneWordTypedTwoWaysIsOneName() {
        String text = "neurons:\n  - {name: \"caf\u00e9\", input: true}\n  - {name: X, threshold: 1}\n"
                + "synapses:\n  - {from: \"cafe\u0301\", to: X}\ninput:\n  \"cafe\u0301\": 1\n";
        NetFile.Loaded loaded = NetFile.parse("net.yaml", text, "net");
        assertEquals("1", Runs.firings(loaded.net().run(loaded.input(), 3), "X"));
    }

    @Test
    void whatIsUnsafeInANameOrANoteIsStillRefused() {
        Map<String, String> cases = Map.of(
                "name: ../../etc\nneurons:\n  - {name: A, input: true}\n", "net.yaml:1:1: name: '../../etc' is not a valid net name",
                "name: \"a b\"\nneurons:\n  - {name: A, input: true}\n", "net.yaml:1:1: name: 'a b' is not a valid net name",
                "neurons:\n  - {name: \"A/B\", input: true}\n", "net.yaml:2:6: neurons[0].name: 'A/B' is not a valid neuron name",
                "neurons:\n  - {name: \"A\\u0007\", input: true}\n", "net.yaml:2:6: neurons[0].name: 'A?' is not a valid neuron name",
                "neurons:\n  - {name: A, input: true, note: \"two\\nlines\"}\n", "net.yaml:2:28: neurons[0].note: a control character (U+000A)",
                "about: \"x\\ty\"\nneurons:\n  - {name: A, input: true}\n", "net.yaml:1:1: about: a control character (U+0009)",
                "neurons:\n  - {name: " + "N".repeat(65) + ", input: true}\n", "net.yaml:2:6: neurons[0].name: a neuron name of 65 characters; the limit is 64",
                "neurons:\n  - {name: no, input: true}\n", "net.yaml:2:6: neurons[0].name: a neuron name must be text, and YAML reads");
        List<String> wrong = new ArrayList<>();
        cases.forEach((text, start) -> {
            InputError e = failure(text);
            if (!e.getMessage().startsWith(start)) {
                wrong.add(start + " <> " + e.getMessage());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aNetFileWithoutANameTakesASafeOneFromTheFileName() {
        NetFile.Loaded loaded = NetFile.parse("my net.yaml", "neurons:\n  - {name: A, input: true}\n", "my net (2)");
        assertEquals("my_net__2_", loaded.net().name());
    }

    @Test
    void tooManyNeuronsOrTicksAreRefusedBeforeTheyAreBuilt() {
        StringBuilder big = new StringBuilder("neurons:\n");
        for (int i = 0; i <= NetFile.MAX_NEURONS; i++) {
            big.append("  - {name: N").append(i).append(", input: true}\n");
        }
        InputError e = failure(big.toString());
        assertTrue(e.getMessage().startsWith("net.yaml:1:1: neurons: 10001 neurons; the limit is 10000"), e.getMessage());
        InputError t = failure("neurons:\n  - {name: A, input: true}\ninput:\n  A: \"" + "1".repeat(Timeline.MAX_TICKS + 1) + "\"\n");
        assertTrue(t.getMessage().startsWith("net.yaml:4:3: input.A: timeline column 10001: more than 10000 ticks"), t.getMessage());
    }
}
