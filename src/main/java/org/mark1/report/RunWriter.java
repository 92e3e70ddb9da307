package org.mark1.report;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.MachineStateFile;
import org.mark1.experiment.Summary;
import org.mark1.io.Json;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Scenario;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mark1.io.AtomicFolder;
import org.mark1.io.ProjectVersion;
import org.mark1.machine.RandomStreams;
import org.mark1.io.CsvText;

/**
 * Writes a run's folder: {@code manifest.json}, {@code summary.json}, {@code curve.csv},
 * {@code curve.png}, the trained machine {@code state.json} (pots and R-unit thresholds, or in the ideal
 * weight mode real weights and thresholds; none for a network) and the plugboard
 * {@code wiring.csv}.
 * The folder is written as one ({@link AtomicFolder}): a reader finds the earlier run's whole set
 * of files or this run's, never a mix. Nothing in the files depends on the computer or the hour.
 */
public final class RunWriter {

    public static final String MANIFEST = "manifest.json";
    public static final String SUMMARY = "summary.json";
    public static final String CURVE_CSV = "curve.csv";
    public static final String CURVE_PNG = "curve.png";
    public static final String STATE = "state.json";
    public static final String WIRING = "wiring.csv";
    public static final String TRACE = "trace.jsonl";
    /** Every file a run's folder may hold ({@code pots.csv}: the saved pots of versions before state.json). */
    public static final Set<String> FILES = files();

    /** Where a run's files go: each file's name and its content. */
    @FunctionalInterface
    public interface Sink {
        void write(String name, org.mark1.io.AtomicFiles.Content content);
    }

    private static Set<String> files() {
        Set<String> all = new java.util.TreeSet<>(Set.of(MANIFEST, SUMMARY, CURVE_CSV, CURVE_PNG, STATE, WIRING, TRACE, "pots.csv"));
        all.addAll(RunReport.FILES);
        return Set.copyOf(all);
    }

    private RunWriter() {
    }

    /** The manifest of a run. */
    public static Manifest manifest(Scenario s, Manifest.Sheet wiring, Manifest.Sheet state, boolean trace) {
        Map<String, Long> streams = new LinkedHashMap<>();
        new RandomStreams(s.seed()).seeds().forEach((k, v) -> streams.put(k.id(), v));
        return new Manifest("mark1", ProjectVersion.get(), s.seed(), streams, s, wiring, state, trace);
    }

    /**
     * Starts a run's folder at {@code dir}: checks now that it can be written, and that it is new,
     * empty or an earlier run's folder (anything else is refused, never replaced). The files go to a
     * temporary folder until {@link AtomicFolder#commit}, which puts the whole set in place at once.
     */
    public static AtomicFolder open(Path dir) {
        return AtomicFolder.replace(dir, FILES);
    }

    /** Writes a run's files into {@code folder} (which the caller commits). */
    public static void write(AtomicFolder folder, Manifest manifest, Experiment.Result result) {
        write(folder::write, manifest, result);
    }

    /** Writes a run's files, its reports included, to {@code out}. */
    public static void write(Sink out, Manifest manifest, Experiment.Result result) {
        Summary summary = result.summary();
        out.write(MANIFEST, text(Json.write(manifest)));
        out.write(SUMMARY, text(Json.write(summary)));
        out.write(CURVE_CSV, text(curveCsv(summary)));
        byte[] png = CurvePlot.png(summary);
        out.write(CURVE_PNG, o -> o.write(png));
        if (result.learned() != null) { // pots, or ideal real weights; a network (mlp) saves nothing
            out.write(STATE, text(MachineStateFile.write(result.learned())));
        }
        out.write(WIRING, text(result.machine().plugboard().toCsv()));
        RunReport.write(out, result);
    }

    static org.mark1.io.AtomicFiles.Content text(String s) {
        return o -> o.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes a run's folder whole, replacing an earlier run's. */
    public static void write(Path dir, Manifest manifest, Experiment.Result result) {
        try (AtomicFolder folder = open(dir)) {
            write(folder, manifest, result);
            folder.commit();
        }
    }

    static String curveCsv(Summary summary) {
        CsvText sheet = new CsvText("block", "first_presentation", "last_presentation", "errors", "error_rate");
        int block = summary.learningCurve().block();
        int first = 1;
        int i = 1;
        for (int errors : summary.learningCurve().errors()) {
            int last = Math.min(summary.presentations(), first + block - 1);
            sheet.row(i++, first, last, errors, String.format(java.util.Locale.ROOT, "%.4f", (double) errors / (last - first + 1)));
            first = last + 1;
        }
        return sheet.text();
    }
}
