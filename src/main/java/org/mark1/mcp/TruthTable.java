package org.mark1.mcp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression's truth table over a list of its atoms, computed for all 2^n patterns at once, 64
 * patterns to a machine word: bit m says whether the expression holds when exactly the atoms whose
 * bits are set in m fired (atom i is bit i). One pass over the expression instead of one per pattern,
 * so a long expression over many atoms costs milliseconds, not minutes.
 */
final class TruthTable {
    /** Sixteen atoms are the compiler's limit; the table then has 65,536 entries. */
    static final int MAX_ATOMS = 20;

    // Bit m of VARIABLE[i] is bit i of m, for the six atoms that vary inside one 64-bit word.
    private static final long[] VARIABLE = {
        0xAAAAAAAAAAAAAAAAL, 0xCCCCCCCCCCCCCCCCL, 0xF0F0F0F0F0F0F0F0L,
        0xFF00FF00FF00FF00L, 0xFFFF0000FFFF0000L, 0xFFFFFFFF00000000L,
    };

    private final Map<Expr.Atom, Integer> index = new HashMap<>();
    private final int words;
    private final long lastMask;

    private TruthTable(List<Expr.Atom> atoms) {
        if (atoms.size() > MAX_ATOMS) {
            throw new IllegalArgumentException(atoms.size() + " atoms; a truth table is kept for at most " + MAX_ATOMS);
        }
        for (Expr.Atom a : atoms) {
            index.putIfAbsent(a, index.size());
        }
        int patterns = 1 << atoms.size();
        this.words = Math.max(1, patterns >> 6);
        this.lastMask = patterns >= 64 ? -1L : (1L << patterns) - 1;
    }

    /** The table of {@code e}; every atom of {@code e} must be in {@code atoms}. */
    static long[] of(Expr e, List<Expr.Atom> atoms) {
        TruthTable t = new TruthTable(atoms);
        return t.eval(e);
    }

    static boolean holds(long[] table, int pattern) {
        return (table[pattern >>> 6] >>> (pattern & 63) & 1L) != 0;
    }

    // Walks a chain's left spine in a loop; recursion goes only into right operands and negations.
    private long[] eval(Expr e) {
        long[] out = new long[words];
        Expr left = e;
        List<Expr> rights = new java.util.ArrayList<>();
        boolean or = e instanceof Expr.Or;
        while (or ? left instanceof Expr.Or : left instanceof Expr.And) {
            rights.add(left instanceof Expr.Or o ? o.right() : ((Expr.And) left).right());
            left = left instanceof Expr.Or o ? o.left() : ((Expr.And) left).left();
        }
        if (left instanceof Expr.Atom a) {
            Integer i = index.get(a);
            if (i == null) {
                throw new IllegalArgumentException(a.text() + " is not among the table's atoms");
            }
            for (int w = 0; w < words; w++) {
                out[w] = i < 6 ? VARIABLE[i] : (w >> (i - 6) & 1) != 0 ? -1L : 0L;
            }
        } else if (left instanceof Expr.Not n) {
            long[] x = eval(n.operand());
            for (int w = 0; w < words; w++) {
                out[w] = ~x[w];
            }
        } else {
            out = eval(left); // an operand of the other operator
        }
        for (Expr right : rights) {
            long[] y = eval(right);
            for (int w = 0; w < words; w++) {
                out[w] = or ? out[w] | y[w] : out[w] & y[w];
            }
        }
        out[words - 1] &= lastMask;
        return out;
    }
}
