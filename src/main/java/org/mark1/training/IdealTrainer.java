package org.mark1.training;

import org.mark1.learning.RealWeights;
import org.mark1.learning.UnitRule;
import org.mark1.learning.UnitStep;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.machine.SourceSets;

/**
 * The plain loop in the {@code ideal} weight mode: the machine's retina and A-units answer as ever,
 * but each R-unit's weights are real numbers ({@link RealWeights}, no end stops), starting from
 * its pots' positions and its threshold (or from a saved ideal state), and a rule's step is added
 * whole and at once. The pots themselves never turn: what was learned is {@link #state()}.
 *
 * <p>{@link #test} returns an {@link Answer} whose sums are the signs (-1, 0, +1) of the real net
 * inputs and whose thresholds are 0, so that its lamps and its rightness are the real units'.
 */
public final class IdealTrainer extends MotorlessOperator {

    private final UnitRule rule;
    private final RealWeights[] units;
    private final int[][] members;

    /** Real weights that start at the machine's pots and thresholds. */
    public IdealTrainer(MarkOne machine, UnitRule rule) {
        this(machine, rule, null);
    }

    /**
     * Real weights that start at {@code start}'s when it is an ideal state (it must fit: {@link
     * MachineState#misfitIdeal}), otherwise at the machine's pots and thresholds.
     */
    public IdealTrainer(MarkOne machine, UnitRule rule, MachineState start) {
        super(machine);
        if (start != null && start.isIdeal()) {
            String why = start.misfitIdeal(machine.config(), machine.responseUnits().size());
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
        }
        double[] startWeights = start != null && start.isIdeal() ? start.ideal().weights() : null;
        double[] startThresholds = start != null && start.isIdeal() ? start.ideal().thresholds() : null;
        this.rule = rule;
        SourceSets sets = machine.sourceSets();
        int rUnits = machine.responseUnits().size();
        this.units = new RealWeights[rUnits];
        this.members = new int[rUnits][];
        for (int r = 0; r < rUnits; r++) {
            final int unit = r;
            members[r] = java.util.stream.IntStream.range(0, sets.pots()).filter(p -> sets.rUnitOf(p) == unit).toArray();
            double[] w = new double[members[r].length];
            for (int k = 0; k < w.length; k++) {
                w[k] = startWeights != null ? startWeights[members[r][k]] : machine.pots().position(members[r][k]);
            }
            double threshold = startThresholds != null ? startThresholds[r] : machine.responseUnits().threshold(r);
            units[r] = new RealWeights(w, threshold, Double.POSITIVE_INFINITY);
        }
    }

    /**
     * What the machine has learned: every A-unit's real weight to its R-unit, in pot order (0 for an
     * A-unit that feeds no R-unit in use), and every R-unit's real threshold.
     */
    public MachineState state() {
        double[] weights = new double[machine.sourceSets().pots()];
        double[] thresholds = new double[units.length];
        for (int r = 0; r < units.length; r++) {
            double[] w = units[r].weights();
            for (int k = 0; k < w.length; k++) {
                weights[members[r][k]] = w[k];
            }
            thresholds[r] = units[r].threshold();
        }
        return MachineState.ideal(weights, thresholds);
    }

    /** R-unit {@code r}'s real weights now. */
    public RealWeights unit(int r) {
        return units[r];
    }

    private double[][] inputs(int[] active) {
        boolean[] on = new boolean[machine.sourceSets().pots()];
        for (int a : active) {
            on[a] = true;
        }
        double[][] x = new double[units.length][];
        for (int r = 0; r < units.length; r++) {
            x[r] = new double[members[r].length];
            for (int k = 0; k < x[r].length; k++) {
                x[r][k] = on[members[r][k]] ? 1 : 0;
            }
        }
        return x;
    }

    @Override
    protected Answer answer(int[] active) {
        return answer(active, inputs(active));
    }

    private Answer answer(int[] active, double[][] x) {
        int[] signs = new int[units.length];
        for (int r = 0; r < units.length; r++) {
            signs[r] = (int) Math.signum(units[r].net(x[r]));
        }
        return new Answer(active, signs, new int[units.length], machine.sourceSets());
    }

    @Override
    public TrialResult present(Presentation p) {
        int lit = machine.settle(p.light());
        int[] active = machine.activeUnits(machine.fire());
        double[][] x = inputs(active);
        Answer answer = answer(active, x);
        int moved = 0;
        for (int r = 0; r < units.length; r++) {
            UnitStep step = rule.step(x[r], units[r].net(x[r]), p.wanted()[r]);
            units[r].apply(step);
            for (double d : step.weights()) {
                moved += d != 0 ? 1 : 0;
            }
        }
        return new TrialResult(nextTrial(), p.label(), lit, active, answer.lamps(), answer.correct(p.wanted()), moved);
    }
}
