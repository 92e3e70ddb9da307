package org.mark1.compare;

import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.mark1.io.AtomicFiles;
import org.mark1.io.ProjectVersion;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;

/** Writes a comparison's folder: compare.csv, curves.png, report.md, manifest.json; tuning.csv and tuning.png when tuned. */
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
     */
    public record CompareManifest(String project, String version, Scenario scenario, List<Rules> rules, int seeds,
            WeightMode weights, Integer tuningSeeds) {
    }

    private CompareWriter() {
    }

    public static CompareManifest manifest(Comparison c, Tuning t) {
        return new CompareManifest("mark1", ProjectVersion.get(), c.scenario(), c.rules(), c.seeds(), c.weights(),
                t == null ? 0 : t.seeds().size());
    }

    /** Writes the folder of comparison {@code c}, run at the rates {@code t} chose (null: not tuned). */
    public static void write(Path dir, Comparison c, Tuning t, List<List<Comparison.Outcome>> outcomes) {
        String csv = ComparisonReport.csv(outcomes);
        String report = ComparisonReport.markdown(c, outcomes) + TuningReport.markdown(c, t);
        byte[] png = ComparePlot.png(c, outcomes);
        if (t != null) {
            String tuningCsv = TuningReport.csv(t);
            byte[] tuningPng = TuningReport.png(c, t);
            AtomicFiles.writeString(dir.resolve(TUNING_CSV), tuningCsv);
            AtomicFiles.write(dir.resolve(TUNING_PNG), out -> out.write(tuningPng));
        }
        AtomicFiles.writeString(dir.resolve(MANIFEST), Json.write(manifest(c, t)));
        AtomicFiles.writeString(dir.resolve(CSV), csv);
        AtomicFiles.write(dir.resolve(PNG), out -> out.write(png));
        AtomicFiles.writeString(dir.resolve(REPORT), report);
    }
}
