package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** The check says exactly what it did, and "that settles it" only when it does. */
class RealizationCheckTest {
    private static final String HEAT = "N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))";
    private static final String FIVE = "X(t) = A(t-1) or B(t-3) and (C(t-2) or not D(t-4)) and E(t-5)";

    private static Definition def(String text) {
        return ExpressionParser.parse(text);
    }

    @Test
    void aSmallExpressionIsSettledOnEverySequenceOfItsDepth() {
        Definition d = def(HEAT);
        RealizationCheck.RealizationVerdict r = RealizationCheck.chosen(NetCompiler.compile(d), d);
        assertTrue(r.agrees() && r.complete(), r.summary());
        assertEquals(3, r.length());
        assertEquals(64, r.sequences());
        assertEquals(0, r.randomCount());
        assertEquals("checked against the expression on all 2^6 = 64 input sequences of 3 ticks, at every tick: agree;"
                + " that settles it: the net has no circle, and neither it nor the expression looks back more than 3 ticks",
                r.summary());
    }

    @Test
    void aLargerExpressionIsCheckedAsFarAsFeasibleThenOnRandomSequencesAndSaysSo() {
        Definition d = def(FIVE);
        RealizationCheck.RealizationVerdict r = RealizationCheck.chosen(NetCompiler.compile(d), d);
        assertTrue(r.agrees(), r.summary());
        assertFalse(r.complete());
        assertEquals(4, r.length(), "5 inputs x 4 ticks = 2^20 sequences, the most tried exhaustively");
        assertEquals(RealizationCheck.RANDOM_SEQUENCES, r.randomCount());
        assertEquals(10, r.randomLength());
        assertEquals("checked against the expression on all 2^20 = 1048576 input sequences of 4 ticks and on 20000 random"
                + " input sequences of 10 ticks (seed 1943), at every tick: agree; not a proof: every sequence of 5 ticks"
                + " would be 2^25 sequences", r.summary());
        assertEquals(r, RealizationCheck.chosen(NetCompiler.compile(d), d), "seeded: the same check twice");
    }

    @Test
    void theRandomSequencesReachWhatTheShortExhaustivePartCannot() {
        Net net = NetCompiler.compile(def(FIVE));
        // Differs from FIVE only when all five inputs fired five ticks ago: invisible within 4 ticks.
        Definition other = def(FIVE + " or (A(t-5) and B(t-5) and C(t-5) and D(t-5) and E(t-5) and not A(t-1))");
        RealizationCheck.RealizationVerdict r = RealizationCheck.chosen(net, other);
        assertFalse(r.agrees(), r.summary());
        assertTrue(r.summary().startsWith("DISAGREES with the expression on A:"), r.summary());
        assertTrue(RealizationCheck.exhaustive(net, other, 4).agrees(), "the exhaustive part alone misses it");
    }

    @Test
    void aCheckShorterThanTheDepthIsReportedAsIncomplete() {
        Definition d = def("X(t) = A(t-1) and B(t-4)");
        RealizationCheck.RealizationVerdict r = RealizationCheck.exhaustive(NetCompiler.compile(d), d, 2);
        assertTrue(r.agrees());
        assertFalse(r.complete());
        assertTrue(r.summary().endsWith("NOT a complete check: the answer can depend on 4 ticks and these sequences have 2"
                + " (leave out --check-length to check enough)"), r.summary());
    }

    @Test
    void anExhaustiveCheckTooBigToTryOrOfAnImpossibleLengthIsRefused() {
        Definition d = def("X(t) = A(t-1) and B(t-2)");
        Net net = NetCompiler.compile(d);
        InputError big = assertThrows(InputError.class, () -> RealizationCheck.exhaustive(net, d, 11));
        assertTrue(big.getMessage().startsWith("--check-length 11: every sequence of 11 ticks over 2 inputs is 2^22 sequences,"
                + " too many to try; at most 10 here"), big.getMessage());
        for (int length : new int[] {-1, 0, 65, Integer.MAX_VALUE}) {
            InputError e = assertThrows(InputError.class, () -> RealizationCheck.exhaustive(net, d, length));
            assertTrue(e.getMessage().startsWith("--check-length " + length + " is impossible; allowed: 1 to 64"), e.getMessage());
        }
    }

    @Test
    void aNetWithACircleIsNeverSaidToBeSettled() {
        Net net = new Net("c", "", List.of(Neuron.input("A", ""), Neuron.cell("L", 1, ""), Neuron.cell("O", 1, "")),
                List.of(Synapse.excite("A", "O", 1), Synapse.excite("L", "L", 1), Synapse.excite("L", "O", 1)));
        RealizationCheck.RealizationVerdict r = RealizationCheck.chosen(net, def("O(t) = A(t-1)"));
        assertTrue(r.agrees(), r.summary());
        assertFalse(r.complete());
        assertTrue(r.summary().endsWith("not a proof: the net has a circle or a neuron firing at tick 0, so its activity may"
                + " outlast any window"), r.summary());
    }

    @Test
    void theHorizonIsTheLongestPathFromAnInputOrMinusOneThroughACircle() {
        assertEquals(1, NetShape.horizon(ShippedNets.load("delay").net(), "N2"));
        assertEquals(3, NetShape.horizon(ShippedNets.load("heat-illusion").net(), "N3"));
        assertEquals(2, NetShape.horizon(ShippedNets.load("heat-illusion").net(), "N4"));
        assertEquals(-1, NetShape.horizon(ShippedNets.load("memory-loop").net(), "M"));
        assertEquals(-1, NetShape.horizon(ShippedNets.load("gate-nor").net(), "Out"), "the tonic neuron fires at tick 0");
    }

    /**
     * The law behind "that settles it": on random expressions and on nets damaged at random (a
     * threshold moved, a synapse dropped or turned inhibitory), a complete check agrees exactly when
     * long random runs agree.
     */
    @Test
    void aCompleteCheckAgreesExactlyWhenLongRandomRunsAgree() {
        RandomExpressions expressions = new RandomExpressions(1960, 3, "A", "B");
        SplittableRandom random = new SplittableRandom(1957);
        int compared = 0;
        int caught = 0;
        for (int i = 0; i < 300 && compared < 120; i++) {
            Definition d = new Definition("Out", expressions.next(4));
            Net net;
            try {
                net = NetCompiler.compile(d);
            } catch (InputError refused) {
                continue;
            }
            Net damaged = random.nextBoolean() ? net : damage(net, random);
            RealizationCheck.RealizationVerdict r = RealizationCheck.chosen(damaged, d);
            if (!r.complete()) {
                continue;
            }
            boolean runsAgree = agreeOnLongRuns(damaged, d, expressions.sequences(60, 3 * r.needed() + 4));
            assertEquals(runsAgree, r.agrees(), d.text() + ": " + r.summary());
            compared++;
            caught += r.agrees() ? 0 : 1;
        }
        assertTrue(compared >= 100 && caught >= 10, compared + " compared, " + caught + " damaged nets caught");
    }

    private static Net damage(Net net, SplittableRandom random) {
        List<Neuron> neurons = new ArrayList<>(net.neurons());
        List<Synapse> synapses = new ArrayList<>(net.synapses());
        int what = random.nextInt(3);
        if (what == 0 || synapses.isEmpty()) {
            int i = net.indexOf(net.name()); // the output neuron bears the net's name
            Neuron n = neurons.get(i);
            neurons.set(i, Neuron.cell(n.name(), Math.max(1, n.threshold() + (random.nextBoolean() ? 1 : -1)), n.note()));
        } else {
            int s = random.nextInt(synapses.size());
            Synapse old = synapses.remove(s);
            if (what == 2 && !old.inhibitory()) {
                synapses.add(s, Synapse.inhibit(old.from(), old.to()));
            }
        }
        return new Net(net.name(), net.about(), neurons, synapses);
    }

    private static boolean agreeOnLongRuns(Net net, Definition d, boolean[][] rows) {
        List<String> inputs = RealizationCheck.inputs(d);
        int length = rows[0].length;
        for (int s = 0; s + inputs.size() <= rows.length; s += inputs.size()) {
            Map<String, Timeline> stimulus = new HashMap<>();
            Map<String, boolean[]> raw = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                stimulus.put(inputs.get(i), Timeline.of(rows[s + i]));
                raw.put(inputs.get(i), rows[s + i]);
            }
            Firings trace = net.run(stimulus, length);
            for (int t = 0; t <= length; t++) {
                int now = t;
                boolean expected = d.expression().holds(a -> {
                    int tick = now - a.delay();
                    return tick >= 0 && tick < length && raw.get(a.neuron())[tick];
                });
                if (expected != trace.fires(d.output(), t)) {
                    return false;
                }
            }
        }
        return true;
    }
}
