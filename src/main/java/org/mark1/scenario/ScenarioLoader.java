package org.mark1.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mark1.io.InputError;
import org.mark1.io.InvalidValue;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MachineConfig;

/**
 * Reads scenario files. The {@code machine:} section lists only what differs from the default
 * Mark I; every other key of the default is filled in before binding, so a scenario's machine is
 * always complete. Every mistake is reported in one line naming the file, the line and the fix.
 */
public final class ScenarioLoader {

    /** The scenarios shipped in {@code scenarios/} (and inside the jar). */
    public static final List<String> BUILT_IN = List.of("mark1-squares", "ibm704-left-right", "navy1960-one-typeface",
            "navy1960-two-typefaces", "navy1960-unseen-typeface", "minsky-papert-parity", "connectedness", "generalisation", "lesion", "forgetting",
            "square-circle-turned", "square-diamond", "letters-e-f");

    /** The scenario {@code mark1 run} runs when given none. */
    public static final String FLAGSHIP = "mark1-squares";

    private ScenarioLoader() {
    }

    /**
     * Finds a scenario by file path or, failing that, by the name of a shipped scenario
     * ("mark1-squares" or "mark1-squares.yaml").
     */
    public static Scenario find(String pathOrName) {
        Path file;
        try {
            file = Path.of(pathOrName);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputError("'" + InputError.excerpt(pathOrName) + "': not a possible file name (" + e.getReason()
                    + "); give a path to a .yaml file");
        }
        if (Files.exists(file)) {
            return load(file);
        }
        String name = pathOrName.endsWith(".yaml") ? pathOrName.substring(0, pathOrName.length() - 5) : pathOrName;
        name = name.startsWith("scenarios/") ? name.substring("scenarios/".length()) : name;
        if (BUILT_IN.contains(name)) {
            return builtIn(name);
        }
        throw new InputError(InputError.excerpt(pathOrName, 200) + ": no such scenario file; give a path to a .yaml file or one of the shipped "
                + "scenarios: " + String.join(", ", BUILT_IN));
    }

    public static Scenario load(Path file) {
        YamlDocument doc = YamlDocument.read(file);
        resolveImageFolders(doc, file.getParent());
        return bind(doc);
    }

    /** A class's {@code images:} folder (and a fresh design's), when relative, is relative to the scenario file's folder. */
    private static void resolveImageFolders(YamlDocument doc, Path base) {
        if (base == null) {
            return;
        }
        resolveImageFolders(doc.root().path("classes"), base);
        resolveImageFolders(doc.root().path("evaluation").path("stimuli").path("classes"), base);
    }

    private static void resolveImageFolders(JsonNode classes, Path base) {
        if (!classes.isArray()) {
            return;
        }
        for (JsonNode c : classes) {
            JsonNode images = c.get("images");
            if (c.isObject() && images != null && images.isTextual() && !Path.of(images.asText()).isAbsolute()) {
                ((ObjectNode) c).put("images", base.resolve(images.asText()).normalize().toString());
            }
        }
    }

    /** A shipped scenario, read from the classpath. */
    public static Scenario builtIn(String name) {
        String resource = "/scenarios/" + name + ".yaml";
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped scenario " + resource + " is missing from the classpath");
            }
            return parse("scenarios/" + name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario parse(String source, String yaml) {
        return bind(YamlDocument.parse(source, yaml));
    }

    /**
     * The scenario with keys changed from the command line, each {@code PATH=VALUE}
     * ({@code training.examplesPerClass=30}, or a machine parameter alone, {@code aThreshold=2});
     * a bad one is reported as {@code --set:N:...}, N counting the assignments from 1.
     */
    public static Scenario withSettings(Scenario s, List<String> assignments) {
        return assignments == null || assignments.isEmpty() ? s : ScenarioSettings.apply(s, assignments);
    }

    private static Scenario bind(YamlDocument doc) {
        if (!doc.root().isObject()) {
            throw doc.error("", "a scenario is a mapping of keys (name, seed, machine, stimuli, classes, training, "
                    + "evaluation); see scenarios/" + FLAGSHIP + ".yaml");
        }
        ObjectNode root = ((ObjectNode) doc.root()).deepCopy();
        root.set("machine", machine(doc, root.get("machine")));
        Scenario s = doc.bind("", root, Scenario.class);
        if (s.seeds() != null) {
            try {
                s.seeds().resolved(s.seed()); // a count of seeds from this seed: all of them seeds (Seeds.first)
            } catch (InvalidValue e) {
                throw doc.error("/seeds", e.problem());
            }
        }
        return s;
    }

    /** The default machine with the file's overrides laid over it. */
    private static ObjectNode machine(YamlDocument doc, JsonNode overrides) {
        ObjectNode merged = YamlDocument.MAPPER.valueToTree(MachineConfig.defaults());
        if (overrides == null || overrides.isNull()) {
            return merged;
        }
        if (!overrides.isObject()) {
            throw doc.error("/machine", "must be a mapping of parameters to override, or {} for the default Mark I");
        }
        return overlay(doc, "/machine", merged, overrides);
    }

    /** Lays {@code overrides} (at {@code pointer} in {@code doc}) over a complete machine; refuses unknown keys. */
    private static ObjectNode overlay(YamlDocument doc, String pointer, ObjectNode machine, JsonNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!machine.has(e.getKey())) {
                throw doc.error(pointer + "/" + e.getKey(), "unknown machine parameter; allowed: "
                        + String.join(", ", names(machine)));
            }
            machine.set(e.getKey(), e.getValue());
        }
        return machine;
    }

    private static TreeSet<String> names(ObjectNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
