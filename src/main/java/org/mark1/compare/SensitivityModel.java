package org.mark1.compare;

import org.mark1.experiment.Experiment;
import java.util.ArrayList;
import java.util.List;
import org.mark1.learning.Rules;
import org.mark1.learning.SigmoidDelta;
import org.mark1.learning.SigmoidNetwork;
import org.mark1.machine.MarkOne;
import org.mark1.machine.SourceSets;
import org.mark1.training.IdealTrainer;
import org.mark1.training.NetworkTrainer;
import org.mark1.training.Operator;

/**
 * A trained machine's answer layer as plain numbers, for {@link Sensitivity}: one or two layers of
 * weights {@code w[l][i][j]} (input {@code i} to unit {@code j}) and biases {@code b[l][j]}; a hidden
 * layer is sigmoid; each output unit's net input {@code u} lights its lamp when {@code u > 0}.
 *
 * <p>A single-unit rule gives one layer from the 512 A-units to the R-units in use, with a weight only
 * where a pot joins an A-unit to its R-unit (the {@link #entries} list; the other places are 0 and
 * are never perturbed), and bias {@code -theta}. The network ({@code mlp}) gives its two layers, every
 * place a weight. Biases and thresholds are not perturbed [our choice: the claim is about weights].
 *
 * @param weights  {@code w[l][i][j]}
 * @param biases   {@code b[l][j]}
 * @param entries  the places that are weights: {@code {l, i, j}}
 * @param output   what the rule's unit gives out besides its lamp
 * @param gain     the gain {@code g} of the analogue output
 */
public record SensitivityModel(double[][][] weights, double[][] biases, List<int[]> entries, UnitOutput output, double gain) {

    /** The output a rule's unit gives, besides its lamp. */
    public enum UnitOutput implements org.mark1.io.Keyword {
        /** Only the lamp, 0 or 1 (error correction and the other threshold rules). */
        LAMP,
        /** The analogue sum {@code g u} (LMS, the ADALINE). */
        LINEAR,
        /** {@code sigma(g u)} (the sigmoid rules and the network). */
        SIGMOID
    }

    /** The output kind of a rule. */
    public static UnitOutput outputOf(Rules rule) {
        return switch (rule) {
            case LMS -> UnitOutput.LINEAR;
            case SIGMOID, SIGMOID_CE, MLP -> UnitOutput.SIGMOID;
            default -> UnitOutput.LAMP;
        };
    }

    /** The learned layer of a finished run, from whichever operator trained it. */
    public static SensitivityModel of(Experiment.Result result, Rules rule) {
        Operator op = result.operator();
        MarkOne m = result.machine();
        if (op instanceof NetworkTrainer n) {
            SigmoidNetwork net = n.network();
            double[][][] w = new double[net.layers()][][];
            double[][] b = new double[net.layers()][];
            List<int[]> entries = new ArrayList<>();
            for (int l = 0; l < w.length; l++) {
                w[l] = net.weights(l);
                b[l] = net.biases(l) == null ? new double[net.units(l)] : net.biases(l);
                for (int i = 0; i < w[l].length; i++) {
                    for (int j = 0; j < w[l][i].length; j++) {
                        entries.add(new int[] {l, i, j});
                    }
                }
            }
            return new SensitivityModel(w, b, List.copyOf(entries), UnitOutput.SIGMOID, 1.0);
        }
        SourceSets sets = m.sourceSets();
        int units = m.responseUnits().size();
        double[][] w = new double[sets.pots()][units];
        double[] b = new double[units];
        List<int[]> entries = new ArrayList<>();
        if (op instanceof IdealTrainer ideal) {
            int[] next = new int[units];
            double[][] real = new double[units][];
            for (int r = 0; r < units; r++) {
                real[r] = ideal.unit(r).weights();
                b[r] = ideal.unit(r).bias();
            }
            for (int p = 0; p < sets.pots(); p++) {
                int r = sets.rUnitOf(p);
                if (r < 0) {
                    continue; // a pot that feeds no R-unit
                }
                w[p][r] = real[r][next[r]++];
                entries.add(new int[] {0, p, r});
            }
        } else {
            for (int p = 0; p < sets.pots(); p++) {
                int r = sets.rUnitOf(p);
                if (r < 0) {
                    continue;
                }
                w[p][r] = m.pots().position(p);
                entries.add(new int[] {0, p, r});
            }
            for (int r = 0; r < units; r++) {
                b[r] = -m.responseUnits().threshold(r);
            }
        }
        return new SensitivityModel(new double[][][] {w}, new double[][] {b}, List.copyOf(entries), outputOf(rule),
                rule.hasGain() ? result.scenario().training().outputGain() : Rules.MACHINE_GAIN);
    }

    public int layers() {
        return weights.length;
    }

    public int outputs() {
        return biases[layers() - 1].length;
    }

    /** The root mean square of the weights of layer {@code l} (its entries only). */
    public double rms(int l) {
        double sum = 0;
        int n = 0;
        for (int[] e : entries) {
            if (e[0] == l) {
                double v = weights[l][e[1]][e[2]];
                sum += v * v;
                n++;
            }
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }

    /** A deep copy, to perturb. */
    public SensitivityModel copy() {
        double[][][] w = new double[weights.length][][];
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[weights[l].length][];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = weights[l][i].clone();
            }
        }
        double[][] b = new double[biases.length][];
        for (int l = 0; l < b.length; l++) {
            b[l] = biases[l].clone();
        }
        return new SensitivityModel(w, b, entries, output, gain);
    }

    /**
     * Every layer's net inputs for a card whose firing A-units are {@code active}: element
     * {@code l} holds layer {@code l}'s units' net inputs; the last the output units' {@code u}.
     */
    public double[][] nets(int[] active) {
        double[][] nets = new double[layers()][];
        double[] in = null;
        for (int l = 0; l < layers(); l++) {
            double[] u = biases[l].clone();
            if (l == 0) {
                for (int i : active) {
                    double[] row = weights[0][i];
                    for (int j = 0; j < u.length; j++) {
                        u[j] += row[j];
                    }
                }
            } else {
                for (int i = 0; i < in.length; i++) {
                    double[] row = weights[l][i];
                    for (int j = 0; j < u.length; j++) {
                        u[j] += in[i] * row[j];
                    }
                }
            }
            nets[l] = u;
            in = new double[u.length];
            for (int j = 0; j < u.length; j++) {
                in[j] = SigmoidDelta.sigma(u[j]);
            }
        }
        return nets;
    }

    /** The analogue output of an output unit whose net input is {@code u}. */
    public double out(double u) {
        return switch (output) {
            case LAMP -> lamp(u) ? 1 : 0;
            case LINEAR -> gain * u;
            case SIGMOID -> SigmoidDelta.sigma(gain * u);
        };
    }

    /** The lamp: lit when {@code u > 0}. */
    public static boolean lamp(double u) {
        return u > 0;
    }
}
