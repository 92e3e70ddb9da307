package org.mark1.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mark1.io.AtomicFiles;
import org.mark1.io.ProjectVersion;
import org.mark1.machine.MachineState;
import org.mark1.machine.RandomStreams;

/**
 * Writes a run's folder: {@code manifest.json}, {@code summary.json}, {@code curve.csv},
 * {@code curve.png}, the trained machine {@code state.json} (pots and R-unit thresholds) and the plugboard
 * {@code wiring.csv}.
 * Each file is written atomically; nothing in them depends on the computer or the hour.
 */
public final class RunWriter {

    public static final String MANIFEST = "manifest.json";
    public static final String SUMMARY = "summary.json";
    public static final String CURVE_CSV = "curve.csv";
    public static final String CURVE_PNG = "curve.png";
    public static final String STATE = "state.json";
    public static final String WIRING = "wiring.csv";
    public static final String TRACE = "trace.jsonl";

    private RunWriter() {
    }

    /** The manifest of a run. */
    public static Manifest manifest(Scenario s, Manifest.Sheet wiring, Manifest.Sheet state, boolean trace) {
        Map<String, Long> streams = new LinkedHashMap<>();
        new RandomStreams(s.seed()).seeds().forEach((k, v) -> streams.put(k.id(), v));
        return new Manifest("mark1", ProjectVersion.get(), s.seed(), streams, s, wiring, state, trace);
    }

    public static void write(Path dir, Manifest manifest, Experiment.Result result) {
        Summary summary = result.summary();
        AtomicFiles.writeString(dir.resolve(MANIFEST), Json.write(manifest));
        AtomicFiles.writeString(dir.resolve(SUMMARY), Json.write(summary));
        AtomicFiles.writeString(dir.resolve(CURVE_CSV), curveCsv(summary));
        byte[] png = CurvePlot.png(summary);
        AtomicFiles.write(dir.resolve(CURVE_PNG), out -> out.write(png));
        AtomicFiles.writeString(dir.resolve(STATE), MachineStateFile.write(MachineState.of(result.machine())));
        AtomicFiles.writeString(dir.resolve(WIRING), result.machine().plugboard().toCsv());
        RunReport.write(dir, result);
        if (!manifest.trace()) {
            deleteStale(dir.resolve(TRACE)); // an earlier run's trace must not pass for this run's
        }
    }

    private static void deleteStale(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the stale " + file + ": " + e.getMessage(), e);
        }
    }

    static String curveCsv(Summary summary) {
        StringBuilder b = new StringBuilder("block,first_presentation,last_presentation,errors,error_rate\n");
        int block = summary.learningCurve().block();
        int first = 1;
        int i = 1;
        for (int errors : summary.learningCurve().errors()) {
            int last = Math.min(summary.presentations(), first + block - 1);
            b.append(i++).append(',').append(first).append(',').append(last).append(',').append(errors).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", (double) errors / (last - first + 1))).append('\n');
            first = last + 1;
        }
        return b.toString();
    }
}
