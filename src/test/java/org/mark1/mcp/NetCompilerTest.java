package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** The compiler from expressions to nets (McCulloch & Pitts 1943, Theorems II and III). */
class NetCompilerTest {

    private static Net compile(String text) {
        return NetCompiler.compile(ExpressionParser.parse(text));
    }

    @Test
    void theHeatFormulaCompilesToThePapersNet() {
        Net net = compile("N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))");
        assertEquals(List.of("N1", "N2", "N2_d1", "T1", "N3"), net.neurons().stream().map(Neuron::name).toList());
        assertEquals(List.of(Synapse.excite("N2", "N2_d1", 1), Synapse.excite("N2_d1", "T1", 1), Synapse.inhibit("N2", "T1"),
                Synapse.excite("N1", "N3", 1), Synapse.excite("T1", "N3", 1)), net.synapses());
        Net cold = compile("N4(t) = N2(t-2) and N2(t-1)");
        assertEquals(2, cold.neurons().get(cold.indexOf("N4")).threshold());
    }

    @Test
    void anExpressionTrueWhenEveryInputIsSilentHasNoNet() {
        for (String text : List.of("X(t) = not N1(t-1)", "X(t) = N1(t-1) or not N2(t-3)", "X(t) = not (A(t-1) and B(t-2))")) {
            InputError e = assertThrows(InputError.class, () -> compile(text));
            assertTrue(e.getMessage().contains("holds when every input has been silent"), e.getMessage());
            assertTrue(e.getMessage().contains("Theorem III"), e.getMessage());
        }
    }

    @Test
    void exclusiveOrNeedsOneMoreTickThanItsAtomsGiveIt() {
        InputError e = assertThrows(InputError.class,
                () -> compile("X(t) = (A(t-1) and not B(t-1)) or (B(t-1) and not A(t-1))"));
        assertTrue(e.getMessage().endsWith("one tick later it has a net: 'X(t) = (A(t-2) and not B(t-2)) or (B(t-2) and not A(t-2))'"),
                e.getMessage());
        Net net = compile("X(t) = (A(t-2) and not B(t-2)) or (B(t-2) and not A(t-2))");
        assertTrue(RealizationCheck.exhaustive(net, ExpressionParser.parse("X(t) = (A(t-2) and not B(t-2)) or (B(t-2) and not A(t-2))"), 5).agrees());
    }

    /**
     * For functions of A(t-1) and B(t-1) alone, the compiler must succeed exactly when one neuron
     * computes the function, which we find here by brute force.
     */
    @Test
    void withAtomsAtOneDelayOnlyItSucceedsExactlyWhenOneNeuronSuffices() {
        int built = 0;
        for (int table = 0; table < 16; table++) {
            if ((table & 1) != 0) {
                continue; // true on 00: Theorem III, tested above
            }
            Expr e = null;
            for (int row = 1; row < 4; row++) {
                if ((table >> row & 1) != 0) {
                    Expr a = new Expr.Atom("A", 1);
                    Expr b = new Expr.Atom("B", 1);
                    Expr term = new Expr.And((row & 2) != 0 ? a : new Expr.Not(a), (row & 1) != 0 ? b : new Expr.Not(b));
                    e = e == null ? term : new Expr.Or(e, term);
                }
            }
            Definition d = new Definition("X", e == null ? new Expr.And(new Expr.Atom("A", 1), new Expr.Not(new Expr.Atom("A", 1))) : e);
            boolean single = oneNeuronComputes(table);
            boolean compiled;
            try {
                Net net = NetCompiler.compile(d);
                assertTrue(RealizationCheck.exhaustive(net, d, 3).agrees());
                compiled = true;
                built++;
            } catch (InputError refused) {
                compiled = false;
            }
            assertEquals(single, compiled, "table " + Integer.toBinaryString(table));
        }
        assertEquals(7, built, "all but XOR of the 8 functions false on 00");
    }

    private static boolean oneNeuronComputes(int table) {
        for (int inhibit = 0; inhibit < 4; inhibit++) {
            for (int wa = 0; wa <= 4; wa++) {
                for (int wb = 0; wb <= 4; wb++) {
                    for (int theta = 1; theta <= 9; theta++) {
                        boolean all = true;
                        for (int row = 0; row < 4; row++) {
                            boolean fires = (row & inhibit) == 0 && ((row & 1) != 0 ? wb : 0) + ((row & 2) != 0 ? wa : 0) >= theta;
                            all &= fires == ((table >> row & 1) != 0);
                        }
                        if (all) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The property: on many random expressions, the compiled net, simulated on its own, fires
     * exactly when the expression, evaluated on its own, holds. Expressions refused for their
     * delays must compile one tick later.
     */
    @Test
    void compiledNetsAgreeWithTheirExpressionsOnRandomInputs() {
        RandomExpressions random = new RandomExpressions(1943, 3, "A", "B", "C");
        Map<String, Integer> outcomes = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Definition d = new Definition("Out", random.next(4));
            if (d.expression().holds(a -> false)) {
                assertThrows(InputError.class, () -> NetCompiler.compile(d));
                outcomes.merge("theorem III", 1, Integer::sum);
                continue;
            }
            Definition built = d;
            Net net;
            try {
                net = NetCompiler.compile(d);
                outcomes.merge("exact", 1, Integer::sum);
            } catch (InputError e) {
                assertTrue(e.getMessage().contains("with exactly these delays"), e.getMessage());
                built = d.later(1);
                net = NetCompiler.compile(built);
                outcomes.merge("one tick later", 1, Integer::sum);
            }
            agreeOnRandomSequences(net, built, random.sequences(20, 12));
        }
        assertTrue(outcomes.getOrDefault("exact", 0) > 150, outcomes.toString());
        assertTrue(outcomes.getOrDefault("one tick later", 0) > 10, outcomes.toString());
        assertTrue(outcomes.getOrDefault("theorem III", 0) > 30, outcomes.toString());
    }

    private static void agreeOnRandomSequences(Net net, Definition d, boolean[][] rows) {
        List<String> inputs = net.inputs().stream().map(Neuron::name).toList();
        for (int s = 0; s + inputs.size() <= rows.length; s += inputs.size()) {
            Map<String, Timeline> stimulus = new HashMap<>();
            Map<String, boolean[]> raw = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                stimulus.put(inputs.get(i), Timeline.of(rows[s + i]));
                raw.put(inputs.get(i), rows[s + i]);
            }
            Firings trace = net.run(stimulus, 14);
            for (int t = 0; t <= 14; t++) {
                int now = t;
                boolean expected = d.expression().holds(a -> {
                    int tick = now - a.delay();
                    boolean[] ticks = raw.get(a.neuron());
                    return tick >= 0 && tick < ticks.length && ticks[tick];
                });
                assertEquals(expected, trace.fires(d.output(), t), d.text() + " at tick " + t);
            }
        }
    }

    @Test
    void theOutputMustNotAlsoBeAnInput() {
        InputError e = assertThrows(InputError.class, () -> compile("N1(t) = N1(t-1) and N2(t-1)"));
        assertTrue(e.getMessage().contains("both the output and an input"), e.getMessage());
    }

    @Test
    void aContradictionGivesAnOutputThatNeverFires() {
        Net net = compile("X(t) = A(t-1) and not A(t-1)");
        assertEquals(List.of(), net.synapses());
    }

    @Test
    void theExhaustiveCheckCatchesAWrongNet() {
        Definition d = ExpressionParser.parse("N3(t) = N1(t-1) or N2(t-1)");
        Net and = ShippedNets.load("conjunction").net();
        RealizationCheck.RealizationVerdict r = RealizationCheck.exhaustive(and, d, 3);
        assertTrue(!r.agrees() && r.summary().startsWith("DISAGREES"), r.summary());
        assertEquals("checked against the expression on all 2^6 = 64 input sequences of 3 ticks, at every tick: agree;"
                + " that settles it: the net has no circle, and neither it nor the expression looks back more than 1 tick",
                RealizationCheck.exhaustive(ShippedNets.load("disjunction").net(), d, 3).summary());
    }
}
