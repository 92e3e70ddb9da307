package org.mark1.mcp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a net in the {@link NetFile} format, one neuron or synapse per line, so that a compiled net
 * can be read, saved and run like a shipped one.
 */
public final class NetFileWriter {
    // YAML 1.1 reads these bare words as booleans or null; quote them when they name something.
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}_.-]*");
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private NetFileWriter() {
    }

    /** The file's text; {@code comments} become the header, each line prefixed with '# '. */
    public static String format(Net net, List<String> comments, Map<String, Timeline> input, int steps) {
        StringBuilder b = new StringBuilder();
        for (String c : comments) {
            b.append(c.isEmpty() ? "#" : "# " + c).append('\n');
        }
        b.append("name: ").append(scalar(net.name())).append('\n');
        if (!net.about().isEmpty()) {
            b.append("about: ").append(quoted(net.about())).append('\n');
        }
        b.append("neurons:\n");
        for (Neuron n : net.neurons()) {
            b.append("  - {name: ").append(scalar(n.name()));
            b.append(n.input() ? ", input: true" : ", threshold: " + n.threshold());
            if (n.initial()) {
                b.append(", initial: 1");
            }
            if (!n.note().isEmpty()) {
                b.append(", note: ").append(quoted(n.note()));
            }
            b.append("}\n");
        }
        if (!net.synapses().isEmpty()) {
            b.append("synapses:\n");
        }
        for (Synapse s : net.synapses()) {
            b.append("  - {from: ").append(scalar(s.from())).append(", to: ").append(scalar(s.to()));
            if (s.inhibitory()) {
                b.append(", inhibitory: true");
            } else if (s.endings() != 1) {
                b.append(", endings: ").append(s.endings());
            }
            b.append("}\n");
        }
        if (!input.isEmpty()) {
            b.append("input:\n");
            input.forEach((name, timeline) -> b.append("  ").append(scalar(name)).append(": ")
                    .append(quoted(timeline.toString())).append('\n'));
        }
        b.append("steps: ").append(steps).append('\n');
        return b.toString();
    }

    private static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT)) ? s : quoted(s);
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
