package org.mark1.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mark1.bench.Benchmark;
import org.mark1.bench.PerformanceReport;
import org.mark1.bench.Scaling;
import org.mark1.experiment.SeedSweep;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/** The measurements of {@code mark1 bench --report}, made one after another, each announced on {@code log}. */
final class ReportMeasurements {

    private static final int[] UNITS = {512, 2048, 8192, 32768, 65536};
    private static final int[] SIDES = {20, 40, 80, 140, 200};
    /** The sweep timed cold, as a user runs it: a replay's worth of the heaviest shipped scenario. */
    private static final String COLD_SCENARIO = "navy1960-two-typefaces";

    private ReportMeasurements() {
    }

    static PerformanceReport.Measurements measure(Scenario s, Benchmark.Report figures, Consumer<String> log)
            throws IOException {
        List<Scaling.SizePoint> byUnits = new ArrayList<>();
        for (int u : UNITS) {
            log.accept("scaling: " + u + " A-units");
            byUnits.add(Scaling.measure(s, u, s.machine().rows(), 3));
        }
        List<Scaling.SizePoint> byRetina = new ArrayList<>();
        for (int side : SIDES) {
            log.accept("scaling: " + side + " x " + side + " retina");
            byRetina.add(Scaling.measure(s, s.machine().associationUnits(), side, 3));
        }
        List<PerformanceReport.SeedTime> seeds = new ArrayList<>();
        for (String name : ScenarioLoader.BUILT_IN) {
            log.accept("one seed of " + name);
            seeds.add(PerformanceReport.seedTime(ScenarioLoader.builtIn(name), "default Mark I", 3));
        }
        Path tmp = Files.createTempDirectory("mark1-heap");
        List<PerformanceReport.HeapCheck> heaps = new ArrayList<>();
        String flagship = ScenarioLoader.FLAGSHIP;
        log.accept("heap checks in child JVMs");
        heaps.add(heap("the flagship", "64m", tmp.resolve("a"), List.of("run", flagship)));
        heaps.add(heap("the flagship with its trace", "64m", tmp.resolve("b"), List.of("run", flagship, "--trace")));
        heaps.add(heap("the largest legal machine (65,536 A-units, 200 x 200)", "512m", tmp.resolve("c"),
                List.of("run", flagship, "--set", "rows=200", "--set", "columns=200", "--set", "associationUnits=65536")));
        List<PerformanceReport.ColdSweep> cold = new ArrayList<>();
        log.accept("cold sweeps in child JVMs, on 1 thread and on " + SeedSweep.defaultThreads());
        for (int threads : new int[] {1, SeedSweep.defaultThreads()}) {
            List<PerformanceReport.ColdSweep> runs = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                runs.add(PerformanceReport.coldSweep(List.of("run", COLD_SCENARIO, "--seeds", "24", "--out",
                        tmp.resolve("cold").toString()), threads));
            }
            runs.sort(java.util.Comparator.comparingDouble(PerformanceReport.ColdSweep::seconds));
            PerformanceReport.ColdSweep median = runs.get(1);
            cold.add(new PerformanceReport.ColdSweep(List.of("run", COLD_SCENARIO, "--seeds", "24", "--out", "DIR"), threads,
                    median.seconds(), median.compileSeconds(), median.exit()));
        }
        org.mark1.io.AtomicFolder.deleteTree(tmp);
        String env = String.format(Locale.ROOT, "%d cores shared with other work, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.arch"));
        return new PerformanceReport.Measurements(figures, byUnits, byRetina, seeds, heaps, cold, env);
    }

    private static PerformanceReport.HeapCheck heap(String what, String heap, Path out, List<String> args) {
        List<String> full = new ArrayList<>(args);
        full.add("--out");
        full.add(out.toString());
        PerformanceReport.HeapCheck h = PerformanceReport.heapCheck(what, heap, full);
        List<String> shown = new ArrayList<>(args);
        shown.add("--out");
        shown.add("DIR");
        return new PerformanceReport.HeapCheck(h.what(), h.heap(), shown, h.exit(), h.seconds());
    }
}
