package org.mark1.learning;

/**
 * Backpropagation of the squared error through a {@link SigmoidNetwork} (Rumelhart, Hinton and
 * Williams, 1986). For targets {@code d} (1 for a wanted lamp, 0 otherwise) and outputs {@code y}
 * the error {@code E = sum (d - y)^2 / 2} is carried back layer by layer:
 * <pre>
 *   output layer:  delta_L = (d - y) * y * (1 - y)
 *   hidden layer:  delta_l = (delta_{l+1} . W[l]^T) * a_l * (1 - a_l)
 *   W[l] += eta * a_l^T . delta_{l+1},    b[l] += eta * sum over rows of delta_{l+1}
 * </pre>
 * Full batch: the changes of all rows are summed (not averaged) and added once per epoch, as in the
 * classic NumPy example; online: each row's change is added before the next row is seen. All
 * deltas of a step are computed from the weights as they were before it.
 */
public final class Backpropagation {

    private final double rate;

    public Backpropagation(double rate) {
        this.rate = rate;
    }

    /** One full-batch step over all rows. */
    public void batch(SigmoidNetwork net, double[][] rows, boolean[] wanted) {
        double[][][] dw = zeroWeights(net);
        double[][] db = zeroBiases(net);
        for (int r = 0; r < rows.length; r++) {
            accumulate(net, rows[r], wanted[r], dw, db);
        }
        net.add(dw, db);
    }

    /** One online step on one row (one output unit). */
    public void online(SigmoidNetwork net, double[] row, boolean wanted) {
        online(net, row, new boolean[] {wanted});
    }

    /** One online step on one row, one target per output unit. */
    public void online(SigmoidNetwork net, double[] row, boolean[] wanted) {
        double[][][] dw = zeroWeights(net);
        double[][] db = zeroBiases(net);
        accumulate(net, row, wanted, dw, db);
        net.add(dw, db);
    }

    private void accumulate(SigmoidNetwork net, double[] x, boolean wanted, double[][][] dw, double[][] db) {
        accumulate(net, x, new boolean[] {wanted}, dw, db);
    }

    private void accumulate(SigmoidNetwork net, double[] x, boolean[] wanted, double[][][] dw, double[][] db) {
        double[][] a = net.forward(x);
        int layers = net.layers();
        double[] delta = new double[net.units(layers - 1)];
        double[] y = a[layers];
        for (int j = 0; j < delta.length; j++) {
            double d = wanted[j] ? 1.0 : 0.0;
            delta[j] = (d - y[j]) * (y[j] * (1 - y[j]));
        }
        for (int l = layers - 1; l >= 0; l--) {
            double[] below = a[l];
            double[][] w = net.weights(l);
            for (int i = 0; i < below.length; i++) {
                for (int j = 0; j < delta.length; j++) {
                    dw[l][i][j] += rate * (below[i] * delta[j]);
                }
            }
            if (net.hasBias(l)) {
                for (int j = 0; j < delta.length; j++) {
                    db[l][j] += rate * delta[j];
                }
            }
            if (l > 0) {
                double[] next = new double[below.length];
                for (int i = 0; i < below.length; i++) {
                    double back = 0;
                    for (int j = 0; j < delta.length; j++) {
                        back += delta[j] * w[i][j];
                    }
                    next[i] = back * (below[i] * (1 - below[i]));
                }
                delta = next;
            }
        }
    }

    private static double[][][] zeroWeights(SigmoidNetwork net) {
        double[][][] dw = new double[net.layers()][][];
        for (int l = 0; l < dw.length; l++) {
            dw[l] = new double[l == 0 ? net.inputs() : net.units(l - 1)][net.units(l)];
        }
        return dw;
    }

    private static double[][] zeroBiases(SigmoidNetwork net) {
        double[][] db = new double[net.layers()][];
        for (int l = 0; l < db.length; l++) {
            db[l] = new double[net.units(l)];
        }
        return db;
    }
}
