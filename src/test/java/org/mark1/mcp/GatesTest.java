package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truth table of every shipped gate after its delay: the 16 two-input functions and the
 * paper's element nets. Every input sequence of six ticks is tried, so each row of the table is met
 * after every possible history.
 */
class GatesTest {
    private static final int LENGTH = 6;

    @ParameterizedTest(name = "{0}: table {1}, delay {2}")
    @CsvSource({
        // net, inputs, output, table for 00 01 10 11, delay
        "gate-false, A B Out, 0000, 1",
        "gate-and, A B Out, 0001, 1",
        "gate-a-and-not-b, A B Out, 0010, 1",
        "gate-a, A B Out, 0011, 1",
        "gate-b-and-not-a, A B Out, 0100, 1",
        "gate-b, A B Out, 0101, 1",
        "gate-xor, A B Out, 0110, 2",
        "gate-or, A B Out, 0111, 1",
        "gate-nor, A B Out, 1000, 1",
        "gate-xnor, A B Out, 1001, 2",
        "gate-not-b, A B Out, 1010, 1",
        "gate-b-implies-a, A B Out, 1011, 2",
        "gate-not-a, A B Out, 1100, 1",
        "gate-a-implies-b, A B Out, 1101, 2",
        "gate-nand, A B Out, 1110, 2",
        "gate-true, A B Out, 1111, 1",
        "disjunction, N1 N2 N3, 0111, 1",
        "conjunction, N1 N2 N3, 0001, 1",
        "conjoined-negation, N1 N2 N3, 0010, 1",
    })
    void everyRowOfTheTruthTableHoldsAfterTheDelay(String name, String names, String table, int delay) {
        String[] n = names.split(" ");
        Net net = ShippedNets.load(name).net();
        for (int sequence = 0; sequence < 1 << 2 * LENGTH; sequence++) {
            boolean[] a = new boolean[LENGTH];
            boolean[] b = new boolean[LENGTH];
            for (int t = 0; t < LENGTH; t++) {
                a[t] = (sequence >> 2 * t & 1) != 0;
                b[t] = (sequence >> 2 * t + 1 & 1) != 0;
            }
            Firings trace = net.run(Map.of(n[0], Timeline.of(a), n[1], Timeline.of(b)), LENGTH - 1 + delay);
            for (int t = delay; t < trace.ticks(); t++) {
                int row = (at(a, t - delay) ? 2 : 0) + (at(b, t - delay) ? 1 : 0);
                assertEquals(table.charAt(row) == '1', trace.fires(n[2], t), name + " at tick " + t + ", sequence " + sequence);
            }
            if (table.charAt(0) == '0') {
                for (int t = 0; t < delay; t++) {
                    assertFalse(trace.fires(n[2], t), name + " fires before its delay");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"gate-xor, 2", "gate-nand, 2", "gate-nor, 1", "gate-and, 1", "gate-true, 1"})
    void eachGateStatesItsDelayInItsHeader(String name, int delay) {
        assertTrue(ShippedNets.source(name).contains("# Delay: " + delay + " tick"), name);
    }

    private static boolean at(boolean[] ticks, int t) {
        return t >= 0 && t < ticks.length && ticks[t];
    }
}
