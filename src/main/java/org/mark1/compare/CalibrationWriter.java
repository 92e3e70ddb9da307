package org.mark1.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mark1.experiment.Estimate;
import org.mark1.io.AtomicFolder;
import org.mark1.io.Json;
import org.mark1.io.ProjectVersion;
import org.mark1.report.CalibrationSheet;
import org.mark1.report.ReportPages;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;

/** Writes a calibration's folder whole: calibration.csv, calibration.png, report.md, manifest.json. */
public final class CalibrationWriter {

    public static final String PNG = "calibration.png";
    public static final String REPORT = "report.md";
    public static final String MANIFEST = "manifest.json";

    /**
     * Everything needed to make the calibration again, byte for byte ({@code calibrate --manifest}).
     *
     * @param vary the keys and their values, as {@code --vary KEY=a,b,c}
     */
    public record CalibrationManifest(String project, String version, Scenario scenario, Measure measure, List<String> vary,
            List<Long> seeds) {
    }

    private CalibrationWriter() {
    }

    public static CalibrationManifest manifest(Calibration c) {
        return new CalibrationManifest("mark1", ProjectVersion.get(), c.scenario(), c.measure(),
                c.axes().stream().map(CalibrationAxis::text).toList(), c.seeds());
    }

    /**
     * The calibration a manifest describes. The manifest has been checked by {@code Manifest.check}
     * ({@code Kind.CALIBRATE}): this project and version, one or two keys, its seeds.
     */
    public static Calibration fromManifest(CalibrationManifest m) {
        return Calibration.of(m.scenario(), m.measure(), m.vary().stream().map(CalibrationAxis::parse).toList(), m.seeds());
    }

    /** Opens the folder before anything runs, so that a place that cannot be written is refused first. */
    public static AtomicFolder open(Path dir) {
        return AtomicFolder.replace(dir, Set.of(CalibrationSheet.CSV, PNG, REPORT, ReportPages.HTML, MANIFEST));
    }

    public static void write(AtomicFolder folder, Calibration c, CalibrationSheet sheet) {
        folder.writeString(MANIFEST, Json.write(manifest(c)));
        folder.writeString(CalibrationSheet.CSV, sheet.csv());
        byte[] png = CalibrationPlot.png(c.scenario().name(), sheet);
        folder.write(PNG, out -> out.write(png));
        ReportPages.write(folder, report(c, sheet));
    }

    /** {@code report.md}: what was run, the generated finding, every point, the picture. */
    static String report(Calibration c, CalibrationSheet sheet) {
        Scenario s = c.scenario();
        StringBuilder b = new StringBuilder();
        b.append("# Calibration: ").append(s.name()).append("\n\n");
        if (s.history() != null) {
            b.append("History: ").append(s.history().claim()).append(' ').append(s.history().source())
                    .append(".\n\n");
        }
        b.append("Measured: ").append(c.measure().label()).append(", over seeds ").append(c.seeds().get(0)).append(" to ")
                .append(c.seeds().get(c.seeds().size() - 1)).append(" (").append(c.seeds().size()).append(" seeds) at each of ")
                .append(sheet.points().size()).append(" points; every other key as the scenario sets it. ")
                .append("Made again by `mark1 calibrate --manifest manifest.json --out DIR`.\n\n");
        b.append(sheet.findings()).append("\n\n");
        b.append("![").append(s.name()).append(": calibration](").append(PNG).append(")\n\n");
        String centre = sheet.points().get(0).figure().centre();
        b.append("| ").append(String.join(" | ", sheet.keys())).append(" | ").append(centre).append(" | 95 % interval of the ")
                .append(centre).append(" | min | max | seeds with it | record holds |\n");
        b.append("|").append("---|".repeat(sheet.keys().size() + 6)).append('\n');
        for (CalibrationSheet.GridPoint p : sheet.points()) {
            Estimate e = p.figure();
            b.append("| ").append(String.join(" | ", p.values())).append(" | ").append(f(e.value())).append(" | ")
                    .append(e.low() == null ? "none" : f(e.low()) + "–" + f(e.high())).append(" | ").append(f(e.min())).append(" | ")
                    .append(f(e.max())).append(" | ").append(e.seeds()).append(" of ").append(e.of()).append(" | ")
                    .append(sheet.history() == null ? "no figure" : sheet.holdsCell(p)).append(" |\n");
        }
        return b.toString();
    }

    private static String f(Double v) {
        return v == null ? "none" : Estimate.format(v);
    }
}
