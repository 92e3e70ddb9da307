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
 * @param cards    the SHA-256 of every image card file the scenario reads, by path; null when it reads none
 */
public record Manifest(String project, String version, long seed, Map<String, Long> streams, Scenario scenario,
        Sheet wiring, Sheet state, boolean trace,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Map<String, String> cards) {

    /** The manifest of a run of {@code scenario}, with the SHA-256 of every image card it reads ({@link #cards(Scenario)}). */
    public Manifest(String project, String version, long seed, Map<String, Long> streams, Scenario scenario, Sheet wiring,
            Sheet state, boolean trace) {
        this(project, version, seed, streams, scenario, wiring, state, trace, cards(scenario));
    }

    /** The value of {@link #project}. */
    public static final String PROJECT = "mark1";

    /** The keys every run's manifest holds. */
    public static final List<String> REQUIRED = List.of("project", "version", "seed", "streams", "scenario", "trace");
    private static final String FIX = "restore the manifest from its run folder, or run the scenario again";

    /**
     * The kinds of manifest, each with the keys it must hold and the command that makes it again:
     * {@code run} (one run or a sweep), {@code compare}, {@code sensitivity}.
     */
    public enum Kind {
        RUN("run", REQUIRED),
        COMPARE("compare", List.of("project", "version", "scenario", "rules", "seeds", "weights")),
        SENSITIVITY("sensitivity", List.of("project", "version", "scenario", "rules", "seeds", "weights", "sizes", "draws",
                "singles")),
        CALIBRATE("calibrate", List.of("project", "version", "scenario", "measure", "vary", "seeds"));

        private final String command;
        private final List<String> keys;

        Kind(String command, List<String> keys) {
            this.command = command;
            this.keys = keys;
        }

        /** The kind a manifest's keys show it to be. */
        static Kind of(JsonNode root) {
            return root.has("vary") ? CALIBRATE : root.has("sizes") ? SENSITIVITY : root.has("rules") ? COMPARE : RUN;
        }
    }

    /** The largest number of seeds a compare or sensitivity manifest may name (as --seeds allows). */
    public static final int MAX_COMPARED_SEEDS = 10_000;

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
        YamlDocument doc = check(file, Kind.RUN);
        JsonNode root = doc.root();
        Manifest m = doc.bind("", root, Manifest.class);
        m.verify(doc);
        return m;
    }

    /**
     * Reads a manifest of {@code kind} and checks what every kind must: a JSON object of this
     * kind, every key present and not null, written by mark1 in this version, the scenario's
     * machine spelled out whole; for compare and sensitivity also the rules (each once, at least
     * one) and the seeds (1 to {@value #MAX_COMPARED_SEEDS}, counted from the scenario's seed).
     * Any fault is one {@link InputError} naming the file and the key. The one validator of every manifest.
     */
    public static YamlDocument check(Path file, Kind kind) {
        YamlDocument doc = YamlDocument.read(file);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw doc.error("", "a manifest is a JSON object written by mark1 " + kind.command + "; give a "
                    + kind.command + " folder's manifest.json");
        }
        if (PROJECT.equals(root.path("project").asText(null)) && Kind.of(root) != kind) {
            throw doc.error("", "is the manifest of mark1 " + Kind.of(root).command + "; make it again with mark1 "
                    + Kind.of(root).command + " --manifest");
        }
        for (String key : kind.keys) {
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
        if (kind == Kind.COMPARE || kind == Kind.SENSITIVITY) {
            requireRulesAndSeeds(doc, root);
        }
        if (kind == Kind.CALIBRATE) {
            requireKeysAndSeedList(doc, root);
        }
        return doc;
    }

    /** A calibration names one or two keys and its seeds as a list: each once, 1 to {@value #MAX_COMPARED_SEEDS}, none negative. */
    private static void requireKeysAndSeedList(YamlDocument doc, JsonNode root) {
        JsonNode vary = root.get("vary");
        if (!vary.isArray() || vary.isEmpty() || vary.size() > 2) {
            throw doc.error("/vary", "a calibration varies one or two keys, as [\"KEY=RANGE\"]; " + FIX);
        }
        JsonNode seeds = root.get("seeds");
        if (!seeds.isArray() || seeds.isEmpty() || seeds.size() > MAX_COMPARED_SEEDS) {
            throw doc.error("/seeds", "a calibration lists 1 to " + MAX_COMPARED_SEEDS + " seeds; " + FIX);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode s = seeds.get(i);
            if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < 0) {
                throw doc.error("/seeds/" + i, "'" + InputError.excerpt(s.asText()) + "' is not a seed; allowed: 0 to "
                        + Long.MAX_VALUE);
            }
            if (!seen.add(s.longValue())) {
                throw doc.error("/seeds/" + i, s.longValue() + " is named twice; name each seed once");
            }
        }
    }

    private static void requireRulesAndSeeds(YamlDocument doc, JsonNode root) {
        JsonNode rules = root.get("rules");
        if (!rules.isArray() || rules.isEmpty()) {
            throw doc.error("/rules", "names no rule; give a list of rules, each once (e.g. [\"error-correction\", \"lms\"]); "
                    + FIX);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!seen.add(rules.get(i).asText())) {
                throw doc.error("/rules/" + i, "'" + InputError.excerpt(rules.get(i).asText()) + "' is named twice; name each rule once");
            }
        }
        JsonNode seeds = root.get("seeds");
        if (!seeds.canConvertToInt() || !seeds.isIntegralNumber() || seeds.intValue() < 1
                || seeds.intValue() > MAX_COMPARED_SEEDS) {
            throw doc.error("/seeds", "'" + InputError.excerpt(seeds.asText()) + "' is out of range; allowed: 1 to "
                    + MAX_COMPARED_SEEDS + " seeds");
        }
        JsonNode seed = root.get("scenario").get("seed");
        if (seed != null && seed.canConvertToLong()) {
            try {
                Seeds.first(seed.longValue(), seeds.intValue());
            } catch (org.mark1.io.InvalidValue e) {
                throw doc.error("/seeds", e.problem());
            }
        }
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
        if (scenario.seeds() != null && (scenario.seeds().count() != 0 || scenario.seeds().first() != seed)) {
            throw doc.error("/scenario/seeds", "'" + scenario.seeds().written() + "' is not the seeds of a sweep from seed "
                    + seed + " (a sweep's manifest names them as a range from its seed); " + FIX);
        }
        requireWholeSheet(doc, "wiring", wiring);
        requireWholeSheet(doc, "state", state);
        requireSameCards(doc, cards);
    }

    /**
     * The SHA-256 of every image card file {@code s} reads (its classes' and its second course's
     * {@code images:} folders), by path in name order; null when it reads none.
     */
    public static Map<String, String> cards(Scenario s) {
        List<Scenario.ClassSpec> classes = new java.util.ArrayList<>(s.classes());
        if (s.retraining() != null) {
            classes.addAll(s.retraining().classes());
        }
        java.util.TreeMap<String, String> out = new java.util.TreeMap<>();
        for (Scenario.ClassSpec c : classes) {
            if (c.images() != null && java.nio.file.Files.isDirectory(Path.of(c.images()))) {
                for (Path f : org.mark1.stimulus.CardFolder.files(Path.of(c.images()))) {
                    out.put(f.toString(), sha256(f));
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** The SHA-256 of a file's bytes, as 64 hexadecimal digits. */
    public static String sha256(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                md.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.io.IOException e) {
            throw InputError.reading(file, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The image cards on disk now are the ones the run read: same files, same bytes. */
    private void requireSameCards(YamlDocument doc, Map<String, String> recorded) {
        requireSameCards(doc, scenario, recorded);
    }

    /**
     * The image cards {@code scenario} reads on disk now are the ones a manifest ({@code doc})
     * recorded ({@code recorded}, its {@code cards}): same files, same bytes; else one {@link InputError}.
     */
    public static void requireSameCards(YamlDocument doc, Scenario scenario, Map<String, String> recorded) {
        Map<String, String> now = cards(scenario);
        if (now == null && recorded == null) {
            return;
        }
        if (recorded == null) {
            throw doc.error("", "missing key 'cards' (the SHA-256 of the image cards the run read); " + FIX);
        }
        java.util.Set<String> all = new java.util.TreeSet<>(recorded.keySet());
        if (now != null) {
            all.addAll(now.keySet());
        }
        for (String f : all) {
            String was = recorded.get(f);
            String is = now == null ? null : now.get(f);
            if (is == null) {
                throw doc.error("/cards", InputError.excerpt(f, 120) + ": the run read this card, which is gone; restore it, "
                        + "or run the scenario again");
            }
            if (was == null) {
                throw doc.error("/cards", InputError.excerpt(f, 120) + ": a card the run did not read; remove it from the "
                        + "folder, or run the scenario again");
            }
            if (!was.equals(is)) {
                throw doc.error("/cards", InputError.excerpt(f, 120) + ": this card has changed since the run (its SHA-256 "
                        + "differs); restore it, or run the scenario again");
            }
        }
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
