package org.mark1.mcp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A McCulloch–Pitts net (1943): neurons and the synapses between them, fixed for all time
 * (assumption 5). Time is discrete, one tick per synaptic delay (assumption 3).
 *
 * <p>At tick 0 an input neuron fires as its timeline says and every other neuron is at rest, unless
 * declared {@link Neuron#initial() initially firing}. At tick t ≥ 1 an input neuron again follows its
 * timeline; any other neuron fires iff no inhibitory afferent fired at t−1 (assumption 4) and the
 * excitatory endings of the afferents that fired at t−1 number at least its threshold (assumption 2,
 * our "reached" convention; see {@link Neuron}).
 */
public final class Net {
    private final String name;
    private final String about;
    private final List<Neuron> neurons;
    private final List<Synapse> synapses;
    private final Map<String, Integer> index = new HashMap<>();
    // Wiring by neuron index, precomputed so that one tick costs one pass over the synapses.
    private final int[][] excitatoryFrom;
    private final int[][] endings;
    private final int[][] inhibitoryFrom;

    public Net(String name, String about, List<Neuron> neurons, List<Synapse> synapses) {
        this.name = name;
        this.about = about == null ? "" : about.strip();
        this.neurons = List.copyOf(neurons);
        this.synapses = List.copyOf(synapses);
        for (Neuron n : this.neurons) {
            if (index.putIfAbsent(n.name(), index.size()) != null) {
                throw new IllegalArgumentException("two neurons are named " + n.name());
            }
        }
        int size = this.neurons.size();
        List<List<int[]>> excite = new ArrayList<>();
        List<List<Integer>> inhibit = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            excite.add(new ArrayList<>());
            inhibit.add(new ArrayList<>());
        }
        Set<String> pairs = new HashSet<>();
        for (Synapse s : this.synapses) {
            int from = require(s.from());
            int to = require(s.to());
            if (this.neurons.get(to).input()) {
                throw new IllegalArgumentException(s.to() + " is an input; no synapse may end on it");
            }
            if (!pairs.add(s.from() + "\u0000" + s.to())) {
                throw new IllegalArgumentException("two synapses from " + s.from() + " to " + s.to());
            }
            if (s.inhibitory()) {
                inhibit.get(to).add(from);
            } else {
                excite.get(to).add(new int[] {from, s.endings()});
            }
        }
        excitatoryFrom = new int[size][];
        endings = new int[size][];
        inhibitoryFrom = new int[size][];
        for (int i = 0; i < size; i++) {
            excitatoryFrom[i] = excite.get(i).stream().mapToInt(e -> e[0]).toArray();
            endings[i] = excite.get(i).stream().mapToInt(e -> e[1]).toArray();
            inhibitoryFrom[i] = inhibit.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int require(String neuron) {
        Integer i = index.get(neuron);
        if (i == null) {
            throw new IllegalArgumentException("no neuron named " + neuron);
        }
        return i;
    }

    public String name() {
        return name;
    }

    public String about() {
        return about;
    }

    public List<Neuron> neurons() {
        return neurons;
    }

    public List<Synapse> synapses() {
        return synapses;
    }

    /** The position of a neuron, or -1 when the net has none of that name. */
    public int indexOf(String neuron) {
        return index.getOrDefault(neuron, -1);
    }

    public List<Neuron> inputs() {
        return neurons.stream().filter(Neuron::input).toList();
    }

    /** The state at tick 0, given which neurons fire at tick 0 (only the inputs' entries are read). */
    public boolean[] start(boolean[] inputsNow) {
        boolean[] state = new boolean[neurons.size()];
        for (int i = 0; i < state.length; i++) {
            Neuron n = neurons.get(i);
            state[i] = n.input() ? inputsNow[i] : n.initial();
        }
        return state;
    }

    /** The state one synaptic delay after {@code before}; {@code inputsNow} says which inputs fire now. */
    public boolean[] next(boolean[] before, boolean[] inputsNow) {
        boolean[] now = new boolean[before.length];
        step(before, inputsNow, now);
        return now;
    }

    /** As {@link #next}, into an array the caller owns (the check runs millions of ticks). */
    void step(boolean[] before, boolean[] inputsNow, boolean[] now) {
        for (int i = 0; i < now.length; i++) {
            now[i] = neurons.get(i).input() ? inputsNow[i] : firesAfter(i, before);
        }
    }

    /** Whether a neuron that is not an input fires one tick after {@code before}. */
    boolean firesAfter(int neuron, boolean[] before) {
        for (int from : inhibitoryFrom[neuron]) {
            if (before[from]) {
                return false; // absolute inhibition
            }
        }
        long active = 0; // endings and synapses are bounded, but a sum must not wrap round in any case
        for (int k = 0; k < excitatoryFrom[neuron].length; k++) {
            if (before[excitatoryFrom[neuron][k]]) {
                active += endings[neuron][k];
            }
        }
        return active >= neurons.get(neuron).threshold();
    }

    /**
     * Runs ticks 0 to {@code steps}. Each input follows its timeline and is silent after its end or
     * when it has none.
     */
    public Firings run(Map<String, Timeline> stimulus, int steps) {
        for (String input : stimulus.keySet()) {
            int i = indexOf(input);
            if (i < 0 || !neurons.get(i).input()) {
                throw new IllegalArgumentException(input + " is not an input of " + name);
            }
        }
        boolean[][] states = new boolean[steps + 1][];
        for (int t = 0; t <= steps; t++) {
            boolean[] inputsNow = new boolean[neurons.size()];
            for (Map.Entry<String, Timeline> e : stimulus.entrySet()) {
                inputsNow[indexOf(e.getKey())] = e.getValue().fires(t);
            }
            states[t] = t == 0 ? start(inputsNow) : next(states[t - 1], inputsNow);
        }
        return new Firings(this, states);
    }
}
