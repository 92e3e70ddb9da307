package org.mark1.compare;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.mark1.learning.Rules;
import org.mark1.learning.SigmoidDelta;

/**
 * The counting behind {@link Sensitivity}: one trained model on a fixed list of cards, its learned
 * net inputs kept, and for a perturbed model the flips and the moves of its outputs. A single moved
 * weight is worked out from the kept net inputs (only the units it feeds change); the all-weights
 * noise by running the perturbed model on every card.
 */
final class SensitivityMeasure {

    private final SensitivityModel model;
    private final List<int[]> cards;
    private final double[][][] nets;
    private final boolean[][] firing;
    private final double ties;

    SensitivityMeasure(SensitivityModel model, List<int[]> cards) {
        this.model = model;
        this.cards = cards;
        this.nets = new double[cards.size()][][];
        this.firing = new boolean[cards.size()][model.weights()[0].length];
        for (int c = 0; c < cards.size(); c++) {
            nets[c] = model.nets(cards.get(c));
            for (int a : cards.get(c)) {
                firing[c][a] = true;
            }
        }
        long at = 0;
        for (int c = 0; c < cards.size(); c++) {
            for (double u : learned(c)) {
                at += u == 0 ? 1 : 0;
            }
        }
        this.ties = cards.isEmpty() ? 0 : (double) at / (cards.size() * model.outputs());
    }


    /** The learned output units' net inputs on card {@code c}. */
    double[] learned(int c) {
        return nets[c][nets[c].length - 1];
    }

    /** Tallies of one mode and size. */
    private final class Tally {
        final DescriptiveStatistics relative = new DescriptiveStatistics();
        long flips;
        long outputs;
        int machines;
        int flipped;
        double change;
        double max;
        boolean thisFlipped;

        void output(double u0, double u, boolean counted) {
            outputs++;
            if (SensitivityModel.lamp(u) != SensitivityModel.lamp(u0)) {
                flips++;
                thisFlipped = true;
            }
            double d = Math.abs(model.out(u) - model.out(u0));
            change += d;
            max = Math.max(max, d);
            if (counted && u0 != 0) {
                relative.addValue(Math.abs(u - u0) / Math.abs(u0));
            }
        }

        void endMachine() {
            machines++;
            flipped += thisFlipped ? 1 : 0;
            thisFlipped = false;
        }

        Sensitivity.FlipRow row(Sensitivity.PerturbationMode mode, Rules rule, long seed, double size) {
            double per = outputs == 0 ? 0 : 1.0 / outputs;
            return new Sensitivity.FlipRow(mode, rule, seed, size, machines, cards.size() * model.outputs(), flips * per,
                    machines == 0 ? 0 : (double) flipped / machines, change * per, max,
                    relative.getN() == 0 ? Double.NaN : relative.getPercentile(50), ties);
        }
    }

    /** Gaussian noise {@code size * rms[l] * z[d][e]} on every weight entry {@code e}, draw by draw. */
    Sensitivity.FlipRow all(Rules rule, long seed, double size, double[] rms, double[][] z) {
        Tally t = new Tally();
        List<int[]> entries = model.entries();
        for (double[] draw : z) {
            SensitivityModel p = model.copy();
            for (int e = 0; e < draw.length; e++) {
                int[] at = entries.get(e);
                p.weights()[at[0]][at[1]][at[2]] += size * rms[at[0]] * draw[e];
            }
            for (int c = 0; c < cards.size(); c++) {
                double[][] n = p.nets(cards.get(c));
                double[] u = n[n.length - 1];
                double[] u0 = learned(c);
                for (int r = 0; r < u.length; r++) {
                    t.output(u0[r], u[r], true);
                }
            }
            t.endMachine();
        }
        return t.row(Sensitivity.PerturbationMode.ALL, rule, seed, size);
    }

    /** Each chosen weight entry moved by {@code +size * rms} and by {@code -size * rms}, one at a time. */
    Sensitivity.FlipRow one(Rules rule, long seed, double size, double[] rms, int[] chosen) {
        Tally t = new Tally();
        int last = model.layers() - 1;
        for (int index : chosen) {
            int[] at = model.entries().get(index);
            for (int sign : new int[] {1, -1}) {
                double delta = sign * size * rms[at[0]];
                for (int c = 0; c < cards.size(); c++) {
                    double[] u0 = learned(c);
                    double[] u = moved(c, at, delta, last);
                    for (int r = 0; r < u0.length; r++) {
                        t.output(u0[r], u == null ? u0[r] : u[r], u != null && (at[0] < last || r == at[2]));
                    }
                }
                t.endMachine();
            }
        }
        return t.row(Sensitivity.PerturbationMode.ONE, rule, seed, size);
    }

    /**
     * The output net inputs on card {@code c} with weight {@code at} moved by {@code delta}, or null when
     * the weight does not reach this card's outputs (its input is silent).
     */
    private double[] moved(int c, int[] at, double delta, int last) {
        double[] u = learned(c).clone();
        int l = at[0];
        int i = at[1];
        int j = at[2];
        if (l == last) {
            double input = l == 0 ? (firing[c][i] ? 1 : 0) : SigmoidDelta.sigma(nets[c][l - 1][i]);
            if (input == 0) {
                return null;
            }
            u[j] += delta * input;
            return u;
        }
        if (l != 0 || last != 1) {
            throw new IllegalStateException("one-weight perturbation is worked out for one or two layers");
        }
        if (!firing[c][i]) {
            return null;
        }
        double h = nets[c][0][j];
        double da = SigmoidDelta.sigma(h + delta) - SigmoidDelta.sigma(h);
        double[] w = model.weights()[1][j];
        for (int r = 0; r < u.length; r++) {
            u[r] += w[r] * da;
        }
        return u;
    }
}
