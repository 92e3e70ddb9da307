package org.mark1.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mark1.io.AtomicFolder;
import org.mark1.io.Json;
import org.mark1.io.ProjectVersion;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;
import org.mark1.report.ReportPages;
import org.mark1.scenario.Scenario;

/**
 * Writes a comparison's folder: compare.csv, curves.png, report.md and report.html, manifest.json;
 * tuning.csv and tuning.png when each rule's constants were tuned.
 */
public final class CompareWriter {

    public static final String CSV = "compare.csv";
    public static final String PNG = "curves.png";
    public static final String REPORT = "report.md";
    public static final String MANIFEST = "manifest.json";
    public static final String TUNING_CSV = "tuning.csv";
    public static final String TUNING_PNG = "tuning.png";

    /**
     * Everything needed to make the comparison again, byte for byte ({@code compare --manifest}).
     *
     * @param scenario    the scenario, complete, with the first seed
     * @param tuningSeeds the tuning seeds each rule's rate was chosen on ({@link Tuning}), 0 or null: not tuned
     * @param cards       the SHA-256 of every image card file the scenario reads, by path (null: none)
     */
    public record CompareManifest(String project, String version, Scenario scenario, List<Rules> rules, int seeds,
            WeightMode weights, Integer tuningSeeds,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            java.util.Map<String, String> cards) {
    }

    private CompareWriter() {
    }

    public static CompareManifest manifest(Comparison c, Tuning t) {
        return new CompareManifest("mark1", ProjectVersion.get(), c.scenario(), c.rules(), c.seeds(), c.weights(),
                t == null ? 0 : t.seeds().size(), org.mark1.scenario.Manifest.cards(c.scenario()));
    }

    /** Every file the folder may hold. */
    public static final Set<String> FILES = Set.of(CSV, PNG, REPORT, ReportPages.HTML, MANIFEST, TUNING_CSV, TUNING_PNG);

    /**
     * Starts the folder at {@code dir}: checks now that it can be written and that it is new, empty or
     * an earlier comparison's folder (anything else is refused, never replaced).
     */
    public static AtomicFolder open(Path dir) {
        return AtomicFolder.replace(dir, FILES);
    }

    /** Writes the folder at {@code dir} whole, as {@link #open} and {@link #write(AtomicFolder, Comparison, Tuning, List)}. */
    public static void write(Path dir, Comparison c, Tuning t, List<List<Comparison.Outcome>> outcomes) {
        try (AtomicFolder folder = open(dir)) {
            write(folder, c, t, outcomes);
        }
    }

    /**
     * Writes the files of comparison {@code c}, run at the rates {@code t} chose (null: not tuned), into
     * {@code folder} and commits it: the whole set replaces the earlier one at once.
     */
    public static void write(AtomicFolder folder, Comparison c, Tuning t, List<List<Comparison.Outcome>> outcomes) {
        String csv = ComparisonReport.csv(outcomes);
        String report = ComparisonReport.markdown(c, outcomes) + TuningReport.markdown(c, t);
        byte[] png = ComparePlot.png(c, outcomes);
        if (t != null) {
            String tuningCsv = TuningReport.csv(t);
            byte[] tuningPng = TuningReport.png(c, t);
            folder.writeString(TUNING_CSV, tuningCsv);
            folder.write(TUNING_PNG, out -> out.write(tuningPng));
        }
        folder.writeString(MANIFEST, Json.write(manifest(c, t)));
        folder.writeString(CSV, csv);
        folder.write(PNG, out -> out.write(png));
        ReportPages.write(folder, report);
        folder.commit();
    }
}
