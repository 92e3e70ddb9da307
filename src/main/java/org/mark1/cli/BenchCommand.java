package org.mark1.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mark1.bench.Benchmark;
import org.mark1.bench.PerformanceReport;
import org.mark1.scenario.Scenario;
import org.mark1.bench.SklearnPerceptron;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 bench}: how fast the machine is worked, each figure as a ratio to a baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measures the A-layer, the ideal trial, the discrete-event session, training on cached "
            + "A-responses and seeds in parallel, each beside a baseline measured in the same run (engines take turns, "
            + "median over rounds). The ratios are the figures; absolute rates are context.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Option(names = "--presentations", paramLabel = "N", defaultValue = "20000", description = "per engine per round (default: ${DEFAULT-VALUE})")
    int presentations;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "7", description = "rounds, median kept (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--sklearn", description = "also time scikit-learn's Perceptron on the cached A-responses "
            + "(needs /usr/bin/python3 with python3-sklearn)")
    boolean sklearn;

    @Option(names = "--report", paramLabel = "FILE", description = "also measure how the cost grows, what a seed costs, whether runs fit their heaps and a cold "
            + "sweep on 1 thread and on several, and write it all to FILE (docs/performance.md) with its plots (takes minutes)")
    java.nio.file.Path report;

    @Option(names = "--images", paramLabel = "DIR", description = "where --report puts its plots (default: images/ beside FILE)")
    java.nio.file.Path images;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "30", description = "seeds of the replay and compare "
            + "runs timed on one thread against several (default: ${DEFAULT-VALUE}); 0 leaves that figure out")
    int seeds;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the seeds in parallel (default: one per processor)")
    Integer threads;

    private static final int MAX_PRESENTATIONS = 1_000_000;
    private static final int MAX_ROUNDS = 100;

    @Override
    public Integer call() throws java.io.IOException {
        if (presentations < 1 || rounds < 1) {
            throw new org.mark1.io.InputError("--presentations and --rounds must be at least 1");
        }
        if (presentations > MAX_PRESENTATIONS || rounds > MAX_ROUNDS) {
            throw new org.mark1.io.InputError("--presentations " + presentations + " --rounds " + rounds + " is more than a benchmark "
                    + "needs; allowed: up to " + MAX_PRESENTATIONS + " presentations and " + MAX_ROUNDS + " rounds");
        }
        if (seeds < 0 || seeds > 1000 || threads != null && (threads < 2 || threads > 1024)) {
            throw new org.mark1.io.InputError("--seeds " + seeds + (threads == null ? "" : " --threads " + threads)
                    + " is out of range; allowed: 0 to 1000 seeds on 2 to 1024 threads");
        }
        int n = threads != null ? threads : org.mark1.experiment.SeedSweep.defaultThreads();
        Scenario s = choice.resolve();
        if (seeds > 0) {
            org.mark1.scenario.Seeds.first("--seeds " + seeds, s.seed(), seeds);
        }
        if (s.training().rule() == org.mark1.learning.Rules.MLP) {
            throw new org.mark1.io.InputError(s.name() + ": bench times the machine's motor-driven rules, and mlp trains "
                    + "a network in ideal weights only; give a scenario with another rule");
        }
        if (report != null) {
            org.mark1.io.AtomicFiles.checkFileWritable(report); // before the rounds: a folder in the way fails now
        }
        Benchmark.Workload w = new Benchmark.Workload(s, presentations, 1024);
        Benchmark.TimedEngine external = null;
        if (sklearn || report != null && SklearnPerceptron.available()) {
            if (!SklearnPerceptron.available()) {
                throw new org.mark1.io.InputError("--sklearn needs /usr/bin/python3 with scikit-learn; install it with "
                        + "'apt-get install python3-sklearn' or leave --sklearn out");
            }
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mark1-bench");
            dir.toFile().deleteOnExit();
            external = SklearnPerceptron.engine(w, dir);
        }
        Benchmark.Report r = Benchmark.run(w, rounds, external);
        if (seeds > 0 && n > 1) {
            java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("mark1-bench-seeds");
            try {
                List<Benchmark.SpeedFigure> all = new ArrayList<>(r.figures());
                all.addAll(org.mark1.bench.SeedsInParallel.measure(s, seeds, n, rounds, scratch));
                r = new Benchmark.Report(r.scenario(), r.presentations(), r.rounds(), all, seeds);
            } finally {
                org.mark1.io.AtomicFolder.deleteTree(scratch);
            }
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %,d presentations per engine per round (x10 for cached training and scikit-learn), "
                + "median of %d rounds%s%n", s.name(), r.presentations(), r.rounds(), r.seeds() == 0
                ? (seeds > 0 ? "; seeds in parallel left out: this computer has one processor (--threads N to try anyway)" : "")
                : String.format(Locale.ROOT, "; seeds in parallel: %d seeds, 1 thread against %d", r.seeds(), n));
        out.printf(Locale.ROOT, "%-20s %-36s %14s   %-24s %14s %8s  %s%n", "figure", "engine", "per second",
                "baseline", "per second", "ratio", "target");
        for (Benchmark.SpeedFigure f : r.figures()) {
            out.printf(Locale.ROOT, "%-20s %-36s %14s   %-24s %14s %7.2fx  %s%n", f.figure(), f.engine(),
                    Benchmark.rate(f.perSecond(), f.unit()), f.baseline(), Benchmark.rate(f.baselinePerSecond(), f.unit()),
                    f.ratio(), f.target());
        }
        out.flush();
        if (report != null) {
            PerformanceReport.Measurements m = ReportMeasurements.measure(s, r, out::println);
            java.nio.file.Path pictures = images != null ? images
                    : report.toAbsolutePath().getParent().resolve("images");
            PerformanceReport.write(report, pictures, m);
            out.println("wrote " + report + " and " + pictures.resolve("performance-*.png"));
            out.flush();
        }
        return 0;
    }
}
