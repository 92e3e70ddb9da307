package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word-parallel truth table agrees with evaluating the expression one pattern at a time. */
class TruthTableTest {

    @Test
    void agreesWithTheExpressionOnEveryPatternOfRandomExpressions() {
        for (String[] inputs : List.of(new String[] {"A"}, new String[] {"A", "B"}, new String[] {"A", "B", "C", "D"})) {
            RandomExpressions random = new RandomExpressions(inputs.length, 3, inputs);
            for (int i = 0; i < 200; i++) {
                Expr e = random.next(6);
                List<Expr.Atom> atoms = e.atoms();
                long[] table = TruthTable.of(e, atoms);
                for (int m = 0; m < 1 << atoms.size(); m++) {
                    int mask = m;
                    boolean expected = e.holds(a -> (mask >> atoms.indexOf(a) & 1) != 0);
                    assertEquals(expected, TruthTable.holds(table, m), e.text() + " on pattern " + m);
                }
                for (int m = 1 << atoms.size(); m < 64 * table.length; m++) {
                    assertEquals(false, TruthTable.holds(table, m), "no bit beyond the table: " + e.text());
                }
            }
        }
    }

    @Test
    void sixteenAtomsMakeATableOf65536Patterns() {
        Expr e = new Expr.Atom("A", 1);
        for (int d = 2; d <= 16; d++) {
            e = new Expr.Or(e, new Expr.Atom("A", d));
        }
        long[] table = TruthTable.of(e, e.atoms());
        assertEquals(1024, table.length);
        assertEquals(false, TruthTable.holds(table, 0));
        for (int m = 1; m < 1 << 16; m += 97) {
            assertEquals(true, TruthTable.holds(table, m));
        }
    }
}
