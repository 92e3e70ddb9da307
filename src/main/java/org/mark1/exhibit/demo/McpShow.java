package org.mark1.exhibit.demo;

import java.util.Arrays;
import java.util.List;
import org.mark1.mcp.Net;
import org.mark1.mcp.NetFile;
import org.mark1.mcp.Neuron;
import org.mark1.mcp.ShippedNets;
import org.mark1.mcp.Synapse;
import org.mark1.mcp.Firings;

/**
 * A McCulloch–Pitts net from {@code scenarios/mcp/} run by the mcp package, stepped through tick by
 * tick for the screen: which neurons fire at the tick shown, and how far the spikes have travelled
 * along the synapses toward the next tick. Also places the neurons in columns by their distance
 * from the inputs. The net's run is the mcp package's; this only walks along it.
 */
public final class McpShow {

    /** Machine time per tick: two ticks a second when the exhibit runs at real time [ours]. */
    public static final long TICK_MICROS = 500_000;

    /** One moment of the walk: the tick shown and the fraction of the way to the next (0 to 1). */
    public record Moment(Net net, Firings trace, int tick, float phase, int[] column, int[] row, int columns) {
    }

    private final Net net;
    private final Firings trace;
    private final int[] column;
    private final int[] row;
    private final int columns;
    private long micros;

    public McpShow(String name) {
        NetFile.Loaded loaded = ShippedNets.load(name);
        this.net = loaded.net();
        this.trace = net.run(loaded.input(), loaded.steps());
        List<Neuron> neurons = net.neurons();
        int n = neurons.size();
        column = new int[n];
        Arrays.fill(column, -1);
        for (int i = 0; i < n; i++) {
            if (neurons.get(i).input()) {
                column[i] = 0;
            }
        }
        // Longest distance from an input, without going round a loop more than once.
        for (int pass = 0; pass < n; pass++) {
            for (Synapse s : net.synapses()) {
                int from = net.indexOf(s.from());
                int to = net.indexOf(s.to());
                if (column[from] >= 0 && column[to] < column[from] + 1 && column[from] + 1 < n) {
                    column[to] = column[from] + 1;
                }
            }
        }
        int max = 0;
        for (int i = 0; i < n; i++) {
            column[i] = Math.max(0, column[i]);
            max = Math.max(max, column[i]);
        }
        columns = max + 1;
        row = new int[n];
        int[] used = new int[columns];
        for (int i = 0; i < n; i++) {
            row[i] = used[column[i]]++;
        }
    }

    public void advance(long by) {
        micros = (micros + by) % (TICK_MICROS * trace.ticks());
    }

    public Moment moment() {
        int tick = (int) (micros / TICK_MICROS);
        float phase = (micros % TICK_MICROS) / (float) TICK_MICROS;
        return new Moment(net, trace, tick, phase, column, row, columns);
    }
}
