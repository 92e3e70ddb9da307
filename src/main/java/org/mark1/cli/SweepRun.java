package org.mark1.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.HistoryComparison;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.Seeds;
import org.mark1.experiment.SweepSummary;
import org.mark1.report.SweepWriter;
import org.mark1.io.AtomicFolder;

/** {@code mark1 run --seeds}: runs a scenario over its seeds, writes the sweep's folder, prints the figures. */
final class SweepRun {

    private SweepRun() {
    }

    /** The folder a sweep writes to when none is given. */
    static Path defaultFolder(Scenario s, List<Long> seeds) {
        return Path.of("runs", s.name() + "-seeds" + seeds.get(0) + "-" + seeds.get(seeds.size() - 1));
    }

    static SweepSummary run(Scenario s, List<Long> seeds, int threads, Experiment.Options options, Manifest.Sheet wiring,
            Manifest.Sheet state, Path dir) {
        Scenario swept = s.withSeeds(Seeds.range(seeds.get(0), seeds.get(seeds.size() - 1))).withSeed(seeds.get(0));
        try (AtomicFolder folder = SweepWriter.open(dir, seeds)) { // before any work: a folder we cannot write fails now
            SweepSummary summary = SweepWriter.runAndWrite(folder, swept, seeds, options, threads,
                    ProgressBarProgress.onTerminal(), wiring, state);
            folder.commit();
            return summary;
        }
    }

    static void print(PrintWriter out, SweepSummary s, Path dir) {
        out.printf(Locale.ROOT, "%s, %d seeds (%d-%d), rule %s%n", s.scenario(), s.seeds().size(), s.seeds().get(0),
                s.seeds().get(s.seeds().size() - 1), s.rule());
        for (Measure m : Measure.values()) {
            if (m.optional() && s.figure(m).seeds() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %s: %s%n", m.label(), s.figure(m).describe(m.unit()));
        }
        if (s.history() != null) {
            out.printf(Locale.ROOT, "  history (%s): %s; %s%n", s.history().source(), HistoryComparison.historical(s.history()),
                    s.verdict());
        }
        out.printf(Locale.ROOT, "  results in %s (report.md, seeds.csv, curve.png, one folder per seed)%n", dir);
        out.flush();
    }
}
