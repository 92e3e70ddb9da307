package org.mark1.compare;

import org.mark1.experiment.Progress;
import org.mark1.io.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.mark1.learning.Backpropagation;
import org.mark1.learning.RealWeights;
import org.mark1.learning.Rules;
import org.mark1.learning.SigmoidDelta;
import org.mark1.learning.SigmoidNetwork;
import org.mark1.learning.UnitRule;
import org.mark1.learning.UnitStep;
import org.mark1.machine.RandomStreams;

/**
 * {@code mark1 learn}: one rule on a user's table, in the ideal weight mode (real weights, gain 1,
 * no motors). A single-unit rule starts from zero weights (or given ones) and sees the rows one by
 * one (online) or all at once, its steps summed from the weights at the start of the epoch (full
 * batch); {@code mlp} is a network with one hidden layer of sigmoid units trained by
 * backpropagation, its weights drawn uniformly from [-1, 1) from the seed's INITIAL_POTS stream (or
 * given). Shuffled order draws a new permutation each epoch from the seed's PRESENTATION_ORDER
 * stream. After each epoch it records the accuracy on the table, the loss the rule descends (none
 * for the threshold rules) and the mistakes made while learning.
 */
public final class TableLearning {

    /** How the rows are fed. */
    public enum BatchMode implements org.mark1.io.Keyword { ONLINE, FULL }

    /** In which order the rows are shown each epoch. */
    public enum RowOrder implements org.mark1.io.Keyword { AS_GIVEN, SHUFFLED }

    /**
     * @param rule   the rule
     * @param epochs passes through the table
     * @param eta    the rate
     * @param gain   the output gain of lms, sigmoid and sigmoid-ce ({@code g} in {@code g * u}); 1 on a table
     * @param hidden hidden units ({@code mlp})
     * @param bias   whether {@code mlp}'s layers have biases
     * @param batch  online or full batch
     * @param order  row order
     * @param seed   seed of the streams (shuffled order, random initial weights)
     * @param start  initial weights, or null
     */
    public record LearnOptions(Rules rule, int epochs, double eta, double gain, int hidden, boolean bias, BatchMode batch, RowOrder order,
            long seed, LearnedWeights start) {
    }

    /** One layer of a network as written in the JSON: rows are inputs, columns units. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Layer(double[][] weights, double[] bias) {
    }

    /** Weights as written in (and read from) the JSON: one unit's, or a network's layers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearnedWeights(double[] weights, Double bias, List<Layer> layers) {
    }

    /** What {@code learn} writes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearnResult(String rule, String data, int rows, List<String> features, List<String> classes, double eta,
            Double gain, int epochs, String batch, String order, long seed, double[] weights, Double bias, List<Layer> layers,
            double[] outputs, double[] accuracy, double[] loss, int[] mistakes) {
    }

    private TableLearning() {
    }

    public static LearnResult run(String data, LabelledTable table, LearnOptions o, Progress progress) {
        RandomStreams streams = new RandomStreams(o.seed());
        UniformRandomProvider shuffle = streams.open(RandomStreams.Stream.PRESENTATION_ORDER);
        int[] sequence = PermutationSampler.natural(table.size());
        double[] accuracy = new double[o.epochs()];
        double[] loss = o.rule() == Rules.MLP || gradient(o.rule()) ? new double[o.epochs()] : null;
        int[] mistakes = new int[o.epochs()];
        progress.start("learn " + o.rule().id(), o.epochs());
        Learner learner = o.rule() == Rules.MLP ? new NetworkLearner(table, o, streams) : new UnitLearner(table, o);
        for (int e = 0; e < o.epochs(); e++) {
            if (o.order() == RowOrder.SHUFFLED) {
                PermutationSampler.shuffle(shuffle, sequence);
            }
            mistakes[e] = learner.epoch(sequence);
            double[] out = learner.outputs();
            accuracy[e] = accuracy(out, table.positive(), learner.middle());
            if (loss != null) {
                loss[e] = loss(o.rule(), out, table.positive());
            }
            progress.advance(e + 1, "accuracy " + Math.round(100 * accuracy[e]) + "%");
        }
        progress.finish();
        LearnedWeights w = learner.weights();
        return new LearnResult(o.rule().id(), data, table.size(), table.features(), table.classes(), o.eta(),
                o.rule().hasGain() ? o.gain() : null, o.epochs(),
                o.batch().id(), o.order().id(), o.seed(), w.weights(), w.bias(), w.layers(), learner.outputs(), accuracy,
                loss, mistakes);
    }

    /** The result as the JSON file {@code learn} writes. */
    public static String json(LearnResult r) {
        return Json.write(r);
    }

    private static boolean gradient(Rules r) {
        return r == Rules.LMS || r == Rules.SIGMOID || r == Rules.SIGMOID_CE;
    }

    private static double accuracy(double[] out, boolean[] positive, double middle) {
        int right = 0;
        for (int r = 0; r < out.length; r++) {
            right += UnitRule.right(out[r] - middle, positive[r]) ? 1 : 0;
        }
        return (double) right / out.length;
    }

    /** Mean loss per row: half the squared error (LMS on +-1, sigmoid and mlp on 0/1), or the cross-entropy. */
    private static double loss(Rules rule, double[] out, boolean[] positive) {
        double sum = 0;
        for (int r = 0; r < out.length; r++) {
            double y = out[r];
            sum += switch (rule) {
                case LMS -> 0.5 * Math.pow((positive[r] ? 1 : -1) - y, 2);
                case SIGMOID_CE -> positive[r] ? -Math.log(y) : -Math.log(1 - y);
                default -> 0.5 * Math.pow((positive[r] ? 1 : 0) - y, 2);
            };
        }
        return sum / out.length;
    }

    /** One way of learning the table. */
    private interface Learner {
        /** One pass in the given order; returns the mistakes made on the way. */
        int epoch(int[] sequence);

        /** The output for each row now: the net input, or the sigmoid output. */
        double[] outputs();

        /** The output at which the lamp is undecided (0 for a net input, 1/2 for a sigmoid). */
        double middle();

        LearnedWeights weights();
    }

    private static final class UnitLearner implements Learner {
        private final LabelledTable table;
        private final LearnOptions o;
        private final UnitRule rule;
        private final RealWeights unit;

        UnitLearner(LabelledTable table, LearnOptions o) {
            this.table = table;
            this.o = o;
            this.rule = o.rule().unit(o.eta(), o.gain());
            int n = table.features().size();
            LearnedWeights s = o.start();
            this.unit = s == null ? RealWeights.zero(n)
                    : new RealWeights(s.weights(), -s.bias(), Double.POSITIVE_INFINITY);
        }

        @Override
        public int epoch(int[] sequence) {
            int wrong = 0;
            int n = table.features().size();
            double[] dw = new double[n];
            double dtheta = 0;
            for (int r : sequence) {
                double[] x = table.rows()[r];
                boolean wanted = table.positive()[r];
                double u = unit.net(x);
                wrong += UnitRule.right(u, wanted) ? 0 : 1;
                UnitStep step = rule.step(x, u, wanted);
                if (o.batch() == BatchMode.ONLINE) {
                    unit.apply(step);
                } else {
                    for (int i = 0; i < n; i++) {
                        dw[i] += step.weights()[i];
                    }
                    dtheta += step.threshold();
                }
            }
            if (o.batch() == BatchMode.FULL) {
                unit.apply(new UnitStep(dw, dtheta));
            }
            return wrong;
        }

        @Override
        public double[] outputs() {
            double[] out = new double[table.size()];
            for (int r = 0; r < out.length; r++) {
                double u = unit.net(table.rows()[r]);
                out[r] = o.rule() == Rules.SIGMOID || o.rule() == Rules.SIGMOID_CE ? SigmoidDelta.sigma(u) : u;
            }
            return out;
        }

        @Override
        public double middle() {
            return o.rule() == Rules.SIGMOID || o.rule() == Rules.SIGMOID_CE ? 0.5 : 0.0;
        }

        @Override
        public LearnedWeights weights() {
            return new LearnedWeights(unit.weights(), unit.bias(), null);
        }
    }

    private static final class NetworkLearner implements Learner {
        private final LabelledTable table;
        private final LearnOptions o;
        private final SigmoidNetwork net;
        private final Backpropagation backprop;

        NetworkLearner(LabelledTable table, LearnOptions o, RandomStreams streams) {
            this.table = table;
            this.o = o;
            this.backprop = new Backpropagation(o.eta());
            if (o.start() != null) {
                List<Layer> layers = o.start().layers();
                double[][][] w = new double[layers.size()][][];
                double[][] b = new double[layers.size()][];
                for (int l = 0; l < w.length; l++) {
                    w[l] = layers.get(l).weights();
                    b[l] = layers.get(l).bias();
                }
                this.net = new SigmoidNetwork(w, b);
            } else {
                int[] sizes = {table.features().size(), o.hidden(), 1};
                this.net = SigmoidNetwork.random(sizes, o.bias(), streams.open(RandomStreams.Stream.INITIAL_POTS));
            }
        }

        @Override
        public int epoch(int[] sequence) {
            int wrong = 0;
            if (o.batch() == BatchMode.FULL) {
                for (int r : sequence) {
                    wrong += UnitRule.right(net.output(table.rows()[r]) - 0.5, table.positive()[r]) ? 0 : 1;
                }
                double[][] rows = new double[sequence.length][];
                boolean[] wanted = new boolean[sequence.length];
                for (int k = 0; k < sequence.length; k++) {
                    rows[k] = table.rows()[sequence[k]];
                    wanted[k] = table.positive()[sequence[k]];
                }
                backprop.batch(net, rows, wanted);
            } else {
                for (int r : sequence) {
                    wrong += UnitRule.right(net.output(table.rows()[r]) - 0.5, table.positive()[r]) ? 0 : 1;
                    backprop.online(net, table.rows()[r], table.positive()[r]);
                }
            }
            return wrong;
        }

        @Override
        public double[] outputs() {
            double[] out = new double[table.size()];
            for (int r = 0; r < out.length; r++) {
                out[r] = net.output(table.rows()[r]);
            }
            return out;
        }

        @Override
        public double middle() {
            return 0.5;
        }

        @Override
        public LearnedWeights weights() {
            List<Layer> layers = new ArrayList<>();
            for (int l = 0; l < net.layers(); l++) {
                layers.add(new Layer(net.weights(l), net.biases(l)));
            }
            return new LearnedWeights(null, null, layers);
        }
    }
}
