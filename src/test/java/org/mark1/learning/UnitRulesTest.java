package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Each rule against a worked example computed by hand (in each test's comment), and the gradient
 * rules against the derivative of their loss taken numerically on many random cases.
 * Convention: {@code u = sum w_i x_i - theta}; a step is added, {@code theta += dtheta}.
 */
class UnitRulesTest {

    private static final double EXACT = 0;

    @Test
    void errorCorrectionCorrectsATieAndLeavesARightAnswer() {
        // w = 0, theta = 0, x = (2, 1), lamp wanted: u = 0 is a tie, wrong. s = +1, eta = 1:
        // dw = (2, 1), dtheta = -1. Then u = 2*2 + 1*1 + 1 = 6 > 0: right, no change.
        RealWeights unit = RealWeights.zero(2);
        UnitRule rule = new ErrorCorrection(1.0, 1.0);
        unit.learn(rule, new double[] {2, 1}, true);
        assertArrayEquals(new double[] {2, 1}, unit.weights(), EXACT);
        assertEquals(-1.0, unit.threshold(), EXACT);
        assertEquals(6.0, unit.net(new double[] {2, 1}), EXACT);
        assertTrue(rule.step(new double[] {2, 1}, 6.0, true).isZero());
    }

    @Test
    void gammaGivesToTheActiveWhatItTakesFromTheSilent() {
        // Set of 5, inputs 0 and 1 active: mean = 2/5 = 0.4. Wrong (u = -1, wanted), s = +1, q = 1:
        // active gain 1 - 0.4 = 0.6, silent lose 0.4; total 2(0.6) - 3(0.4) = 0; threshold -1.
        UnitStep step = new GammaSystem(1.0, 1.0).step(new double[] {1, 1, 0, 0, 0}, -1.0, true);
        assertArrayEquals(new double[] {0.6, 0.6, -0.4, -0.4, -0.4}, step.weights(), 1e-15);
        assertEquals(-1.0, step.threshold(), EXACT);
        // Right answer (u = 2 > 0 wanted): nothing moves.
        assertTrue(new GammaSystem(1.0, 1.0).step(new double[] {1, 1, 0, 0, 0}, 2.0, true).isZero());
    }

    @Test
    void gammaConservesEachSetsTotalOnRandomCases() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(62);
        for (int k = 0; k < 2000; k++) {
            int n = 1 + r.nextInt(64);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextBoolean() ? 1 : 0;
            }
            UnitStep s = new GammaSystem(1 + r.nextInt(5), 1).step(x, r.nextDouble() * 10 - 5, r.nextBoolean());
            double total = 0;
            for (double d : s.weights()) {
                total += d;
            }
            assertEquals(0.0, total, 1e-9, "case " + k);
        }
    }

    @Test
    void hebbGrowsAtEveryPresentationAndOnlyABoundStopsIt() {
        // x = (1, 0, 1), lamp unwanted, eta = 0.5: y = -1, dw = 0.5 * x * (-1) = (-0.5, 0, -0.5),
        // threshold unchanged; the same whether the unit was right (u = -3) or wrong (u = +3).
        Hebb hebb = new Hebb(0.5);
        for (double u : new double[] {-3, 3}) {
            UnitStep s = hebb.step(new double[] {1, 0, 1}, u, false);
            assertArrayEquals(new double[] {-0.5, 0, -0.5}, s.weights(), EXACT);
            assertEquals(0.0, s.threshold(), EXACT);
        }
        // 1000 presentations: without a bound the weight reaches -500 (runaway, linear);
        // with an end stop at 100 it rests there.
        RealWeights free = RealWeights.zero(3);
        RealWeights bounded = new RealWeights(new double[3], 0, 100);
        for (int k = 0; k < 1000; k++) {
            free.learn(hebb, new double[] {1, 0, 1}, false);
            bounded.learn(hebb, new double[] {1, 0, 1}, false);
        }
        assertEquals(-500.0, free.weights()[0], EXACT);
        assertEquals(-100.0, bounded.weights()[0], EXACT);
        assertEquals(0.0, bounded.weights()[1], EXACT);
    }

    @Test
    void lmsLearnsFromTheAnalogueSumEvenWhenTheLampIsRight() {
        // x = (1, 0, 1), u = 0.4 (lamp lit, wanted: right), g = 1, eta = 0.25:
        // e = 1 - 0.4 = 0.6; dw = 0.25 * 0.6 * x = (0.15, 0, 0.15); dtheta = -0.15.
        UnitStep s = new WidrowHoff(0.25, 1.0).step(new double[] {1, 0, 1}, 0.4, true);
        assertArrayEquals(new double[] {0.15, 0, 0.15}, s.weights(), 1e-15);
        assertEquals(-0.15, s.threshold(), 1e-15);
        // With gain g = 2 the output is 0.8, e = 0.2 and the step eta * g * e = 0.1.
        UnitStep g2 = new WidrowHoff(0.25, 2.0).step(new double[] {1, 0, 1}, 0.4, true);
        assertEquals(0.1, g2.weights()[0], 1e-15);
    }

    @Test
    void theSingleSigmoidNeuronOfTheIntroductoryTexts() {
        // Inputs 1 and 1 weighted 7 and 3, bias -5 (threshold 5): the sum is 7 + 3 - 5 = 5 and
        // sigma(5) = 1 / (1 + e^-5) = 1 / 1.006738 = 0.993307.
        RealWeights neuron = new RealWeights(new double[] {7, 3}, 5, Double.POSITIVE_INFINITY);
        double u = neuron.net(new double[] {1, 1});
        assertEquals(5.0, u, EXACT);
        assertEquals(0.993, SigmoidDelta.sigma(u), 0.0005);
        assertEquals(0.5, SigmoidDelta.sigma(0), EXACT);
    }

    @Test
    void sigmoidDeltaOnAWorkedExample() {
        // x = (1, 0), u = 0, wanted, eta = 1, g = 1: y = 0.5, d = 1.
        // squared error: delta = (1 - 0.5) * 0.5 * 0.5 = 0.125;  cross-entropy: delta = 0.5.
        UnitStep sq = new SigmoidDelta(1, 1, SigmoidDelta.Loss.SQUARED).step(new double[] {1, 0}, 0, true);
        UnitStep ce = new SigmoidDelta(1, 1, SigmoidDelta.Loss.CROSS_ENTROPY).step(new double[] {1, 0}, 0, true);
        assertArrayEquals(new double[] {0.125, 0}, sq.weights(), EXACT);
        assertEquals(-0.125, sq.threshold(), EXACT);
        assertArrayEquals(new double[] {0.5, 0}, ce.weights(), EXACT);
        // Far on the wrong side (u = -10): squared error barely moves (y(1-y) ~ 4.5e-5), cross-entropy does.
        double slow = new SigmoidDelta(1, 1, SigmoidDelta.Loss.SQUARED).step(new double[] {1}, -10, true).weights()[0];
        double fast = new SigmoidDelta(1, 1, SigmoidDelta.Loss.CROSS_ENTROPY).step(new double[] {1}, -10, true).weights()[0];
        assertTrue(slow < 5e-5 && fast > 0.99, slow + " " + fast);
    }

    /** The loss each gradient rule descends, as a function of the weights (theta last). */
    private static double loss(String rule, double[] w, double theta, double[] x, boolean wanted, double g) {
        double u = -theta;
        for (int i = 0; i < x.length; i++) {
            u += w[i] * x[i];
        }
        return switch (rule) {
            case "lms" -> 0.5 * Math.pow((wanted ? 1 : -1) - g * u, 2);
            case "sq" -> 0.5 * Math.pow((wanted ? 1 : 0) - SigmoidDelta.sigma(g * u), 2);
            default -> wanted ? -Math.log(SigmoidDelta.sigma(g * u)) : -Math.log(1 - SigmoidDelta.sigma(g * u));
        };
    }

    @Test
    void everyGradientRuleStepsDownItsLossGradient() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(1986);
        for (int k = 0; k < 300; k++) {
            int n = 1 + r.nextInt(6);
            double[] x = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextDouble() * 2 - 1;
                w[i] = r.nextDouble() * 2 - 1;
            }
            double theta = r.nextDouble() - 0.5;
            double g = 0.5 + r.nextDouble();
            double eta = 0.1 + r.nextDouble();
            boolean wanted = r.nextBoolean();
            double u = -theta;
            for (int i = 0; i < n; i++) {
                u += w[i] * x[i];
            }
            for (String name : new String[] {"lms", "sq", "ce"}) {
                UnitRule rule = switch (name) {
                    case "lms" -> new WidrowHoff(eta, g);
                    case "sq" -> new SigmoidDelta(eta, g, SigmoidDelta.Loss.SQUARED);
                    default -> new SigmoidDelta(eta, g, SigmoidDelta.Loss.CROSS_ENTROPY);
                };
                UnitStep s = rule.step(x, u, wanted);
                double h = 1e-6;
                for (int i = 0; i < n; i++) {
                    double[] up = w.clone();
                    double[] down = w.clone();
                    up[i] += h;
                    down[i] -= h;
                    double grad = (loss(name, up, theta, x, wanted, g) - loss(name, down, theta, x, wanted, g)) / (2 * h);
                    assertEquals(-eta * grad, s.weights()[i], 1e-6, name + " case " + k);
                }
                double gradTheta = (loss(name, w, theta + h, x, wanted, g) - loss(name, w, theta - h, x, wanted, g)) / (2 * h);
                assertEquals(-eta * gradTheta, s.threshold(), 1e-6, name + " case " + k);
            }
        }
    }
}
