package org.mark1.training;

import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.learning.Backpropagation;
import org.mark1.learning.SigmoidNetwork;
import org.mark1.machine.Answer;
import org.mark1.machine.MarkOne;

/**
 * A multilayer network of sigmoid units on the machine (rule {@code mlp}, ideal weights only: the
 * Mark I has no pots for a hidden layer). Its inputs are the outputs of all the A-units (1 firing,
 * 0 silent): a learned layer on top of the random plugboard. {@link #HIDDEN} hidden units, one
 * output per R-unit in use, each with a bias; trained online by {@link Backpropagation} at the
 * scenario's rate ({@code training.rate}, default {@code Rules.MLP.defaultRate()}). A lamp lights when its output exceeds 1/2.
 *
 * <h2>Seeding</h2>
 * Initial weights uniform in [-1, 1) divided by the square root of the layer's inputs, drawn from
 * the stream given (the run's INITIAL_POTS stream: the network takes the place of the pots).
 *
 * <p>{@link #test} returns an {@link Answer} whose sums are the signs (-1, 0, +1) of
 * {@code output - 1/2} and whose thresholds are 0.
 */
public final class NetworkTrainer extends MotorlessOperator {

    /** Hidden sigmoid units [our choice: a small layer, a few times the lamps in use]. */
    public static final int HIDDEN = 16;
    private final SigmoidNetwork net;
    private final Backpropagation backprop;

    public NetworkTrainer(MarkOne machine, UniformRandomProvider initial, double rate) {
        super(machine);
        this.backprop = new Backpropagation(rate);
        int[] sizes = {machine.sourceSets().pots(), HIDDEN, machine.responseUnits().size()};
        this.net = SigmoidNetwork.random(sizes, true, initial, true);
    }

    /** The network as trained so far (read it, do not train it elsewhere). */
    public SigmoidNetwork network() {
        return net;
    }

    private double[] inputs(int[] active) {
        double[] x = new double[machine.sourceSets().pots()];
        for (int a : active) {
            x[a] = 1;
        }
        return x;
    }

    @Override
    protected Answer answer(int[] active) {
        return answer(active, inputs(active));
    }

    private Answer answer(int[] active, double[] x) {
        double[][] a = net.forward(x);
        double[] y = a[a.length - 1];
        int[] signs = new int[y.length];
        for (int r = 0; r < y.length; r++) {
            signs[r] = (int) Math.signum(y[r] - 0.5);
        }
        return new Answer(active, signs, new int[y.length], machine.sourceSets());
    }

    @Override
    public TrialResult present(Presentation p) {
        int lit = machine.settle(p.light());
        int[] active = machine.activeUnits(machine.fire());
        double[] x = inputs(active);
        Answer answer = answer(active, x);
        backprop.online(net, x, p.wanted());
        return new TrialResult(nextTrial(), p.label(), lit, active, answer.lamps(), answer.correct(p.wanted()), 0);
    }
}
