package org.mark1.report;

import java.util.Locale;
import org.mark1.machine.MachineConfig;

/** The machine's parameters as a Markdown table: name, default, unit, source, rationale. */
public final class ParameterTable {

    private ParameterTable() {
    }

    public static String markdown(MachineConfig config) {
        StringBuilder b = new StringBuilder("| parameter | default | unit | source | why |\n|---|---|---|---|---|\n");
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        org.mark1.io.YamlDocument.MAPPER.valueToTree(config).fields()
                .forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        for (MachineConfig.Parameter p : MachineConfig.PARAMETERS) {
            b.append("| `").append(p.name()).append("` | ").append(values.get(p.name())).append(" | ").append(p.unit())
                    .append(" | ").append(tag(p.source())).append(" | ").append(p.rationale()).append(" |\n");
        }
        return b.toString();
    }

    private static String tag(MachineConfig.Source s) {
        return "[" + s.name().toLowerCase(Locale.ROOT) + "]";
    }
}
