package org.mark1.mcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * How far back a neuron of a net can look: the longest chain of synapses from an input to it. Found
 * without recursion (a net may have thousands of neurons), over the neurons that can reach it.
 */
final class NetShape {

    private NetShape() {
    }

    /**
     * The longest path, in synapses (ticks), from an input to {@code neuron}; 0 when no input reaches
     * it; −1 when a circle or a neuron firing at tick 0 can reach it, so that no window of ticks
     * bounds what it does.
     */
    static int horizon(Net net, String neuron) {
        int n = net.neurons().size();
        int target = net.indexOf(neuron);
        if (target < 0) {
            throw new IllegalArgumentException("no neuron named " + neuron);
        }
        List<List<Integer>> into = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            into.add(new ArrayList<>());
        }
        for (Synapse s : net.synapses()) {
            into.get(net.indexOf(s.to())).add(net.indexOf(s.from()));
        }
        // The neurons that can reach the target, found backwards.
        boolean[] ancestor = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>(List.of(target));
        ancestor[target] = true;
        while (!todo.isEmpty()) {
            for (int from : into.get(todo.pop())) {
                if (!ancestor[from]) {
                    ancestor[from] = true;
                    todo.push(from);
                }
            }
        }
        // Longest paths in topological order (Kahn); what is left unordered lies on a circle.
        int[] waiting = new int[n];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        int members = 0;
        for (int v = 0; v < n; v++) {
            if (!ancestor[v]) {
                continue;
            }
            members++;
            if (net.neurons().get(v).initial()) {
                return -1;
            }
            for (int from : into.get(v)) {
                waiting[v]++;
                out.get(from).add(v);
            }
        }
        int[] longest = new int[n];
        java.util.Arrays.fill(longest, Integer.MIN_VALUE);
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (ancestor[v] && waiting[v] == 0) {
                ready.add(v);
                longest[v] = net.neurons().get(v).input() ? 0 : Integer.MIN_VALUE;
            }
        }
        int ordered = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            ordered++;
            for (int w : out.get(v)) {
                if (longest[v] != Integer.MIN_VALUE) {
                    longest[w] = Math.max(longest[w], longest[v] + 1);
                }
                if (--waiting[w] == 0) {
                    ready.add(w);
                }
            }
        }
        if (ordered < members) {
            return -1;
        }
        return Math.max(0, longest[target]);
    }
}
