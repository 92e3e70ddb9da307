package org.mark1.mcp;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The simulation behind {@link RealizationCheck}: runs a net on input sequences and compares its
 * output, tick by tick, with the expression's truth table. Returns the first disagreement, or null.
 */
final class CheckWalk {
    private final Net net;
    private final List<String> names;
    private final int[] inputIndex;
    private final List<Expr.Atom> atoms;
    private final int[] atomInput;
    private final long[] table;
    private final int output;
    private final int[] history = new int[2 * RealizationCheck.MAX_LENGTH + 1];
    private final boolean[][] states;
    private final boolean[] inputsNow;
    private int length;
    private String disagreement;

    CheckWalk(Net net, Definition def) {
        this.net = net;
        this.names = RealizationCheck.inputs(def);
        this.inputIndex = names.stream().mapToInt(net::indexOf).toArray();
        this.atoms = def.expression().atoms();
        this.atomInput = atoms.stream().mapToInt(a -> names.indexOf(a.neuron())).toArray();
        this.table = TruthTable.of(def.expression(), atoms);
        this.output = net.indexOf(def.output());
        for (int i = 0; i < inputIndex.length; i++) {
            if (inputIndex[i] < 0 || !net.neurons().get(inputIndex[i]).input()) {
                throw new IllegalArgumentException(names.get(i) + " is not an input of " + net.name());
            }
        }
        if (output < 0 || net.neurons().get(output).input()) {
            throw new IllegalArgumentException(def.output() + " is not a neuron of " + net.name() + " that can be checked");
        }
        this.states = new boolean[history.length][net.neurons().size()];
        this.inputsNow = new boolean[net.neurons().size()];
    }

    int inputs() {
        return inputIndex.length;
    }

    /** What one tick of the net costs, in neuron and synapse updates. */
    int size() {
        return net.neurons().size() + net.synapses().size();
    }

    /** Every input sequence of {@code ticks} ticks, the output checked at ticks 0 to {@code ticks}. */
    String exhaustive(int ticks) {
        length = ticks;
        disagreement = null;
        walk(0);
        return disagreement;
    }

    /** {@code count} random sequences of {@code ticks} ticks, the output checked at ticks 0 to {@code ticks}. */
    String random(UniformRandomProvider random, int count, int ticks) {
        length = ticks;
        disagreement = null;
        for (int s = 0; s < count && disagreement == null; s++) {
            for (int t = 0; t <= ticks && agreesAt(t); t++) {
                if (t < ticks) {
                    advance(t, random.nextInt(1 << inputIndex.length));
                }
            }
        }
        return disagreement;
    }

    private void walk(int t) {
        if (!agreesAt(t) || t == length) {
            return;
        }
        for (int pattern = 0; pattern < 1 << inputIndex.length && disagreement == null; pattern++) {
            advance(t, pattern);
            walk(t + 1);
        }
    }

    /** Sets the inputs of tick t and computes the net's state at t. */
    private void advance(int t, int pattern) {
        history[t] = pattern;
        for (int i = 0; i < inputIndex.length; i++) {
            inputsNow[inputIndex[i]] = (pattern >> i & 1) != 0;
        }
        if (t == 0) {
            System.arraycopy(net.start(inputsNow), 0, states[0], 0, inputsNow.length);
        } else {
            net.step(states[t - 1], inputsNow, states[t]);
        }
    }

    private boolean agreesAt(int t) {
        boolean fired = t == 0 ? net.neurons().get(output).initial() : net.firesAfter(output, states[t - 1]);
        if (fired != expected(t)) {
            disagreement = describe(t, fired);
        }
        return disagreement == null;
    }

    private boolean expected(int t) {
        int mask = 0;
        for (int a = 0; a < atomInput.length; a++) {
            int tick = t - atoms.get(a).delay();
            if (tick >= 0 && (history[tick] >> atomInput[a] & 1) != 0) {
                mask |= 1 << a;
            }
        }
        return TruthTable.holds(table, mask);
    }

    private String describe(int t, boolean fired) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(names.get(i)).append(':');
            for (int tick = 0; tick < t; tick++) {
                b.append(' ').append(history[tick] >> i & 1);
            }
        }
        return b + " (at tick " + t + " the output " + (fired ? "fired" : "was silent") + ")";
    }
}
