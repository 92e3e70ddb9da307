package org.mark1.bench;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.mark1.learning.LearningRule;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Plugboard;
import org.mark1.machine.Reinforcement;
import org.mark1.machine.Retina;
import org.mark1.machine.SourceSets;
import org.mark1.training.Presentation;

/**
 * The yardsticks of {@link Benchmark}: the machine written the straightforward way, kept only to
 * measure the model against. They compute exactly what the model computes (a test holds this), so
 * a ratio compares two ways of doing the same work.
 */
public final class Baselines {

    private Baselines() {
    }

    /** The A-layer as a nested loop: for each A-unit, for each of its plugs, test the photocell. */
    public static final class NestedLoopALayer {

        private final int[][] excitatory;
        private final int[][] inhibitory;
        private final int theta;

        public NestedLoopALayer(Plugboard board, int theta) {
            int units = board.associationUnits();
            this.excitatory = new int[units][];
            this.inhibitory = new int[units][];
            for (int a = 0; a < units; a++) {
                excitatory[a] = board.excitatory(a);
                inhibitory[a] = board.inhibitory(a);
            }
            this.theta = theta;
        }

        /** Writes the firing A-units, ascending, into {@code active}; returns how many. */
        public int fire(long[] retina, int[] active) {
            int n = 0;
            for (int a = 0; a < excitatory.length; a++) {
                int net = 0;
                for (int c : excitatory[a]) {
                    if ((retina[c >>> 6] & (1L << c)) != 0) {
                        net++;
                    }
                }
                for (int c : inhibitory[a]) {
                    if ((retina[c >>> 6] & (1L << c)) != 0) {
                        net--;
                    }
                }
                if (net >= theta) {
                    active[n++] = a;
                }
            }
            return n;
        }
    }

    /**
     * A candidate A-layer that lost (kept for the record): each A-unit's plugs as two bit masks over
     * the retina, fired by AND and population count, word by word. It visits A-units x words
     * (512 x 7 x 2 on the Mark I) and needs A-units x photocells bits of memory.
     */
    public static final class PopcountALayer {

        private final int units;
        private final int words;
        private final int theta;
        private final long[] excitatory;
        private final long[] inhibitory;

        public PopcountALayer(Plugboard board, int theta) {
            this.units = board.associationUnits();
            this.words = Retina.words(board.photocells());
            this.theta = theta;
            this.excitatory = new long[units * words];
            this.inhibitory = new long[units * words];
            for (int a = 0; a < units; a++) {
                for (int c : board.excitatory(a)) {
                    excitatory[a * words + (c >>> 6)] |= 1L << c;
                }
                for (int c : board.inhibitory(a)) {
                    inhibitory[a * words + (c >>> 6)] |= 1L << c;
                }
            }
        }

        public int fire(long[] retina, int[] active) {
            int n = 0;
            for (int a = 0; a < units; a++) {
                int net = 0;
                int base = a * words;
                for (int w = 0; w < words; w++) {
                    net += Long.bitCount(excitatory[base + w] & retina[w]) - Long.bitCount(inhibitory[base + w] & retina[w]);
                }
                if (net >= theta) {
                    active[n++] = a;
                }
            }
            return n;
        }
    }

    /**
     * A whole ideal trial written plainly: each photocell against its threshold, the nested-loop
     * A-layer, each R-unit's sum over its active A-units, the model's learning rule, each pot turned
     * within its end stops. Copies the machine's state at construction and then works on its own.
     */
    public static final class NestedLoopTrial {

        private final MachineConfig config;
        private final org.mark1.machine.Photocell[] cells;
        private final NestedLoopALayer aLayer;
        private final SourceSets sets;
        private final LearningRule rule;
        private final UniformRandomProvider noise;
        private final int[] pots;
        private final int[] thresholds;
        private final long[] retina;
        private final int[] active;

        public NestedLoopTrial(MarkOne machine, LearningRule rule, UniformRandomProvider noise) {
            this.config = machine.config();
            this.cells = new org.mark1.machine.Photocell[config.photocells()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = machine.retina().cell(i);
            }
            this.aLayer = new NestedLoopALayer(machine.plugboard(), config.aThreshold());
            this.sets = machine.sourceSets();
            this.rule = rule;
            this.noise = noise;
            this.pots = machine.pots().positions();
            this.thresholds = machine.responseUnits().thresholds();
            this.retina = new long[Retina.words(cells.length)];
            this.active = new int[config.associationUnits()];
        }

        /** Shows one card and reinforces; returns whether every R-unit was right. */
        public boolean present(Presentation p) {
            java.util.Arrays.fill(retina, 0L);
            double[] light = p.light();
            ZigguratSampler.NormalizedGaussian gauss = config.photocellNoise() > 0
                    ? ZigguratSampler.NormalizedGaussian.of(noise) : null;
            for (int i = 0; i < cells.length; i++) {
                double l = gauss == null ? light[i] : light[i] + config.photocellNoise() * gauss.sample();
                if (cells[i].fires(l, config.photocellThreshold())) {
                    retina[i >>> 6] |= 1L << i;
                }
            }
            int n = aLayer.fire(retina, active);
            int[] firing = java.util.Arrays.copyOf(active, n);
            int[] sums = new int[thresholds.length];
            for (int a : firing) {
                if (sets.rUnitOf(a) >= 0) { // an A-unit in no source set feeds no lamp
                    sums[sets.rUnitOf(a)] += pots[a];
                }
            }
            Answer answer = new Answer(firing, sums, thresholds.clone(), sets, config.responseMode());
            Reinforcement pulse = rule.reinforce(answer, p.wanted());
            int limit = config.potSteps();
            for (int i = 0; i < pulse.pots().length; i++) {
                int a = pulse.pots()[i];
                pots[a] = (int) Math.max(-limit, Math.min(limit, (long) pots[a] + pulse.steps()[i]));
            }
            if (config.adaptiveThreshold()) {
                for (int r = 0; r < thresholds.length; r++) {
                    thresholds[r] = Math.max(-limit, Math.min(limit, thresholds[r] + pulse.thresholdSteps()[r]));
                }
            }
            return answer.correct(p.wanted());
        }

        public int[] pots() {
            return pots.clone();
        }

        public int[] thresholds() {
            return thresholds.clone();
        }
    }
}
