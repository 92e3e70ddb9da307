package org.mark1.report;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedRow;
import org.mark1.experiment.SeedSweep;
import org.mark1.experiment.Summary;
import org.mark1.experiment.SweepCurves;
import org.mark1.experiment.SweepSummary;
import org.mark1.io.Json;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.mark1.io.AtomicFiles;
import org.mark1.io.AtomicFolder;

/**
 * Writes the folder of a run over several seeds: one ordinary run folder per seed
 * ({@code seed<N>/}), and beside them the figures over all seeds: {@code manifest.json} (the
 * scenario with its seeds, enough to run it all again), {@code summary.json} (every figure with its
 * 95 % interval), {@code seeds.csv} (one row per seed), {@code curve.csv} and {@code curve.png}
 * (the learning curve's mean with its band), {@code generalisation.csv}/{@code .png} when measured,
 * and {@code report.md}. Nothing depends on the number of threads or the hour.
 */
public final class SweepWriter {

    public static final String SEEDS_CSV = "seeds.csv";

    /** Every file a sweep's folder, or one of its seeds' folders, may hold. */
    public static final java.util.Set<String> FILES = files();

    private static java.util.Set<String> files() {
        java.util.Set<String> all = new java.util.TreeSet<>(RunWriter.FILES);
        all.add(SEEDS_CSV);
        return java.util.Set.copyOf(all);
    }

    private SweepWriter() {
    }

    /** The folder of seed {@code seed} inside a sweep's folder. */
    public static String seedFolder(long seed) {
        return "seed" + seed;
    }

    /**
     * Starts a sweep's folder at {@code dir}: checks now that it can be written, and that it is new,
     * empty or an earlier sweep's folder over the same seeds; the caller commits it once written.
     */
    public static AtomicFolder open(Path dir, List<Long> seeds) {
        return AtomicFolder.replace(dir, FILES, seeds.stream().map(SweepWriter::seedFolder).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Writes one seed's folder of a sweep into {@code folder}, on the thread that ran the seed (each
     * folder's bytes are its own, so the threads do not matter); returns the seed's summary.
     */
    public static Summary writeSeed(AtomicFolder folder, Experiment.Result r, Manifest.Sheet wiring, Manifest.Sheet state) {
        Path sub = folder.folder(seedFolder(r.scenario().seed()));
        RunWriter.write((name, content) -> AtomicFiles.write(sub.resolve(name), content),
                RunWriter.manifest(r.scenario(), wiring, state, false), r);
        return r.summary();
    }

    /**
     * Runs the sweep's seeds on {@code threads} threads, each seed's folder written as soon as it is
     * run ({@link #writeSeed}), then writes the sweep's own files into {@code folder} (which the caller
     * commits).
     *
     * @param s the scenario, with its seeds resolved to a range
     */
    public static SweepSummary runAndWrite(AtomicFolder folder, Scenario s, List<Long> seeds, Experiment.Options options,
            int threads, Progress progress, Manifest.Sheet wiring, Manifest.Sheet state) {
        List<Summary> summaries = SeedSweep.run(s, seeds, options, threads, progress, r -> writeSeed(folder, r, wiring, state));
        return write(folder, s, summaries, wiring, state);
    }

    /**
     * Writes the sweep's own files into {@code folder}: its manifest, summary, rows, curves and report.
     *
     * @param s         the scenario, with its seeds resolved to a range
     * @param summaries the seeds' summaries, in seed order
     */
    public static SweepSummary write(AtomicFolder folder, Scenario s, List<Summary> summaries, Manifest.Sheet wiring,
            Manifest.Sheet state) {
        List<SeedRow> rows = summaries.stream().map(SeedRow::of).toList();
        SweepSummary summary = SweepSummary.of(s, rows);
        folder.writeString(RunWriter.MANIFEST, Json.write(RunWriter.manifest(s, wiring, state, false)));
        folder.writeString(RunWriter.SUMMARY, Json.write(summary));
        folder.writeString(SEEDS_CSV, SeedRow.csv(rows));
        List<SweepCurves.Band> errors = SweepCurves.errors(summaries);
        folder.writeString(RunWriter.CURVE_CSV, SweepCurves.csv("error_percent", errors));
        byte[] curve = errorPlot(s, rows.size(), summaries.get(0).learningCurve().block(), errors);
        folder.write(RunWriter.CURVE_PNG, out -> out.write(curve));
        List<SweepCurves.Band> fresh = SweepCurves.generalisation(summaries);
        if (!fresh.isEmpty()) {
            folder.writeString(RunReport.GENERALISATION_CSV, SweepCurves.csv("fresh_accuracy_percent", fresh));
            byte[] png = generalisationPlot(s, rows.size(), fresh);
            folder.write(RunReport.GENERALISATION_PNG, out -> out.write(png));
        }
        boolean lesion = summaries.get(0).lesion() != null;
        if (lesion) {
            folder.writeString(LesionReport.CSV, LesionReport.csv(summaries));
            byte[] png = LesionReport.png(s.name() + ": accuracy as A-units are removed, " + rows.size() + " seeds", summaries);
            folder.write(LesionReport.PNG, out -> out.write(png));
        }
        if (summaries.get(0).distance() != null) {
            folder.writeString(DistanceReport.CSV, DistanceReport.sweepCsv(summaries));
            byte[] png = DistanceReport.png(s, summaries);
            folder.write(DistanceReport.PNG, out -> out.write(png));
        }
        StringBuilder report = new StringBuilder(markdown(s, rows, !fresh.isEmpty(), lesion));
        if (summaries.get(0).distance() != null) { // its section goes before the pictures
            StringBuilder section = new StringBuilder();
            DistanceReport.markdown(section, s, summaries);
            report.insert(report.indexOf("## Pictures"), section);
        }
        ReportPages.write(folder, report.toString());
        return summary;
    }

    static byte[] errorPlot(Scenario s, int seeds, int block, List<SweepCurves.Band> errors) {
        return CurvePlot.band(s.name() + ": learning curve over " + seeds + " seeds (" + s.training().rule().id() + ")",
                "errors in block (%)", "mean error rate per " + block + " presentations, seeds still training",
                errors, CurvePlot.ERRORS);
    }

    static byte[] generalisationPlot(Scenario s, int seeds, List<SweepCurves.Band> fresh) {
        return CurvePlot.band(s.name() + ": accuracy on fresh stimuli during training, " + seeds + " seeds",
                "accuracy on fresh stimuli (%)", "mean accuracy on fresh stimuli", fresh, CurvePlot.FRESH);
    }

    /** {@code report.md} of a sweep. */
    static String markdown(Scenario s, List<SeedRow> rows, boolean generalisation, boolean lesion) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(s.name()).append(", ").append(rows.size()).append(" seeds (")
                .append(rows.get(0).seed()).append("–").append(rows.get(rows.size() - 1).seed()).append(")\n\n");
        if (!s.description().isEmpty()) {
            b.append(s.description()).append("\n\n");
        }
        ReportText.designs(b, s);
        if (s.history() != null) {
            ReportText.history(b, s.history(), SweepSummary.estimate(rows, s.history().measure()));
        }
        b.append("## Our figures over ").append(rows.size()).append(" seeds\n\n");
        ReportText.figures(b, rows);
        b.append(ReportText.METHOD).append(" Every seed's figures are in `").append(SEEDS_CSV)
                .append("`; each seed's own folder holds its run and report.\n\n");
        b.append("## Pictures\n\n![Learning curve, mean over seeds with its 95 % band](").append(RunWriter.CURVE_PNG)
                .append(")\n\nThe learning curve averages the seeds still training at each point: a seed that has "
                        + "stopped (error-free pass, or budget spent) adds no later points, so the last points may rest "
                        + "on few seeds (`curve.csv` gives the count).\n\n");
        if (generalisation) {
            b.append("![Accuracy on fresh stimuli during training](").append(RunReport.GENERALISATION_PNG)
                    .append(")\n\nA seed that has finished training keeps its final accuracy at later points: its "
                            + "machine no longer changes.\n\n");
        }
        if (lesion) {
            b.append("![Accuracy as A-units are removed](").append(LesionReport.PNG)
                    .append(")\n\nEach seed's trained machine loses the same growing fractions of its A-units, drawn in "
                            + "its own order; `lesion.csv` gives every fraction's mean and interval.\n\n");
        }
        b.append("The first seed's confusion matrix and lamp fields: [").append(seedFolder(rows.get(0).seed()))
                .append("/report.md](").append(seedFolder(rows.get(0).seed())).append("/report.md).\n");
        return b.toString();
    }
}
