package org.mark1.mcp;

/**
 * What every neuron of a net did at each tick of a run: {@code fires(neuron, tick)}. Written as CSV
 * with one row per tick ({@code tick,N1,N2,...}, 1 for firing and 0 for silence).
 */
public final class Firings {
    private final Net net;
    private final boolean[][] states;

    Firings(Net net, boolean[][] states) {
        this.net = net;
        this.states = states;
    }

    public Net net() {
        return net;
    }

    /** The number of ticks recorded (tick 0 to ticks−1). */
    public int ticks() {
        return states.length;
    }

    public boolean fires(int neuron, int tick) {
        return states[tick][neuron];
    }

    public boolean fires(String neuron, int tick) {
        int i = net.indexOf(neuron);
        if (i < 0) {
            throw new IllegalArgumentException("no neuron named " + neuron);
        }
        return fires(i, tick);
    }

    public String csv() {
        StringBuilder b = new StringBuilder("tick");
        for (Neuron n : net.neurons()) {
            b.append(',').append(n.name());
        }
        b.append('\n');
        for (int t = 0; t < states.length; t++) {
            b.append(t);
            for (boolean firing : states[t]) {
                b.append(',').append(firing ? '1' : '0');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
