package org.mark1.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.io.InvalidValue;

/**
 * How many stimuli of each class a set holds, as {@code examplesPerClass} writes it: one number
 * for every class alike (balanced), or a mapping from class name to count ({@code {square: 90,
 * other: 30}}).
 *
 * @param each     with the balanced form, the count of every class; 0 with the mapping form
 * @param perClass with the mapping form, each class's count, in the file's order; empty otherwise
 */
public record ClassCounts(int each, Map<String, Integer> perClass) {

    /** The most stimuli of one class. */
    public static final int MAX = 100_000;

    public ClassCounts {
        perClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
        if (perClass.isEmpty()) {
            InvalidValue.requireRange(null, each, 1, MAX);
        }
        for (Map.Entry<String, Integer> e : perClass.entrySet()) {
            InvalidValue.requireRange(e.getKey(), e.getValue(), 0, MAX);
        }
    }

    public static ClassCounts balanced(int each) {
        return new ClassCounts(each, Map.of());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ClassCounts fromFile(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return balanced(node.intValue());
        }
        if (node.isObject() && node.size() > 0) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()) {
                    throw new InvalidValue(e.getKey(), "'" + e.getValue() + "' is not a whole number of stimuli");
                }
                counts.put(e.getKey(), e.getValue().intValue());
            }
            return new ClassCounts(0, counts);
        }
        throw new InvalidValue(null, "'" + (node.isValueNode() ? node.asText() : node.toString()) + "' is neither a number of stimuli per class (e.g. 30) nor a mapping "
                + "from class name to number (e.g. {square: 90, other: 30})");
    }

    @JsonValue
    Object written() {
        return perClass.isEmpty() ? (Object) each : perClass;
    }

    /**
     * The count of each of {@code classes}, in their order. A mapping must name every class and no
     * other; {@code key} is where the counts stand in the file, for the error.
     */
    public int[] of(List<Scenario.ClassSpec> classes, String key) {
        int[] out = new int[classes.size()];
        if (perClass.isEmpty()) {
            java.util.Arrays.fill(out, each);
            return out;
        }
        List<String> names = classes.stream().map(Scenario.ClassSpec::name).toList();
        for (String name : perClass.keySet()) {
            if (!names.contains(name)) {
                throw new InvalidValue(key + "/" + name, "no class is called '" + name + "'; the classes are: "
                        + String.join(", ", names));
            }
        }
        int total = 0;
        for (int i = 0; i < out.length; i++) {
            Integer n = perClass.get(names.get(i));
            if (n == null) {
                throw new InvalidValue(key, "gives no count for class '" + names.get(i) + "'; give every class a count");
            }
            out[i] = n;
            total += n;
        }
        if (total == 0) {
            throw new InvalidValue(key, "every count is 0; give some class at least one stimulus");
        }
        return out;
    }
}
