package org.mark1.mcp;

import java.util.ArrayList;
import java.util.List;
import org.mark1.io.CsvText;

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
        List<Object> header = new ArrayList<>(List.of("tick"));
        net.neurons().forEach(n -> header.add(n.name()));
        CsvText sheet = new CsvText(header);
        for (int t = 0; t < states.length; t++) {
            List<Object> row = new ArrayList<>(List.of(t));
            for (boolean firing : states[t]) {
                row.add(firing ? '1' : '0');
            }
            sheet.row(row);
        }
        return sheet.text();
    }
}
