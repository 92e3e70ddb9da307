package org.mark1.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.io.InputError;
import org.mark1.io.ProjectVersion;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.RandomStreams;

/**
 * Everything needed to run a run again, byte for byte: the project version, the complete scenario
 * (its machine fully spelled out), the master seed and every stream's seed, and the files loaded
 * in place of random ones (wiring sheet, saved state), with their SHA-256 so a changed sheet is noticed.
 *
 * <p>{@link #read} accepts a manifest only if it agrees with itself: every key present, the master
 * seed the scenario's, every stream's seed the one the master seed gives, the version this
 * build's. A manifest that was edited, or written by another version, is refused rather than run
 * into results that differ from the ones it describes.
 *
 * @param project  "mark1"
 * @param version  the project version that made the run
 * @param seed     the master seed
 * @param streams  each named stream's seed
 * @param scenario the scenario, complete
 * @param wiring   the wiring sheet used, or null for a random board
 * @param state    the saved machine started from, or null for random starting positions
 * @param trace    whether the run wrote a trace
 */
public record Manifest(String project, String version, long seed, Map<String, Long> streams, Scenario scenario,
        Sheet wiring, Sheet state, boolean trace) {

    /** The value of {@link #project}. */
    public static final String PROJECT = "mark1";

    private static final List<String> REQUIRED = List.of("project", "version", "seed", "streams", "scenario", "trace");
    private static final String FIX = "restore the manifest from its run folder, or run the scenario again";

    /** A file the run read, and its SHA-256. */
    public record Sheet(String path, String sha256) {
    }

    /** Every stream's seed as a manifest records it, by the stream's name in files. */
    public static Map<String, Long> streams(long seed) {
        Map<String, Long> streams = new LinkedHashMap<>();
        new RandomStreams(seed).seeds().forEach((k, v) -> streams.put(k.id(), v));
        return streams;
    }

    /** Reads a run's {@code manifest.json} and checks it against itself; any fault is one {@link InputError}. */
    public static Manifest read(Path file) {
        YamlDocument doc = YamlDocument.read(file);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw doc.error("", "a manifest is a JSON object written by mark1 run; give a run folder's manifest.json");
        }
        for (String key : REQUIRED) {
            if (!root.has(key) || root.get(key).isNull()) {
                throw doc.error("", "missing key '" + key + "'; " + FIX);
            }
        }
        if (!PROJECT.equals(root.get("project").asText())) {
            throw doc.error("/project", "'" + InputError.excerpt(root.get("project").asText()) + "' is not a mark1 manifest; "
                    + "give a manifest.json written by mark1 run");
        }
        String version = root.get("version").asText();
        if (!ProjectVersion.get().equals(version)) {
            throw doc.error("/version", "written by mark1 " + InputError.excerpt(version) + "; this is mark1 "
                    + ProjectVersion.get() + ": use mark1 " + InputError.excerpt(version) + " to run it again byte for byte, "
                    + "or run the scenario again with this version");
        }
        requireWholeMachine(doc, root.get("scenario"));
        Manifest m = doc.bind("", root, Manifest.class);
        m.verify(doc);
        return m;
    }

    /** The scenario in a manifest spells out every machine parameter; none is filled in from today's default. */
    private static void requireWholeMachine(YamlDocument doc, JsonNode scenario) {
        JsonNode machine = scenario.get("machine");
        if (scenario.isObject() && (machine == null || !machine.isObject())) {
            throw doc.error("/scenario", "missing key 'machine'; " + FIX);
        }
        if (machine == null) {
            return;
        }
        for (var c : MachineConfig.class.getRecordComponents()) {
            if (!machine.has(c.getName())) {
                throw doc.error("/scenario/machine", "missing key '" + c.getName() + "'; " + FIX);
            }
        }
    }

    private void verify(YamlDocument doc) {
        if (seed != scenario.seed()) {
            throw doc.error("/seed", seed + " is not the scenario's seed " + scenario.seed() + "; " + FIX);
        }
        Map<String, Long> expected = streams(seed);
        for (Iterator<String> it = streams.keySet().iterator(); it.hasNext();) {
            String name = it.next();
            if (!expected.containsKey(name)) {
                throw doc.error("/streams/" + name, "no such stream; allowed: " + String.join(", ", expected.keySet()));
            }
        }
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Long given = streams.get(e.getKey());
            if (given == null) {
                throw doc.error("/streams", "missing stream '" + e.getKey() + "'; " + FIX);
            }
            if (!given.equals(e.getValue())) {
                throw doc.error("/streams/" + e.getKey(), given + " is not the seed master seed " + seed + " gives this stream ("
                        + e.getValue() + "); " + FIX);
            }
        }
        requireWholeSheet(doc, "wiring", wiring);
        requireWholeSheet(doc, "state", state);
    }

    private static void requireWholeSheet(YamlDocument doc, String key, Sheet sheet) {
        if (sheet == null) {
            return;
        }
        if (sheet.path() == null || sheet.path().isBlank()) {
            throw doc.error("/" + key, "missing key 'path'; " + FIX);
        }
        if (sheet.sha256() == null || !sheet.sha256().matches("[0-9a-f]{64}")) {
            throw doc.error("/" + key + "/sha256", "is not a SHA-256 (64 hexadecimal digits); " + FIX);
        }
    }
}
