package org.mark1.compare;

import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.mark1.io.AtomicFiles;
import org.mark1.io.ProjectVersion;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;
import org.mark1.report.ReportPages;

/** Writes a comparison's folder: compare.csv, curves.png, report.md and report.html, manifest.json. */
public final class CompareWriter {

    public static final String CSV = "compare.csv";
    public static final String PNG = "curves.png";
    public static final String REPORT = "report.md";
    public static final String MANIFEST = "manifest.json";

    /**
     * Everything needed to make the comparison again, byte for byte ({@code compare --manifest}).
     *
     * @param scenario the scenario, complete, with the first seed
     */
    public record CompareManifest(String project, String version, Scenario scenario, List<Rules> rules, int seeds,
            WeightMode weights) {
    }

    private CompareWriter() {
    }

    public static CompareManifest manifest(Comparison c) {
        return new CompareManifest("mark1", ProjectVersion.get(), c.scenario(), c.rules(), c.seeds(), c.weights());
    }

    public static void write(Path dir, Comparison c, List<List<Comparison.Outcome>> outcomes) {
        String csv = ComparisonReport.csv(outcomes);
        String report = ComparisonReport.markdown(c, outcomes);
        byte[] png = ComparePlot.png(c, outcomes);
        AtomicFiles.writeString(dir.resolve(MANIFEST), Json.write(manifest(c)));
        AtomicFiles.writeString(dir.resolve(CSV), csv);
        AtomicFiles.write(dir.resolve(PNG), out -> out.write(png));
        ReportPages.write(dir, report);
    }
}
