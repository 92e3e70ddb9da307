package org.mark1.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mark1.compare.CompareWriter;
import org.mark1.compare.Comparison;
import org.mark1.compare.ComparisonReport;
import org.mark1.compare.Tuning;
import org.mark1.experiment.Progress;
import org.mark1.io.AtomicFolder;
import org.mark1.io.InputError;
import org.mark1.scenario.Manifest;
import org.mark1.io.YamlDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 compare}: learning rules side by side on one scenario, over seeds, paired. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs several learning rules on one scenario over many seeds, each seed giving every rule the "
            + "same wiring, cards and order, and writes compare.csv, curves.png, report.md and manifest.json."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Mixin
    ComparedRules compared;

    @Option(names = "--threads", paramLabel = "N", description = "threads (default: all cores); the files do not depend on it")
    Integer threads;

    @Option(names = "--tuned", defaultValue = "true", paramLabel = "true|false", arity = "1",
            description = "choose each rule's learning rate on tuning seeds first (docs/threshold-vs-sigmoid.md); "
                + "false: every rule at its default constants (default: true)")
    boolean tuned;

    @Option(names = "--tuning-seeds", defaultValue = "" + Tuning.DEFAULT_SEEDS, paramLabel = "N",
            description = "tuning seeds, the N seeds just below the scenario's (default: ${DEFAULT-VALUE})")
    int tuningSeeds;

    @Option(names = "--manifest", paramLabel = "FILE", description = "make again the comparison this manifest.json describes")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: runs/compare-<scenario>-seed<N>)")
    Path out;

    @Override
    public Integer call() {
        Comparison c;
        if (manifest != null) {
            ManifestOptions.refuseBeside(spec, "--out", "--threads");
            YamlDocument doc = Manifest.check(manifest, Manifest.Kind.COMPARE);
            CompareWriter.CompareManifest m = doc.bind("", doc.root(), CompareWriter.CompareManifest.class);
            Manifest.requireSameCards(doc, m.scenario(), m.cards());
            c = new Comparison(m.scenario(), m.rules(), m.seeds(), m.weights());
            tuningSeeds = m.tuningSeeds() == null ? 0 : m.tuningSeeds();
        } else {
            c = compared.on(choice.resolve());
            tuningSeeds = tuned ? tuningSeeds : 0;
        }
        if (tuningSeeds < 0 || tuningSeeds > 100) {
            throw new InputError((manifest != null ? manifest + ": tuningSeeds " : "--tuning-seeds ") + tuningSeeds
                    + " is out of range; allowed: 1 to 100 (or --tuned false)");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 1024) {
            throw new InputError("--threads " + n + " is out of range; allowed: 1 to 1024");
        }
        Path dir = out != null ? out : Path.of("runs", "compare-" + c.scenario().name() + "-seed" + c.scenario().seed());
        long start = System.nanoTime();
        List<List<Comparison.Outcome>> outcomes;
        Tuning tuning;
        try (AtomicFolder folder = CompareWriter.open(dir)) { // before any work: a folder we cannot write fails now
            Progress progress = ProgressBarProgress.onTerminal();
            tuning = tuningSeeds > 0 ? Tuning.run(c, tuningSeeds, n, progress) : null;
            if (tuning != null) {
                c = c.at(tuning.rates());
            }
            outcomes = c.run(n, progress);
            CompareWriter.write(folder, c, tuning, outcomes);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %d rules x %d seeds on %d threads in %.1f s (wall time)%n", c.scenario().name(),
                c.rules().size(), c.seeds(), n, wall);
        String judged = c.scenario().evaluation().freshPerClass() > 0 ? "fresh accuracy" : "training accuracy (no fresh cards)";
        for (ComparisonReport.RuleRow r : ComparisonReport.rows(outcomes)) {
            double rate = c.rateOf(r.rule());
            o.printf(Locale.ROOT, "  %-16s %s error-free pass on %2d of %d seeds; %s %s %%%n",
                    r.rule().id(), Double.isNaN(rate) ? "" : "rate " + rate + ":", r.reached(), r.seeds(), judged,
                    r.freshAccuracy().bracketed(100, "%.1f"));
        }
        o.printf("  results in %s%n", dir);
        o.flush();
        return 0;
    }
}
