package org.mark1.report;

import java.util.Locale;
import org.mark1.learning.Rules;
import org.mark1.machine.MachineConfig;

/**
 * The machine's parameters as a Markdown table: name, default, unit, source, rationale; then the
 * learning rules' constants ({@code training.rate}, {@code training.gain}), which are ours.
 */
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
        for (Rules rule : Rules.values()) {
            if (rule.hasRate()) {
                b.append(String.format(Locale.ROOT, "| `training.rate` (%s) | %s | %s | [gap] | %s |%n", rule.id(),
                        plain(rule.defaultRate()), rule.hasGain() ? "pulses per unit of error" : "per unit of gradient",
                        rule.hasGain() ? "the rule's step in reinforcement pulses (each stepsPerReinforcement motor steps) "
                                + "per unit of its error term; the rate compare's tuning chose on the flagship's tuning "
                                + "seeds (docs/threshold-vs-sigmoid.md); history records no gradient rule on the Mark I"
                                : "backpropagation's rate on real weights (no pots); the rate compare's tuning chose on "
                                + "the flagship's tuning seeds (docs/threshold-vs-sigmoid.md)"));
            }
        }
        b.append(String.format(Locale.ROOT, "| `training.gain` (lms, sigmoid, sigmoid-ce) | %s | per motor step | [gap] | "
                + "the analogue output is g·(sum - threshold): a sum 10 steps past the threshold is a full answer "
                + "(LMS output 1, sigma 0.73); kept fixed while compare tunes the rate |%n", plain(Rules.MACHINE_GAIN)));
        return b.toString();
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString();
    }

    private static String tag(MachineConfig.Source s) {
        return "[" + s.name().toLowerCase(Locale.ROOT) + "]";
    }
}
