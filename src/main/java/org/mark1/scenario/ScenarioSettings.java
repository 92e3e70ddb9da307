package org.mark1.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mark1.io.InputError;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MachineConfig;

/**
 * {@code --set PATH=VALUE}: changes any key of a scenario by its path, as the file nests it
 * ({@code training.examplesPerClass=30}, {@code machine.aThreshold=2}, {@code classes.0.shapes=[square]});
 * a machine parameter may also be named alone ({@code aThreshold=2}). The value is read as YAML. The
 * scenario with every assignment made is checked exactly as a file is, and a mistake is reported at
 * the assignment that touches the place at fault, as {@code --set:N:...}.
 */
final class ScenarioSettings {

    /** A key's path: names joined by dots, list items by their number. */
    private static final String PATH = "[A-Za-z][A-Za-z0-9]{0,63}(\\.([A-Za-z][A-Za-z0-9]{0,63}|\\d{1,6})){0,7}";

    /** Most characters in one {@code --set KEY=VALUE}. */
    private static final int MAX_ASSIGNMENT = 400;

    private ScenarioSettings() {
    }

    static Scenario apply(Scenario s, List<String> assignments) {
        ObjectNode tree = YamlDocument.MAPPER.valueToTree(s);
        List<YamlDocument> docs = new java.util.ArrayList<>();
        List<String> pointers = new java.util.ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            String assignment = assignments.get(i);
            int eq = assignment.indexOf('=');
            String path = eq < 0 ? assignment : assignment.substring(0, eq);
            if (eq <= 0 || !path.matches(PATH)) {
                throw new InputError("--set " + InputError.excerpt(assignment) + ": write KEY=VALUE, KEY a machine parameter's "
                        + "name or a scenario key's path, e.g. --set aThreshold=2 or --set training.maxPasses=50 (mark1 params lists the parameters)");
            }
            String raw = assignment.substring(eq + 1);
            if (assignment.length() > MAX_ASSIGNMENT) {
                throw new InputError("--set " + path + ": the value '" + InputError.excerpt(raw) + "' is too long");
            }
            if (raw.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                throw new InputError("--set " + path + ": the value '" + InputError.excerpt(raw) + "' spans lines or holds control "
                        + "characters; give one value, and one --set per parameter");
            }
            // One assignment per line, on the line of its number, so that errors name --set:N.
            YamlDocument doc = YamlDocument.parse("--set", "\n".repeat(i) + path + ": " + raw + "\n");
            JsonNode value = doc.root().isObject() && doc.root().size() == 1 ? doc.root().elements().next() : null;
            if (value == null) {
                throw new InputError("--set " + assignment + ": write one PATH=VALUE per --set");
            }
            String at = "/" + path.replace("~", "~0").replace("/", "~1");
            List<String> keys = resolve(doc, at, path, value);
            String pointer = "/" + String.join("/", keys);
            if (pointers.contains(pointer)) {
                throw doc.error(at, "the key '" + path + "' appears twice; give each --set once");
            }
            put(doc, at, tree, keys, value);
            docs.add(doc);
            pointers.add(pointer);
        }
        // All at once, so that settings that only fit together (rows and columns, say) are taken together.
        try {
            return YamlDocument.MAPPER.treeToValue(tree, Scenario.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            // Report it at the assignment that touches the place at fault (the last one if none does).
            String fault = pointerOf(e);
            int culprit = docs.size() - 1;
            for (int i = 0; i < pointers.size(); i++) {
                if (fault.startsWith(pointers.get(i)) || pointers.get(i).startsWith(fault)) {
                    culprit = i;
                }
            }
            return docs.get(culprit).bind("", tree, Scenario.class);
        }
    }

    /** Where in the scenario a binding failed, as a JSON pointer. */
    private static String pointerOf(Exception e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
            b.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        if (m.getCause() instanceof org.mark1.io.InvalidValue invalid && invalid.key() != null) {
            b.append('/').append(invalid.key());
        }
        return b.toString();
    }

    /** The path's keys from the scenario's top, checked against the records; a lone machine key gets "machine". */
    private static List<String> resolve(YamlDocument doc, String at, String path, JsonNode value) {
        List<String> keys = List.of(path.split("\\.", -1));
        if (component(Scenario.class, keys.get(0)) == null && component(MachineConfig.class, keys.get(0)) != null) {
            keys = new java.util.ArrayList<>(keys);
            keys.add(0, "machine");
        }
        Type type = Scenario.class;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            String where = k == 0 ? "the scenario" : String.join(".", keys.subList(0, k));
            Class<?> raw = raw(type);
            if (raw.isRecord() && raw != Seeds.class && raw != ClassCounts.class) {
                RecordComponent c = component(raw, key);
                if (c == null && k == 0) {
                    throw doc.error(at, "unknown machine parameter or scenario key '" + key + "'; machine parameters: "
                            + names(MachineConfig.class) + "; scenario keys: " + names(raw));
                }
                if (c == null) {
                    throw doc.error(at, "'" + key + "' is no key of " + where + "; allowed there: " + names(raw));
                }
                type = c.getGenericType();
            } else if (List.class.isAssignableFrom(raw)) {
                if (!key.matches("\\d{1,6}")) {
                    throw doc.error(at, where + " is a list; write an index from 0 (e.g. " + where + ".0) or set the whole list");
                }
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
            } else {
                throw doc.error(at, where + " takes a whole value; set it with --set " + where + "=VALUE");
            }
        }
        Class<?> leaf = raw(type);
        if (value.isContainerNode() && (leaf.isPrimitive() || leaf.isEnum() || Number.class.isAssignableFrom(leaf)
                || leaf == String.class || leaf == Boolean.class)) {
            throw doc.error(at, "the value '" + InputError.excerpt(value.toString()) + "' is not one plain value; give one "
                    + "number, word or true/false, one --set per key");
        }
        return keys;
    }

    private static void put(YamlDocument doc, String at, ObjectNode tree, List<String> keys, JsonNode value) {
        JsonNode node = tree;
        for (int k = 0; k < keys.size() - 1; k++) {
            JsonNode next = child(node, keys.get(k));
            if (next == null || next.isNull()) {
                if (node instanceof ArrayNode) {
                    throw doc.error(at, String.join(".", keys.subList(0, k)) + " has no item " + keys.get(k)
                            + "; it has " + node.size());
                }
                next = ((ObjectNode) node).putObject(keys.get(k));
            }
            node = next;
        }
        String last = keys.get(keys.size() - 1);
        JsonNode old = child(node, last);
        if (old instanceof ObjectNode o && value.isObject()) {
            o.setAll((ObjectNode) value); // a partial mapping changes only the keys it names
        } else if (node instanceof ArrayNode list) {
            int i = Integer.parseInt(last);
            if (i >= list.size()) {
                throw doc.error(at, String.join(".", keys.subList(0, keys.size() - 1)) + " has no item " + i
                        + "; it has " + list.size());
            }
            list.set(i, value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static JsonNode child(JsonNode node, String key) {
        return node instanceof ArrayNode ? node.get(Integer.parseInt(key)) : node.get(key);
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    }

    private static String names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
