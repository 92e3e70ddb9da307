package org.mark1.mcp;

import java.util.List;

/**
 * Draws a run as text: one row per neuron, one column per tick, {@code #} where the neuron fires and
 * {@code .} where it is silent, a tick ruler on top and {@code >} before each input. Plain ASCII, so
 * that it prints the same on every terminal and pastes into any document.
 */
public final class TimingDiagram {

    private TimingDiagram() {
    }

    public static String render(Firings trace) {
        List<Neuron> neurons = trace.net().neurons();
        int width = "tick".length();
        for (Neuron n : neurons) {
            width = Math.max(width, columns(n.name()));
        }
        String margin = "  ";
        StringBuilder b = new StringBuilder();
        b.append(trace.net().name());
        if (!trace.net().about().isEmpty()) {
            b.append(": ").append(trace.net().about());
        }
        b.append('\n');
        b.append("key: # fires, . silent, > input; one column per tick (one synaptic delay)\n\n");
        if (trace.ticks() > 10) {
            b.append(margin).append(pad("", width)).append(' ');
            for (int t = 0; t < trace.ticks(); t++) {
                b.append(t % 10 == 0 && t > 0 ? Character.forDigit(t / 10 % 10, 10) : ' ');
            }
            b = new StringBuilder(b.toString().stripTrailing()).append('\n');
        }
        b.append(margin).append(pad("tick", width)).append(' ');
        for (int t = 0; t < trace.ticks(); t++) {
            b.append(Character.forDigit(t % 10, 10));
        }
        b.append('\n');
        for (int i = 0; i < neurons.size(); i++) {
            Neuron n = neurons.get(i);
            b.append(n.input() ? "> " : "  ").append(pad(n.name(), width)).append(' ');
            for (int t = 0; t < trace.ticks(); t++) {
                b.append(trace.fires(i, t) ? '#' : '.');
            }
            if (!n.note().isEmpty()) {
                b.append("  ").append(n.note());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - columns(s));
    }

    /** Columns a name takes on a terminal: one per character, none for a combining mark. */
    private static int columns(String s) {
        return (int) s.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK;
        }).count();
    }
}
