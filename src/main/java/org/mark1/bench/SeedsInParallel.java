package org.mark1.bench;

import org.mark1.compare.CompareWriter;
import org.mark1.compare.Comparison;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedSweep;
import org.mark1.report.Replay;
import org.mark1.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds-in-parallel figures of {@code mark1 bench}: the replay and compare paths on one thread
 * against several, beside the processors alone, in the same rounds ({@link Benchmark#time}).
 */
public final class SeedsInParallel {

    private SeedsInParallel() {
    }

    /** The rules the compare path is timed with: the machine's own and the smooth rule that costs most per trial. */
    static final List<org.mark1.learning.Rules> RULES = List.of(org.mark1.learning.Rules.ERROR_CORRECTION,
            org.mark1.learning.Rules.LMS);

    /**
     * Seeds in parallel, once this JVM is warm: the replay path ({@link Replay#run}: every seed's run,
     * its folder and the sweep's files) and the compare path ({@link Comparison#run} with
     * {@link #RULES}, and {@link CompareWriter#write}), each on one thread against
     * {@code threads}, taking turns within a round after a round of warm-up. Each engine writes into
     * its own folder under {@code scratch}; at the end the folders written on one thread and on many
     * must be equal byte for byte, or this throws. Rates count seeds (a seed of every rule, for compare).
     */
    public static List<Benchmark.SpeedFigure> measure(Scenario s, int seeds, int threads, int rounds, Path scratch) {
        List<Long> list = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            list.add(s.seed() + k);
        }
        Comparison c = new Comparison(s, RULES, seeds, org.mark1.learning.WeightMode.HARDWARE);
        Path replay1 = scratch.resolve("replay-1");
        Path replayN = scratch.resolve("replay-n");
        Path compare1 = scratch.resolve("compare-1");
        Path compareN = scratch.resolve("compare-n");
        List<Benchmark.TimedEngine> engines = List.of(
                new Benchmark.TimedEngine("replay, 1 thread", () -> () -> replay(s, list, 1, replay1)),
                new Benchmark.TimedEngine("replay, " + threads + " threads", () -> () -> replay(s, list, threads, replayN)),
                new Benchmark.TimedEngine("compare, 1 thread", () -> () -> compare(c, 1, compare1)),
                new Benchmark.TimedEngine("compare, " + threads + " threads", () -> () -> compare(c, threads, compareN)),
                new Benchmark.TimedEngine("loop in registers, 1 thread", () -> () -> spin(seeds, 1)),
                new Benchmark.TimedEngine("loop in registers, " + threads + " threads", () -> () -> spin(seeds, threads)));
        double[][] t = Benchmark.time(engines, rounds, 1);
        for (Path[] pair : new Path[][] {{replay1, replayN}, {compare1, compareN}}) {
            String differs = FolderDigest.firstDifference(pair[0], pair[1]);
            if (differs != null) {
                throw new IllegalStateException("seeds on " + threads + " threads wrote other bytes than on one: " + differs);
            }
        }
        String dominant = "the seeds' own work, shared out; each seed's files are written on the threads too, "
                + "the sweep's summary after them";
        return List.of(
                Benchmark.figure("seeds in parallel", engines.get(1), t[1], seeds, engines.get(0), t[0], seeds, ">= 1.7", dominant, "seeds"),
                Benchmark.figure("seeds in parallel", engines.get(3), t[3], seeds * RULES.size(), engines.get(2), t[2],
                        seeds * RULES.size(), ">= 1.7", dominant, "seeds"),
                Benchmark.figure("processors alone", engines.get(5), t[5], seeds, engines.get(4), t[4], seeds, "",
                        "nothing but arithmetic in registers, no memory: what the cores give at this moment, for scale",
                        "loops"));
    }

    /** {@code n} pieces of pure arithmetic (about 10 ms each) on {@code threads} threads: the processors' own ceiling. */
    private static long spin(int n, int threads) {
        return SeedSweep.inOrder(java.util.stream.IntStream.range(0, n).boxed().toList(), threads, i -> {
            long x = i + 1;
            for (int k = 0; k < 15_000_000; k++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            return x;
        }).stream().mapToLong(Long::longValue).sum();
    }

    private static long replay(Scenario s, List<Long> seeds, int threads, Path dir) {
        return Replay.run(s, seeds, threads, dir, dir.resolve("docs"), Progress.NONE).seeds().size();
    }

    private static long compare(Comparison c, int threads, Path dir) {
        List<List<Comparison.Outcome>> outcomes = c.run(threads, Progress.NONE);
        CompareWriter.write(dir, c, null, outcomes); // the seeds in parallel, without the tuning first
        return outcomes.size();
    }

}
