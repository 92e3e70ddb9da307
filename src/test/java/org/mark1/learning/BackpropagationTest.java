package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation on a worked example and against the numerical gradient.
 * <pre>
 *   x --W1--> h --W2--> y        (one input, one hidden unit, one output, no biases)
 * </pre>
 */
class BackpropagationTest {

    @Test
    void oneStepOnATinyNetworkByHand() {
        // W1 = 0, W2 = 1, x = 1, target 1, eta = 1.
        // h = sigma(0) = 0.5;  y = sigma(0.5 * 1) = 0.622459
        // delta_out = (1 - 0.622459) * 0.622459 * 0.377541 = 0.0887235
        // delta_hid = 0.0887235 * W2 * 0.5 * 0.5 = 0.0221809
        // W2 += h * delta_out = 0.0443617;  W1 += x * delta_hid = 0.0221809
        SigmoidNetwork net = new SigmoidNetwork(new double[][][] {{{0}}, {{1}}}, new double[2][]);
        assertEquals(0.622459, net.output(new double[] {1}), 1e-6);
        new Backpropagation(1).online(net, new double[] {1}, true);
        assertEquals(1 + 0.0443617, net.weights(1)[0][0], 1e-7);
        assertEquals(0.0221809, net.weights(0)[0][0], 1e-7);
    }

    private static double error(SigmoidNetwork net, double[][] rows, boolean[] wanted) {
        double e = 0;
        for (int r = 0; r < rows.length; r++) {
            double y = net.output(rows[r]);
            e += 0.5 * Math.pow((wanted[r] ? 1 : 0) - y, 2);
        }
        return e;
    }

    private static SigmoidNetwork nudged(SigmoidNetwork net, int l, int i, int j, double h) {
        double[][][] w = new double[net.layers()][][];
        double[][] b = new double[net.layers()][];
        for (int k = 0; k < w.length; k++) {
            w[k] = net.weights(k);
            b[k] = net.biases(k);
        }
        if (i >= 0) {
            w[l][i][j] += h;
        } else {
            b[l][j] += h;
        }
        return new SigmoidNetwork(w, b);
    }

    @Test
    void aBatchStepIsMinusEtaTimesTheGradientOfTheSummedError() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(86);
        for (int k = 0; k < 40; k++) {
            int[] sizes = {1 + r.nextInt(4), 1 + r.nextInt(5), 1 + r.nextInt(3), 1};
            SigmoidNetwork net = SigmoidNetwork.random(sizes, true, r);
            double[][] rows = new double[1 + r.nextInt(5)][sizes[0]];
            boolean[] wanted = new boolean[rows.length];
            for (int q = 0; q < rows.length; q++) {
                for (int i = 0; i < sizes[0]; i++) {
                    rows[q][i] = r.nextDouble() * 2 - 1;
                }
                wanted[q] = r.nextBoolean();
            }
            double eta = 0.3;
            SigmoidNetwork stepped = nudged(net, 0, 0, 0, 0);
            new Backpropagation(eta).batch(stepped, rows, wanted);
            double h = 1e-6;
            for (int l = 0; l < net.layers(); l++) {
                for (int i = -1; i < (l == 0 ? sizes[0] : net.units(l - 1)); i++) {
                    for (int j = 0; j < net.units(l); j++) {
                        double grad = (error(nudged(net, l, i, j, h), rows, wanted)
                                - error(nudged(net, l, i, j, -h), rows, wanted)) / (2 * h);
                        double moved = i >= 0 ? stepped.weights(l)[i][j] - net.weights(l)[i][j]
                                : stepped.biases(l)[j] - net.biases(l)[j];
                        assertEquals(-eta * grad, moved, 1e-7, "case " + k + " layer " + l + " " + i + "," + j);
                    }
                }
            }
        }
    }
}
