package org.mark1.learning;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A layered network of sigmoid units, the ideal weight mode (real weights). Layer {@code l} has a
 * weight matrix {@code W[l][i][j]} from input {@code i} to unit {@code j} (rows are inputs, as in
 * NumPy's {@code X.dot(W)}) and, optionally, a bias {@code b[l][j]}:
 * <pre>
 *   a_0 = x,   a_{l+1, j} = sigma( sum_i a_{l,i} W[l][i][j] + b[l][j] )
 * </pre>
 * The last layer's outputs are the network's; with one output unit the lamp lights when it exceeds
 * 1/2. A layer without a bias has none (its inputs may carry a constant 1 instead, as in the
 * classic XOR example).
 */
public final class SigmoidNetwork {

    private final double[][][] weights;
    private final double[][] biases;

    /** A network with the given weights and biases (a null bias: that layer has none); copied. */
    public SigmoidNetwork(double[][][] weights, double[][] biases) {
        if (weights.length == 0 || biases.length != weights.length) {
            throw new IllegalArgumentException("one bias entry per layer, at least one layer");
        }
        this.weights = new double[weights.length][][];
        this.biases = new double[weights.length][];
        for (int l = 0; l < weights.length; l++) {
            int in = weights[l].length;
            int out = weights[l][0].length;
            if (l > 0 && in != weights[l - 1][0].length) {
                throw new IllegalArgumentException("layer " + l + " takes " + in + " inputs from "
                        + weights[l - 1][0].length + " units");
            }
            this.weights[l] = new double[in][];
            for (int i = 0; i < in; i++) {
                if (weights[l][i].length != out) {
                    throw new IllegalArgumentException("ragged weight matrix in layer " + l);
                }
                this.weights[l][i] = weights[l][i].clone();
            }
            if (biases[l] != null && biases[l].length != out) {
                throw new IllegalArgumentException("layer " + l + " has " + out + " units but " + biases[l].length + " biases");
            }
            this.biases[l] = biases[l] == null ? null : biases[l].clone();
        }
    }

    /**
     * A network of the given layer sizes (inputs first) with every weight, then every bias, of each
     * layer in turn drawn uniformly from [-1, 1): {@code 2 u - 1}, {@code u} from {@code rng}, weights
     * row by row.
     */
    public static SigmoidNetwork random(int[] sizes, boolean withBias, UniformRandomProvider rng) {
        return random(sizes, withBias, rng, false);
    }

    /**
     * As {@link #random(int[], boolean, UniformRandomProvider)}, each layer's draws divided by the
     * square root of its inputs when {@code scaled}, so that wide layers do not start saturated.
     */
    public static SigmoidNetwork random(int[] sizes, boolean withBias, UniformRandomProvider rng, boolean scaled) {
        double[][][] w = new double[sizes.length - 1][][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l + 1 < sizes.length; l++) {
            double scale = scaled ? 1 / Math.sqrt(sizes[l]) : 1;
            w[l] = new double[sizes[l]][sizes[l + 1]];
            for (double[] row : w[l]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = (2 * rng.nextDouble() - 1) * scale;
                }
            }
            if (withBias) {
                b[l] = new double[sizes[l + 1]];
                for (int j = 0; j < b[l].length; j++) {
                    b[l][j] = (2 * rng.nextDouble() - 1) * scale;
                }
            }
        }
        return new SigmoidNetwork(w, b);
    }

    public int layers() {
        return weights.length;
    }

    public int inputs() {
        return weights[0].length;
    }

    /** Units in layer {@code l}. */
    public int units(int l) {
        return weights[l][0].length;
    }

    /** Every layer's activity for input {@code x}: element 0 is {@code x}, the last the outputs. */
    public double[][] forward(double[] x) {
        double[][] a = new double[weights.length + 1][];
        a[0] = x;
        for (int l = 0; l < weights.length; l++) {
            int out = units(l);
            double[] next = new double[out];
            for (int j = 0; j < out; j++) {
                double sum = 0;
                for (int i = 0; i < a[l].length; i++) {
                    sum += a[l][i] * weights[l][i][j];
                }
                if (biases[l] != null) {
                    sum += biases[l][j];
                }
                next[j] = SigmoidDelta.sigma(sum);
            }
            a[l + 1] = next;
        }
        return a;
    }

    /** The first output for input {@code x}. */
    public double output(double[] x) {
        double[][] a = forward(x);
        return a[a.length - 1][0];
    }

    /** Adds {@code dw} and {@code db} (same shapes; a null bias change where the layer has none). */
    void add(double[][][] dw, double[][] db) {
        for (int l = 0; l < weights.length; l++) {
            for (int i = 0; i < weights[l].length; i++) {
                for (int j = 0; j < weights[l][i].length; j++) {
                    weights[l][i][j] += dw[l][i][j];
                }
            }
            if (biases[l] != null) {
                for (int j = 0; j < biases[l].length; j++) {
                    biases[l][j] += db[l][j];
                }
            }
        }
    }

    /** Layer {@code l}'s weights (a copy). */
    public double[][] weights(int l) {
        double[][] copy = new double[weights[l].length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = weights[l][i].clone();
        }
        return copy;
    }

    /** Layer {@code l}'s biases (a copy), or null when it has none. */
    public double[] biases(int l) {
        return biases[l] == null ? null : biases[l].clone();
    }

    boolean hasBias(int l) {
        return biases[l] != null;
    }
}
