package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 1943 neuron: all-or-none, threshold reached by counted endings, absolute inhibition, one delay per tick. */
class NeuronRuleTest {

    /** Three inputs onto C: A with {@code a} endings, B with {@code b} endings, and I inhibitory. */
    private static Net net(int a, int b, int threshold) {
        return new Net("t", "", List.of(Neuron.input("A", ""), Neuron.input("B", ""), Neuron.input("I", ""),
                Neuron.cell("C", threshold, "")),
                List.of(Synapse.excite("A", "C", a), Synapse.excite("B", "C", b), Synapse.inhibit("I", "C")));
    }

    @Test
    void aNeuronFiresWhenItsActiveEndingsReachTheThreshold() {
        SplittableRandom random = new SplittableRandom(1943);
        for (int trial = 0; trial < 500; trial++) {
            int a = 1 + random.nextInt(4);
            int b = 1 + random.nextInt(4);
            int threshold = 1 + random.nextInt(8);
            Net net = net(a, b, threshold);
            for (int pattern = 0; pattern < 8; pattern++) {
                boolean fa = (pattern & 1) != 0;
                boolean fb = (pattern & 2) != 0;
                boolean fi = (pattern & 4) != 0;
                Firings trace = Runs.run(net, 2, "A", fa ? "1" : "0", "B", fb ? "1" : "0", "I", fi ? "1" : "0");
                boolean expected = !fi && (fa ? a : 0) + (fb ? b : 0) >= threshold;
                assertEquals(expected, trace.fires("C", 1), "a=" + a + " b=" + b + " theta=" + threshold + " pattern=" + pattern);
                assertFalse(trace.fires("C", 0), "a neuron at rest does not fire at tick 0");
                assertFalse(trace.fires("C", 2), "the response lasts one tick: inputs were silent at tick 1");
            }
        }
    }

    @Test
    void oneInhibitoryEndingVetoesAnyExcitation() {
        Firings trace = Runs.run(net(50, 50, 1), 3, "A", "1 1 1", "B", "1 1 1", "I", "0 1 0");
        assertEquals("1 3", Runs.firings(trace, "C"));
    }

    @Test
    void thresholdMustBeAPositiveWholeNumber() {
        assertThrows(IllegalArgumentException.class, () -> Neuron.cell("C", 0, ""));
        assertThrows(IllegalArgumentException.class, () -> Neuron.cell("C", -1, ""));
        assertTrue(Neuron.cell("C", 1, "").threshold() == 1);
    }

    @Test
    void theStructureIsCheckedWhenTheNetIsMade() {
        List<Neuron> two = List.of(Neuron.input("A", ""), Neuron.cell("C", 1, ""));
        assertThrows(IllegalArgumentException.class, () -> new Net("t", "", two, List.of(Synapse.excite("A", "N9", 1))));
        assertThrows(IllegalArgumentException.class, () -> new Net("t", "", two, List.of(Synapse.excite("C", "A", 1))));
        assertThrows(IllegalArgumentException.class, () -> new Net("t", "", two,
                List.of(Synapse.excite("A", "C", 1), Synapse.inhibit("A", "C"))));
    }

    @Test
    void expressionWordsCannotNameANeuron() {
        assertThrows(IllegalArgumentException.class, () -> Neuron.input("and", ""));
        assertThrows(IllegalArgumentException.class, () -> Neuron.input("2x", ""));
    }

    @Test
    void aNeuronFiringAtTickZeroOnlyStaysOnThroughACircle() {
        Net net = new Net("t", "", List.of(new Neuron("Lone", false, 1, true, ""), new Neuron("Loop", false, 1, true, "")),
                List.of(Synapse.excite("Loop", "Loop", 1)));
        Firings trace = net.run(java.util.Map.of(), 50);
        assertEquals("0", Runs.firings(trace, "Lone"));
        assertEquals(51, Runs.firings(trace, "Loop").split(" ").length);
    }

    @Test
    void theSameRunGivesTheSameCsv() {
        Net net = net(1, 2, 2);
        String first = Runs.run(net, 6, "A", "1 0 1 1", "B", "0 1 1 0").csv();
        String second = Runs.run(net, 6, "A", "1 0 1 1", "B", "0 1 1 0").csv();
        assertEquals(first, second);
        assertTrue(first.startsWith("tick,A,B,I,C\n0,1,0,0,0\n1,0,1,0,0\n"), first);
    }
}
