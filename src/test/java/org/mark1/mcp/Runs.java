package org.mark1.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test helpers: run a net on timelines written as text. */
final class Runs {

    private Runs() {
    }

    /** Runs ticks 0..steps with timelines such as {@code "N2", "0 1 0"}. */
    static Firings run(Net net, int steps, String... nameThenTimeline) {
        Map<String, Timeline> input = new LinkedHashMap<>();
        for (int i = 0; i < nameThenTimeline.length; i += 2) {
            input.put(nameThenTimeline[i], Timeline.parse(nameThenTimeline[i + 1], 1));
        }
        return net.run(input, steps);
    }

    static Timeline timeline(boolean[] ticks) {
        return Timeline.of(ticks);
    }

    /** The ticks at which a neuron fired, as a string like "3 7 8". */
    static String firings(Firings trace, String neuron) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < trace.ticks(); t++) {
            if (trace.fires(neuron, t)) {
                b.append(b.length() == 0 ? "" : " ").append(t);
            }
        }
        return b.toString();
    }
}
