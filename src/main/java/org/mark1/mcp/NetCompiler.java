package org.mark1.mcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mark1.io.InputError;

/**
 * Builds a net whose output neuron fires at tick t exactly when a temporal propositional expression
 * holds at t, with the delays as written (McCulloch &amp; Pitts 1943, Theorem II: every such
 * expression has a net).
 *
 * <p>Theorem III: a net at rest stays silent while its inputs are, so an expression that holds when
 * every input has been silent (such as {@code not N1(t-1)}) has no net; it is refused.
 *
 * <p>Construction (ours). The atoms at t−1 can only enter the output neuron itself. Every older atom
 * reaches, through delay chains, a layer of conjunction neurons firing at t−1, one per cell of a
 * decision tree over the older atoms; the cells are disjoint, so the output neuron can add their
 * endings. The output neuron's inhibitory afferents, its endings and its threshold are searched
 * (smallest endings first) so that, whatever the older atoms say, its count over the atoms at t−1
 * gives exactly the expression. When no such neuron exists (XOR of two atoms at t−1 is the smallest
 * case), no net realizes the expression at exactly these delays, and the message offers the same
 * expression one tick later, which always has a net.
 */
public final class NetCompiler {
    static final int MAX_ATOMS = 16;
    static final int MAX_PRESENT = 6;
    static final int MAX_CELLS = 4096;
    private static final int INHIBIT = Cells.VETO;

    private final Definition def;
    private final List<String> inputs;
    private final List<Expr.Atom> present = new ArrayList<>();
    private final List<Expr.Atom> past = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, List<Neuron>> chains = new LinkedHashMap<>();
    private final List<Neuron> terms = new ArrayList<>();
    private final List<Synapse> synapses = new ArrayList<>();

    private NetCompiler(Definition def) {
        this.def = def;
        List<Expr.Atom> atoms = def.expression().atoms();
        this.inputs = atoms.stream().map(Expr.Atom::neuron).distinct().toList();
        atoms.sort(Comparator.comparingInt((Expr.Atom a) -> inputs.indexOf(a.neuron())).thenComparingInt(Expr.Atom::delay));
        for (Expr.Atom a : atoms) {
            (a.delay() == 1 ? present : past).add(a);
        }
        used.addAll(inputs);
        used.add(def.output());
        inputs.forEach(n -> chains.put(n, new ArrayList<>()));
    }

    public static Net compile(Definition def) {
        return new NetCompiler(def).build();
    }

    private Net build() {
        String bad = Neuron.nameProblem(def.output());
        if (bad != null) {
            throw new InputError("expression: output " + bad);
        }
        if (inputs.contains(def.output())) {
            throw new InputError("expression: " + def.output() + " is both the output and an input; give the output another name");
        }
        if (present.size() + past.size() > MAX_ATOMS) {
            throw new InputError("expression: " + (present.size() + past.size()) + " different atoms; this compiler handles at most " + MAX_ATOMS);
        }
        if (present.size() > MAX_PRESENT) {
            throw new InputError("expression: " + present.size() + " atoms at t-1; this compiler handles at most " + MAX_PRESENT);
        }
        int nx = present.size();
        int ny = past.size();
        List<Expr.Atom> order = new ArrayList<>(present);
        order.addAll(past);
        long[] table = TruthTable.of(def.expression(), order); // pattern x | y << nx
        long[] truth = new long[1 << ny]; // per older-atom pattern y: the set of patterns x at t-1 where it holds
        for (int y = 0; y < truth.length; y++) {
            for (int x = 0; x < 1 << nx; x++) {
                if (TruthTable.holds(table, x | y << nx)) {
                    truth[y] |= 1L << x;
                }
            }
        }
        if ((truth[0] & 1L) != 0) {
            throw new InputError("expression: " + shown(def) + " holds when every input has been silent, so no net can realize"
                    + " it: a net at rest stays silent while its inputs are (McCulloch & Pitts 1943, Theorem III); make every"
                    + " alternative need some input to have fired");
        }
        int union = 0;
        for (long set : truth) {
            for (int x = 0; x < 1 << nx; x++) {
                union |= (set >> x & 1L) != 0 ? x : 0;
            }
        }
        boolean never = Arrays.stream(truth).allMatch(set -> set == 0);
        // An atom at t-1 that never fires when the expression holds vetoes the output.
        int vetoes = never ? 0 : (1 << nx) - 1 & ~union;
        int counted = Integer.bitCount(union);
        int maxEndings = OutputNeuron.maxEndings(counted);
        OutputNeuron out = OutputNeuron.search(truth, nx, union, vetoes, maxEndings);
        if (out == null) {
            throw notAtTheseDelays(OutputNeuron.complete(counted) ? 0 : maxEndings);
        }
        for (int i = 0; i < nx; i++) {
            if ((vetoes >> i & 1) != 0) {
                synapses.add(Synapse.inhibit(present.get(i).neuron(), def.output()));
            } else if (out.endings()[i] > 0) {
                synapses.add(Synapse.excite(present.get(i).neuron(), def.output(), out.endings()[i]));
            }
        }
        int[] labels = new int[truth.length];
        for (int y = 0; y < truth.length; y++) {
            labels[y] = truth[y] != 0 ? out.threshold() - out.thresholds()[y] : out.threshold() > out.total() ? 0 : INHIBIT;
        }
        List<Cells.Cell> cells = Cells.cover(labels, out.threshold(), MAX_CELLS);
        if (cells == null) {
            throw new InputError("expression: " + shown(def) + " needs more than " + MAX_CELLS
                    + " neurons in this compiler's construction; split it into smaller expressions");
        }
        for (Cells.Cell c : cells) {
            String cell = cellNeuron(c.fixed(), c.values());
            synapses.add(c.label() == INHIBIT ? Synapse.inhibit(cell, def.output()) : Synapse.excite(cell, def.output(), c.label()));
        }
        return assemble(out.threshold());
    }

    /** A neuron firing at t−1 exactly when the older atoms fixed by the cell are as given. */
    private String cellNeuron(int fixed, int values) {
        List<Expr.Atom> fires = new ArrayList<>();
        List<Expr.Atom> silent = new ArrayList<>();
        for (int i = 0; i < past.size(); i++) {
            if ((fixed >> i & 1) != 0) {
                ((values >> i & 1) != 0 ? fires : silent).add(past.get(i));
            }
        }
        if (fires.isEmpty()) {
            throw new IllegalStateException("a cell holding the all-silent pattern cannot feed the output");
        }
        if (fires.size() == 1 && silent.isEmpty()) {
            return delayed(fires.get(0).neuron(), fires.get(0).delay() - 1);
        }
        String name = fresh("T" + (terms.size() + 1));
        List<String> literals = new ArrayList<>();
        for (Expr.Atom a : fires) {
            synapses.add(Synapse.excite(delayed(a.neuron(), a.delay() - 2), name, 1));
            literals.add(a.neuron() + "(t-" + (a.delay() - 1) + ")");
        }
        for (Expr.Atom a : silent) {
            synapses.add(Synapse.inhibit(delayed(a.neuron(), a.delay() - 2), name));
            literals.add("not " + a.neuron() + "(t-" + (a.delay() - 1) + ")");
        }
        terms.add(Neuron.cell(name, fires.size(), "= " + String.join(" and ", literals)));
        return name;
    }

    /** The neuron that fires exactly {@code ticks} after {@code input}: the input itself or a delay chain. */
    private String delayed(String input, int ticks) {
        List<Neuron> chain = chains.get(input);
        while (chain.size() < ticks) {
            String before = chain.isEmpty() ? input : chain.get(chain.size() - 1).name();
            String name = fresh(input + "_d" + (chain.size() + 1));
            chain.add(Neuron.cell(name, 1, "= " + input + "(t-" + (chain.size() + 1) + ")"));
            synapses.add(Synapse.excite(before, name, 1));
        }
        return ticks == 0 ? input : chain.get(ticks - 1).name();
    }

    private String fresh(String wanted) {
        // Derived names (A_d3, T12) stay within the limit however long the input's name.
        int cut = Neuron.MAX_NAME - 8;
        cut -= Character.isHighSurrogate(wanted.charAt(Math.min(cut, wanted.length()) - 1)) ? 1 : 0;
        String base = wanted.length() > cut ? wanted.substring(0, cut) : wanted;
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = base + "_" + i;
        }
        used.add(name);
        return name;
    }

    private Net assemble(int threshold) {
        List<Neuron> neurons = new ArrayList<>();
        inputs.forEach(n -> neurons.add(Neuron.input(n, "")));
        chains.values().forEach(neurons::addAll);
        neurons.addAll(terms);
        neurons.add(Neuron.cell(def.output(), threshold, "output"));
        List<Synapse> ordered = new ArrayList<>();
        for (Neuron n : neurons) {
            synapses.stream().filter(s -> s.to().equals(n.name())).forEach(ordered::add);
        }
        // The about line must stay within what a net file accepts; the file's header holds the whole text.
        return new Net(def.output(), InputError.excerpt(def.text(), Names.MAX_TEXT - 40), neurons, ordered);
    }

    /** {@code searchedUpTo} is 0 when the search was complete, else the most endings it tried per synapse. */
    private InputError notAtTheseDelays(int searchedUpTo) {
        String atoms = present.stream().map(Expr.Atom::text).collect(Collectors.joining(", "));
        return new InputError("expression: no net realizes " + shown(def) + " with exactly these delays"
                + (searchedUpTo > 0 ? " (searched output neurons with up to " + searchedUpTo + " endings per synapse)" : "")
                + ": " + atoms + " can only enter the output neuron itself, and no single neuron's count of endings and"
                + " vetoes gives this function of them; " + (def.text().length() <= 200
                        ? "one tick later it has a net: '" + def.later(1).text() + "'"
                        : "with every delay one tick longer it has a net"));
    }

    /** The definition as a message quotes it: whole when short, else its beginning. */
    private static String shown(Definition d) {
        return InputError.excerpt(d.text(), 120);
    }
}
