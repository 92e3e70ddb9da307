package org.mark1.mcp;

import java.util.List;
import org.mark1.io.InputError;

/**
 * Checks a net against a definition on every input sequence of a given length: at every tick of
 * every sequence, the output neuron must fire exactly when the expression holds (inputs before tick
 * 0 count as silent). A net built without circles depends only on the last {@code depth} ticks, so
 * length {@code depth + 1} already meets every case; we check a little longer by default.
 *
 * <p>The sequences are walked as a tree, tick by tick, so that sequences sharing a beginning share
 * its simulation.
 */
public final class RealizationCheck {
    /** At most 2^24 sequences: a few seconds at worst. */
    public static final int MAX_BITS = 24;
    private static final int DEFAULT_BITS = 16;

    /** The outcome: how many sequences were tried and, if any disagreed, the first one. */
    public record Result(int inputs, int length, long sequences, String disagreement) {
        public boolean agrees() {
            return disagreement == null;
        }

        public String summary() {
            String what = "all 2^" + (inputs * length) + " = " + sequences + " input sequences of length " + length;
            return agrees() ? "checked against the expression on " + what + ", every tick: agree"
                    : "DISAGREES with the expression on " + disagreement;
        }
    }

    private final Net net;
    private final List<Expr.Atom> atoms;
    private final List<String> names;
    private final int[] atomInput;
    private final boolean[] table;
    private final int[] inputIndex;
    private final int output;
    private final int length;
    private final int[] history;
    private String disagreement;

    private RealizationCheck(Net net, Definition def, int length) {
        this.net = net;
        this.atoms = def.expression().atoms();
        this.names = atoms.stream().map(Expr.Atom::neuron).distinct().toList();
        this.inputIndex = names.stream().mapToInt(net::indexOf).toArray();
        this.atomInput = atoms.stream().mapToInt(a -> names.indexOf(a.neuron())).toArray();
        // The expression's truth table over its atoms, so that each tick costs a lookup.
        this.table = new boolean[1 << atoms.size()];
        for (int mask = 0; mask < table.length; mask++) {
            int m = mask;
            table[mask] = def.expression().holds(a -> (m >> atoms.indexOf(a) & 1) != 0);
        }
        this.output = net.indexOf(def.output());
        this.length = length;
        this.history = new int[length];
    }

    /** The length checked when none is asked: the expression's depth + 2, shortened to keep it quick. */
    public static int defaultLength(Definition def) {
        int inputs = Math.max(1, (int) def.expression().atoms().stream().map(Expr.Atom::neuron).distinct().count());
        int depth = def.expression().depth();
        return Math.max(depth + 1, Math.min(depth + 2, DEFAULT_BITS / inputs));
    }

    public static Result run(Net net, Definition def, int length) {
        RealizationCheck c = new RealizationCheck(net, def, length);
        int bits = c.inputIndex.length * length;
        if (length < 1 || bits > MAX_BITS) {
            throw new InputError("--check-length " + length + ": " + c.inputIndex.length + " inputs over " + length
                    + " ticks make 2^" + bits + " sequences; allowed: 1 to " + Math.max(1, MAX_BITS / Math.max(1, c.inputIndex.length)) + " ticks");
        }
        c.walk(0, null);
        return new Result(c.inputIndex.length, length, 1L << bits, c.disagreement);
    }

    private void walk(int t, boolean[] before) {
        for (int pattern = 0; pattern < 1 << inputIndex.length && disagreement == null; pattern++) {
            history[t] = pattern;
            boolean[] inputsNow = new boolean[net.neurons().size()];
            for (int i = 0; i < inputIndex.length; i++) {
                inputsNow[inputIndex[i]] = (pattern >> i & 1) != 0;
            }
            boolean[] now = t == 0 ? net.start(inputsNow) : net.next(before, inputsNow);
            if (now[output] != expected(t)) {
                disagreement = describe(t, now[output]);
            } else if (t + 1 < length) {
                walk(t + 1, now);
            }
        }
    }

    private boolean expected(int t) {
        int mask = 0;
        for (int a = 0; a < atomInput.length; a++) {
            int tick = t - atoms.get(a).delay();
            if (tick >= 0 && (history[tick] >> atomInput[a] & 1) != 0) {
                mask |= 1 << a;
            }
        }
        return table[mask];
    }

    private String describe(int t, boolean fired) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(names.get(i)).append(':');
            for (int tick = 0; tick <= t; tick++) {
                b.append(' ').append(history[tick] >> i & 1);
            }
        }
        return b + " (at tick " + t + " the output " + (fired ? "fired" : "was silent") + ")";
    }
}
