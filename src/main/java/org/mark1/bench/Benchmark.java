package org.mark1.bench;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.StimulusSet;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
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
 * computer's speed drifts). Each {@link TimedEngine} does the same work as its baseline: the A-layer
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
    public record TimedEngine(String name, Supplier<Run> prepare, boolean selfTimed) {
        public TimedEngine(String name, Supplier<Run> prepare) {
            this(name, prepare, false);
        }
    }

    /**
     * One line of the table: an engine's rate against its baseline's, in the same rounds; {@code unit}
     * is what the rates count ("presentations", "seeds").
     */
    public record SpeedFigure(String figure, String engine, double perSecond, String baseline, double baselinePerSecond,
            double ratio, String target, String dominant, String unit) {
        public SpeedFigure(String figure, String engine, double perSecond, String baseline, double baselinePerSecond,
                double ratio, String target, String dominant) {
            this(figure, engine, perSecond, baseline, baselinePerSecond, ratio, target, dominant, "presentations");
        }
    }

    /** The figures of one run, with the settings they were measured under ({@code seeds}: of the parallel figures, or 0). */
    public record Report(String scenario, int presentations, int rounds, List<SpeedFigure> figures, int seeds) {
        public Report(String scenario, int presentations, int rounds, List<SpeedFigure> figures) {
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
            return scenario.training().machineRule(scenario.machine().stepsPerReinforcement());
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

        public TimedEngine aLayerNestedLoop() {
            return new TimedEngine("nested loop", () -> {
                MarkOne m = machine();
                Baselines.NestedLoopALayer layer = new Baselines.NestedLoopALayer(m.plugboard(), m.config().aThreshold());
                int[] active = new int[m.config().associationUnits()];
                return () -> fireAll(layer::fire, active);
            });
        }

        public TimedEngine aLayerPopcount() {
            return new TimedEngine("bit masks + popcount", () -> {
                MarkOne m = machine();
                Baselines.PopcountALayer layer = new Baselines.PopcountALayer(m.plugboard(), m.config().aThreshold());
                int[] active = new int[m.config().associationUnits()];
                return () -> fireAll(layer::fire, active);
            });
        }

        /** The model's A-layer, counting in the given way. */
        public TimedEngine aLayerModel(AssociationUnits.Counting counting) {
            String name = switch (counting) {
                case SLICED -> "bit-sliced counters";
                case FAN_OUT -> "fan-out lists";
                case UNIT_LOOP -> "unit loop";
                case AUTO -> "model (AssociationUnits)";
            };
            return new TimedEngine(name, () -> {
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

        public TimedEngine trialNestedLoop() {
            return new TimedEngine("nested loop", () -> {
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

        public TimedEngine trialIdeal() {
            return new TimedEngine("plain loop (Trainer)", () -> {
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

        public TimedEngine trialSession() {
            return new TimedEngine("discrete-event Session", () -> {
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

        public TimedEngine cachedTraining() {
            return new TimedEngine("cached A-responses (CachedTrainer)", () -> {
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
    public static double[][] time(List<TimedEngine> engines, int rounds, int warmUps) {
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
    public static Report run(Workload w, int rounds, TimedEngine sklearn) {
        Map<String, TimedEngine> all = new LinkedHashMap<>();
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
        List<SpeedFigure> f = new ArrayList<>();
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

    private static SpeedFigure figure(String what, TimedEngine e, double[] es, int ne, TimedEngine b, double[] bs, int nb,
            String target, String dominant) {
        return figure(what, e, es, ne, b, bs, nb, target, dominant, "presentations");
    }

    static SpeedFigure figure(String what, TimedEngine e, double[] es, int ne, TimedEngine b, double[] bs, int nb,
            String target, String dominant, String unit) {
        double[] er = Arrays.stream(es).map(x -> ne / x).toArray();
        double[] br = Arrays.stream(bs).map(x -> nb / x).toArray();
        double[] ratio = new double[er.length];
        for (int r = 0; r < ratio.length; r++) {
            ratio[r] = er[r] / br[r];
        }
        return new SpeedFigure(what, e.name(), median(er), b.name(), median(br), median(ratio), target, dominant, unit);
    }
}
