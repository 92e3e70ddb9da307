package org.mark1.compare;

import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mark1.io.AtomicFolder;
import org.mark1.io.ProjectVersion;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;
import org.mark1.report.ReportPages;

/**
 * Writes a sensitivity folder as one ({@link AtomicFolder}): sensitivity.csv, sensitivity.png,
 * report.md and report.html, manifest.json. Nothing in the files depends on the computer, the hour or the threads.
 */
public final class SensitivityWriter {

    public static final String CSV = "sensitivity.csv";
    public static final String PNG = "sensitivity.png";
    public static final String REPORT = "report.md";
    public static final String MANIFEST = "manifest.json";
    /** Every file the folder may hold. */
    public static final Set<String> FILES = Set.of(CSV, PNG, REPORT, ReportPages.HTML, MANIFEST);

    /**
     * What the folder was made from.
     *
     * @param scenario the scenario, complete, with the first seed
     * @param cards    the SHA-256 of every image card file the scenario reads, by path (null: none)
     */
    public record SensitivityManifest(String project, String version, Scenario scenario, List<Rules> rules, int seeds,
            WeightMode weights, List<Double> sizes, int draws, int singles,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            java.util.Map<String, String> cards) {
    }

    private SensitivityWriter() {
    }

    public static SensitivityManifest manifest(Sensitivity s) {
        Comparison c = s.comparison();
        return new SensitivityManifest("mark1", ProjectVersion.get(), c.scenario(), c.rules(), c.seeds(), c.weights(),
                s.sizes(), s.draws(), s.singles(), org.mark1.scenario.Manifest.cards(c.scenario()));
    }

    /**
     * Starts the folder at {@code dir}: checks now that it can be written and that it is new, empty or
     * an earlier sensitivity folder (anything else is refused, never replaced).
     */
    public static AtomicFolder open(Path dir) {
        return AtomicFolder.replace(dir, FILES);
    }

    /** Writes the files into {@code folder} and commits it. */
    public static void write(AtomicFolder folder, Sensitivity s, List<Sensitivity.FlipRow> rows) {
        String csv = SensitivityReport.csv(rows);
        String report = SensitivityReport.markdown(s, rows);
        byte[] png = SensitivityPlot.png(s, rows);
        folder.writeString(MANIFEST, Json.write(manifest(s)));
        folder.writeString(CSV, csv);
        folder.write(PNG, out -> out.write(png));
        ReportPages.write(folder, report);
        folder.commit();
    }
}
