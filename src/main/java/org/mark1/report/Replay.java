package org.mark1.report;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedRow;
import org.mark1.experiment.SweepSummary;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.scenario.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.AtomicFiles;
import org.mark1.io.AtomicFolder;
import org.mark1.io.InputError;

/**
 * {@code mark1 replay}: runs shipped scenarios over their seeds and writes their figures into the
 * documentation: {@code docs/scenarios/NAME/seeds.csv} and {@code curve.png} (and
 * {@code generalisation.png} when measured, {@code distance.csv} and {@code .png} with
 * {@code evaluation.distance}), then {@code docs/scenarios.md} from every shipped
 * scenario's file and rows.
 */
public final class Replay {

    /** Seeds a replay uses for a scenario without {@code seeds:} of its own. */
    public static final int DEFAULT_SEEDS = 20;

    public static final String TABLE = "scenarios.md";

    private Replay() {
    }

    /** The seeds a replay runs {@code s} with: {@code override} if given, else its {@code seeds:}, else 20 from its seed. */
    public static List<Long> seeds(Scenario s, Seeds override) {
        Seeds chosen = override != null ? override : s.seeds() != null ? s.seeds() : Seeds.count(DEFAULT_SEEDS);
        return chosen.list(s.seed());
    }

    /**
     * Runs {@code s} over {@code seeds} into {@code out/NAME}, and, for a shipped scenario, copies its
     * rows and curves into {@code docs/scenarios/NAME/}.
     */
    public static SweepSummary run(Scenario s, List<Long> seeds, int threads, Path out, Path docs, Progress progress) {
        Scenario swept = s.withSeeds(Seeds.range(seeds.get(0), seeds.get(seeds.size() - 1))).withSeed(seeds.get(0));
        Path dir = out.resolve(s.name());
        SweepSummary summary;
        try (AtomicFolder folder = SweepWriter.open(dir, seeds)) {
            summary = SweepWriter.runAndWrite(folder, swept, seeds, Experiment.Options.defaults(), threads, progress, null, null);
            folder.commit();
        }
        if (ScenarioLoader.BUILT_IN.contains(s.name())) {
            Path data = docs.resolve("scenarios").resolve(s.name());
            for (String f : List.of(SweepWriter.SEEDS_CSV, RunWriter.CURVE_PNG, RunReport.GENERALISATION_PNG, LesionReport.PNG,
                    DistanceReport.CSV, DistanceReport.PNG)) {
                if (Files.exists(dir.resolve(f))) {
                    byte[] bytes = read(dir.resolve(f));
                    AtomicFiles.write(data.resolve(f), o -> o.write(bytes));
                }
            }
        }
        return summary;
    }

    /** Writes {@code docs/scenarios.md} from the shipped scenarios and their rows in {@code docs}. */
    public static Path writeTable(Path docs) {
        Path file = docs.resolve(TABLE);
        AtomicFiles.writeString(file, table(docs));
        return file;
    }

    /** The text of {@code docs/scenarios.md} as the shipped scenarios and the rows in {@code docs} give it. */
    public static String table(Path docs) {
        List<String> missing = ScenarioLoader.BUILT_IN.stream().filter(n -> !Files.exists(rowsFile(docs, n))).toList();
        return ScenarioTable.markdown(entries(docs), missing);
    }

    private static List<ScenarioTable.Entry> entries(Path docs) {
        List<ScenarioTable.Entry> entries = new ArrayList<>();
        for (String name : ScenarioLoader.BUILT_IN) {
            if (Files.exists(rowsFile(docs, name))) {
                entries.add(new ScenarioTable.Entry(ScenarioLoader.builtIn(name), rows(docs, name), calibrations(docs, name)));
            }
        }
        return entries;
    }

    /**
     * Writes {@code docs/scenarios.md} and the rows {@code docs/model.md} quotes from it, both from the
     * shipped scenarios, their rows and their calibrations in {@code docs}.
     */
    public static List<Path> writeTables(Path docs) {
        Path model = docs.resolve(MODEL);
        if (!Files.exists(model)) { // a documentation folder of the user's own, without the model
            return List.of(writeTable(docs));
        }
        String text = modelText(docs);
        Path table = writeTable(docs);
        AtomicFiles.writeString(model, text);
        return List.of(table, model);
    }

    public static final String MODEL = "model.md";

    /** {@code docs/model.md} with its quoted history rows as the files give them now. */
    public static String modelText(Path docs) {
        return ScenarioTable.withFragment(InputError.readText(docs.resolve(MODEL)), ScenarioTable.fragment(entries(docs)));
    }

    /** The committed calibrations of shipped scenario {@code name}: its folders {@code calibration*}, by name. */
    public static java.util.SortedMap<String, CalibrationSheet> calibrations(Path docs, String name) {
        java.util.SortedMap<String, CalibrationSheet> sheets = new java.util.TreeMap<>();
        Path dir = docs.resolve("scenarios").resolve(name);
        if (!Files.isDirectory(dir)) {
            return sheets;
        }
        try (var list = Files.list(dir)) {
            List<Path> folders = list.filter(p -> p.getFileName().toString().startsWith(CalibrationSheet.FOLDER_PREFIX)
                    && Files.isRegularFile(p.resolve(CalibrationSheet.CSV))).sorted().toList();
            for (Path f : folders) {
                sheets.put(f.getFileName().toString(), CalibrationSheet.parse(InputError.readText(f.resolve(CalibrationSheet.CSV))));
            }
            return sheets;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path rowsFile(Path docs, String name) {
        return docs.resolve("scenarios").resolve(name).resolve(SweepWriter.SEEDS_CSV);
    }

    /** The committed rows of shipped scenario {@code name}; missing ones are an {@link InputError} saying to replay it. */
    public static List<SeedRow> rows(Path docs, String name) {
        Path f = rowsFile(docs, name);
        if (!Files.exists(f)) {
            throw new InputError(f + ": no figures yet for scenario " + name + "; run: mark1 replay " + name);
        }
        return SeedRow.parse(InputError.readText(f));
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
