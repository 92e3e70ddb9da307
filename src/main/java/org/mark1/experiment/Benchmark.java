package org.mark1.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mark1.learning.LearningRule;
import org.mark1.machine.AssociationUnits;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.Retina;
import org.mark1.training.CachedTrainer;
import org.mark1.training.Presentation;
import org.mark1.training.Session;
import org.mark1.training.Trainer;

/**
 * How fast the machine is worked, as ratios against baselines measured in the same run (this
 * computer's speed drifts). Each {@link Engine} does the same work as its baseline: the A-layer
 * fires on photocell states that differ every time (the scenario's figures, drawn afresh); a trial
 * trains a fresh machine on the scenario's training cards, pass after pass. Engines run one after
 * another within a round, rounds repeat, and each ratio is the median over rounds of the ratio
 * within the round, so a drift in speed falls on both sides alike.
 */
public final class Benchmark {

    /** Something timed: prepared untimed, then run for a number of presentations; returns a checksum. */
    @FunctionalInterface
    public interface Run {
        long go();
    }

    /**
     * A way of doing one kind of work. A self-timed engine (another program) returns from
     * {@link Run#go} the nanoseconds its work took, its start-up left out.
     */
    public record Engine(String name, Supplier<Run> prepare, boolean selfTimed) {
        public Engine(String name, Supplier<Run> prepare) {
            this(name, prepare, false);
        }
    }

    /**
     * One line of the table: an engine's rate against its baseline's, in the same rounds; {@code unit}
     * is what the rates count ("presentations", "seeds").
     */
    public record Figure(String figure, String engine, double perSecond, String baseline, double baselinePerSecond,
            double ratio, String target, String dominant, String unit) {
        public Figure(String figure, String engine, double perSecond, String baseline, double baselinePerSecond,
                double ratio, String target, String dominant) {
            this(figure, engine, perSecond, baseline, baselinePerSecond, ratio, target, dominant, "presentations");
        }
    }

    /** The figures of one run, with the settings they were measured under ({@code seeds}: of the parallel figures, or 0). */
    public record Report(String scenario, int presentations, int rounds, List<Figure> figures, int seeds) {
        public Report(String scenario, int presentations, int rounds, List<Figure> figures) {
            this(scenario, presentations, rounds, figures, 0);
        }
    }

    /** A rate as the table shows it: whole presentations, seeds to a tenth. */
    public static String rate(double perSecond, String unit) {
        return String.format(java.util.Locale.ROOT, unit.equals("presentations") ? "%,.0f" : "%,.1f", perSecond);
    }

    private Benchmark() {
    }

    /** The work of the benchmark for one scenario: cards, retina states, and how to build a fresh machine. */
    public static final class Workload {

        private final Scenario scenario;
        private final List<Presentation> cards;
        private final long[][] states;
        private final int presentations;

        /** {@code presentations} per engine per round; {@code states} distinct retina states for the A-layer. */
        public Workload(Scenario scenario, int presentations, int distinctStates) {
            this.scenario = scenario;
            this.presentations = presentations;
            this.cards = StimulusSet.draw(scenario, LampCode.of(scenario), scenario.trainingCounts(),
                    new RandomStreams(scenario.seed()).open(RandomStreams.Stream.STIMULUS_JITTER)).presentations();
            int perClass = Math.max(1, distinctStates / scenario.classes().size());
            List<Presentation> drawn = StimulusSet.draw(scenario, LampCode.of(scenario), perClass,
                    new RandomStreams(scenario.seed()).open(RandomStreams.Stream.FRESH_STIMULI)).presentations();
            MarkOne m = machine();
            this.states = new long[drawn.size()][];
            for (int i = 0; i < drawn.size(); i++) {
                m.settle(drawn.get(i).light());
                long[] bits = new long[Retina.words(m.config().photocells())];
                for (int c : m.litCells()) {
                    bits[c >>> 6] |= 1L << c;
                }
                states[i] = bits;
            }
        }

        public Scenario scenario() {
            return scenario;
        }

        public int presentations() {
            return presentations;
        }

        /**
         * Presentations per round of training on cached responses, and of scikit-learn: ten times
         * as many, as each takes a hundredth of a trial's time and short rounds are at the mercy of
         * this computer's drift.
         */
        public int cachedPresentations() {
            return presentations * 10;
        }

        /** A fresh machine, as a run of the scenario builds it. */
        public MarkOne machine() {
            return Experiment.machine(scenario, new RandomStreams(scenario.seed()), Experiment.Options.defaults());
        }

        private LearningRule rule() {
            return scenario.training().rule().create(scenario.machine().stepsPerReinforcement());
        }

        /** The way the model's A-layer counts on the first retina state (AUTO chooses at each state). */
        public String countingOnFirstState() {
            MarkOne m = machine();
            AssociationUnits layer = new AssociationUnits(m.plugboard(), m.config().aThreshold());
            layer.fire(states[0], new int[m.config().associationUnits()]);
            return layer.lastCounting().name();
        }

        /** Mean fraction of photocells lit over the A-layer's states. */
        public double litFraction() {
            long lit = 0;
            for (long[] s : states) {
                for (long w : s) {
                    lit += Long.bitCount(w);
                }
            }
            return (double) lit / states.length / scenario.machine().photocells();
        }

        public Engine aLayerNestedLoop() {
            return new Engine("nested loop", () -> {
                MarkOne m = machine();
                Baselines.NestedLoopALayer layer = new Baselines.NestedLoopALayer(m.plugboard(), m.config().aThreshold());
                int[] active = new int[m.config().associationUnits()];
                return () -> fireAll(layer::fire, active);
            });
        }

        public Engine aLayerPopcount() {
            return new Engine("bit masks + popcount", () -> {
                MarkOne m = machine();
                Baselines.PopcountALayer layer = new Baselines.PopcountALayer(m.plugboard(), m.config().aThreshold());
                int[] active = new int[m.config().associationUnits()];
                return () -> fireAll(layer::fire, active);
            });
        }

        /** The model's A-layer, counting in the given way. */
        public Engine aLayerModel(AssociationUnits.Counting counting) {
            String name = switch (counting) {
                case SLICED -> "bit-sliced counters";
                case FAN_OUT -> "fan-out lists";
                case UNIT_LOOP -> "unit loop";
                case AUTO -> "model (AssociationUnits)";
            };
            return new Engine(name, () -> {
                MarkOne m = machine();
                AssociationUnits layer = new AssociationUnits(m.plugboard(), m.config().aThreshold(), counting);
                int[] active = new int[m.config().associationUnits()];
                return () -> fireAll(layer::fire, active);
            });
        }

        private interface Fire {
            int fire(long[] retina, int[] active);
        }

        private long fireAll(Fire layer, int[] active) {
            long sum = 0;
            for (int i = 0; i < presentations; i++) {
                int n = layer.fire(states[i % states.length], active);
                sum += n == 0 ? 0 : active[n - 1] + n;
            }
            return sum;
        }

        public Engine trialNestedLoop() {
            return new Engine("nested loop", () -> {
                MarkOne m = machine();
                Baselines.NestedLoopTrial t = new Baselines.NestedLoopTrial(m, rule(),
                        new RandomStreams(scenario.seed()).open(RandomStreams.Stream.NOISE));
                return () -> {
                    long right = 0;
                    for (int i = 0; i < presentations; i++) {
                        right += t.present(cards.get(i % cards.size())) ? 1 : 0;
                    }
                    return right;
                };
            });
        }

        public Engine trialIdeal() {
            return new Engine("plain loop (Trainer)", () -> {
                Trainer t = new Trainer(machine(), rule());
                return () -> {
                    long right = 0;
                    for (int i = 0; i < presentations; i++) {
                        right += t.present(cards.get(i % cards.size())).correct() ? 1 : 0;
                    }
                    return right;
                };
            });
        }

        public Engine trialSession() {
            return new Engine("discrete-event Session", () -> {
                Session t = new Session(machine(), rule(), e -> { });
                return () -> {
                    long right = 0;
                    for (int i = 0; i < presentations; i++) {
                        right += t.present(cards.get(i % cards.size())).correct() ? 1 : 0;
                    }
                    t.finish();
                    return right;
                };
            });
        }

        public Engine cachedTraining() {
            return new Engine("cached A-responses (CachedTrainer)", () -> {
                CachedTrainer t = new CachedTrainer(machine(), rule(), cards);
                int n = cachedPresentations();
                return () -> {
                    long right = 0;
                    for (int i = 0; i < n; i++) {
                        right += t.present(i % cards.size()).correct() ? 1 : 0;
                    }
                    return right;
                };
            });
        }

        /** The training cards' A-responses and classes, one line each: {@code class;a a a ...} (for scikit-learn). */
        public String features() {
            CachedTrainer t = new CachedTrainer(machine(), rule(), cards);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cards.size(); i++) {
                b.append(LampCode.of(scenario).decode(cards.get(i).wanted())).append(';');
                int[] active = t.activeOf(i);
                for (int k = 0; k < active.length; k++) {
                    b.append(k == 0 ? "" : " ").append(active[k]);
                }
                b.append('\n');
            }
            return b.toString();
        }

        public int cards() {
            return cards.size();
        }
    }

    /** Seconds each engine took in each round: engines run in turn within a round. */
    public static double[][] time(List<Engine> engines, int rounds, int warmUps) {
        double[][] seconds = new double[engines.size()][rounds];
        for (int r = -warmUps; r < rounds; r++) {
            for (int e = 0; e < engines.size(); e++) {
                Run run = engines.get(e).prepare().get();
                long start = System.nanoTime();
                long check = run.go();
                long took = engines.get(e).selfTimed() ? check : System.nanoTime() - start;
                if (check == Long.MIN_VALUE) {
                    throw new IllegalStateException(); // keeps the result alive
                }
                if (r >= 0) {
                    seconds[e][r] = took / 1e9;
                }
            }
        }
        return seconds;
    }

    /** Median of the per-round ratios {@code base[r] / engine[r]}: how many times faster the engine is. */
    public static double ratio(double[] base, double[] engine) {
        double[] q = new double[base.length];
        for (int r = 0; r < q.length; r++) {
            q[r] = base[r] / engine[r];
        }
        return median(q);
    }

    public static double median(double[] v) {
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(v);
    }

    /** Measures the figures on the scenario's machine; {@code sklearn}, when not null, joins the rounds. */
    public static Report run(Workload w, int rounds, Engine sklearn) {
        Map<String, Engine> all = new LinkedHashMap<>();
        all.put("aBase", w.aLayerNestedLoop());
        all.put("aPop", w.aLayerPopcount());
        all.put("aModel", w.aLayerModel(AssociationUnits.Counting.AUTO));
        all.put("aSliced", w.aLayerModel(AssociationUnits.Counting.SLICED));
        all.put("aFan", w.aLayerModel(AssociationUnits.Counting.FAN_OUT));
        all.put("tBase", w.trialNestedLoop());
        all.put("tIdeal", w.trialIdeal());
        all.put("tSession", w.trialSession());
        all.put("cached", w.cachedTraining());
        if (sklearn != null) {
            all.put("sklearn", sklearn);
        }
        List<String> keys = new ArrayList<>(all.keySet());
        double[][] s = time(new ArrayList<>(all.values()), rounds, 1);
        Map<String, double[]> t = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            t.put(keys.get(i), s[i]);
        }
        int n = w.presentations();
        int nc = w.cachedPresentations();
        List<Figure> f = new ArrayList<>();
        f.add(figure("A-layer", all.get("aModel"), t.get("aModel"), n, all.get("aBase"), t.get("aBase"), n, ">= 5",
                "on the Mark I it takes the bit-sliced counters: lit photocells x 8 words of 64 units"));
        f.add(figure("A-layer, candidate", all.get("aSliced"), t.get("aSliced"), n, all.get("aBase"), t.get("aBase"), n, "",
                "lit photocells x words of 64 units, a dozen AND/XOR each"));
        f.add(figure("A-layer, candidate", all.get("aFan"), t.get("aFan"), n, all.get("aBase"), t.get("aBase"), n, "",
                "scattered count updates along the fan-out lists of the photocells that changed"));
        f.add(figure("A-layer, candidate", all.get("aPop"), t.get("aPop"), n, all.get("aBase"), t.get("aBase"), n, "",
                "A-units x words AND + popcount, whatever the figure"));
        f.add(figure("ideal trial", all.get("tIdeal"), t.get("tIdeal"), n, all.get("tBase"), t.get("tBase"), n, ">= 4",
                "the photocells against their threshold, then the A-layer, then the R-sums and pot turns"));
        f.add(figure("session trial", all.get("tSession"), t.get("tSession"), n, all.get("tIdeal"), t.get("tIdeal"), n,
                ">= 0.5 (within 2x)", "the event queue: 6 events and their records per presentation, plus motor events"));
        f.add(figure("cached training", all.get("cached"), t.get("cached"), nc, all.get("tBase"), t.get("tBase"), n, "",
                "the R-sum over the active units, and turning their pots after an error"));
        if (sklearn != null) {
            f.add(figure("cached training", all.get("cached"), t.get("cached"), nc, sklearn, t.get("sklearn"), nc, ">= 3",
                    "the R-sum over the active units, and turning their pots after an error"));
        }
        return new Report(w.scenario().name(), n, rounds, f);
    }

    /** The rules the compare path is timed with: the machine's own and the smooth rule that costs most per trial. */
    static final List<org.mark1.learning.Rules> PARALLEL_RULES = List.of(org.mark1.learning.Rules.ERROR_CORRECTION,
            org.mark1.learning.Rules.LMS);

    /**
     * Seeds in parallel, once this JVM is warm: the replay path ({@link Replay#run}: every seed's run,
     * its folder and the sweep's files) and the compare path ({@link Comparison#run} with
     * {@link #PARALLEL_RULES}, and {@link CompareWriter#write}), each on one thread against
     * {@code threads}, taking turns within a round after a round of warm-up. Each engine writes into
     * its own folder under {@code scratch}; at the end the folders written on one thread and on many
     * must be equal byte for byte, or this throws. Rates count seeds (a seed of every rule, for compare).
     */
    public static List<Figure> parallelSeeds(Scenario s, int seeds, int threads, int rounds, java.nio.file.Path scratch) {
        List<Long> list = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            list.add(s.seed() + k);
        }
        Comparison c = new Comparison(s, PARALLEL_RULES, seeds, org.mark1.learning.WeightMode.HARDWARE);
        java.nio.file.Path replay1 = scratch.resolve("replay-1");
        java.nio.file.Path replayN = scratch.resolve("replay-n");
        java.nio.file.Path compare1 = scratch.resolve("compare-1");
        java.nio.file.Path compareN = scratch.resolve("compare-n");
        List<Engine> engines = List.of(
                new Engine("replay, 1 thread", () -> () -> replay(s, list, 1, replay1)),
                new Engine("replay, " + threads + " threads", () -> () -> replay(s, list, threads, replayN)),
                new Engine("compare, 1 thread", () -> () -> compare(c, 1, compare1)),
                new Engine("compare, " + threads + " threads", () -> () -> compare(c, threads, compareN)),
                new Engine("loop in registers, 1 thread", () -> () -> spin(seeds, 1)),
                new Engine("loop in registers, " + threads + " threads", () -> () -> spin(seeds, threads)));
        double[][] t = time(engines, rounds, 1);
        for (java.nio.file.Path[] pair : new java.nio.file.Path[][] {{replay1, replayN}, {compare1, compareN}}) {
            String differs = FolderDigest.firstDifference(pair[0], pair[1]);
            if (differs != null) {
                throw new IllegalStateException("seeds on " + threads + " threads wrote other bytes than on one: " + differs);
            }
        }
        String dominant = "the seeds' own work, shared out; each seed's files are written on the threads too, "
                + "the sweep's summary after them";
        return List.of(
                figure("seeds in parallel", engines.get(1), t[1], seeds, engines.get(0), t[0], seeds, ">= 1.7", dominant, "seeds"),
                figure("seeds in parallel", engines.get(3), t[3], seeds * PARALLEL_RULES.size(), engines.get(2), t[2],
                        seeds * PARALLEL_RULES.size(), ">= 1.7", dominant, "seeds"),
                figure("processors alone", engines.get(5), t[5], seeds, engines.get(4), t[4], seeds, "",
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

    private static long replay(Scenario s, List<Long> seeds, int threads, java.nio.file.Path dir) {
        return Replay.run(s, seeds, threads, dir, dir.resolve("docs"), Progress.NONE).seeds().size();
    }

    private static long compare(Comparison c, int threads, java.nio.file.Path dir) {
        List<List<Comparison.Outcome>> outcomes = c.run(threads, Progress.NONE);
        CompareWriter.write(dir, c, outcomes);
        return outcomes.size();
    }

    private static Figure figure(String what, Engine e, double[] es, int ne, Engine b, double[] bs, int nb,
            String target, String dominant) {
        return figure(what, e, es, ne, b, bs, nb, target, dominant, "presentations");
    }

    private static Figure figure(String what, Engine e, double[] es, int ne, Engine b, double[] bs, int nb,
            String target, String dominant, String unit) {
        double[] er = Arrays.stream(es).map(x -> ne / x).toArray();
        double[] br = Arrays.stream(bs).map(x -> nb / x).toArray();
        double[] ratio = new double[er.length];
        for (int r = 0; r < ratio.length; r++) {
            ratio[r] = er[r] / br[r];
        }
        return new Figure(what, e.name(), median(er), b.name(), median(br), median(ratio), target, dominant, unit);
    }
}
