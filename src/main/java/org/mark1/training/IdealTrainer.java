package org.mark1.training;

import org.mark1.learning.RealWeights;
import org.mark1.learning.UnitRule;
import org.mark1.learning.UnitStep;
import org.mark1.machine.Answer;
import org.mark1.machine.MarkOne;
import org.mark1.machine.SourceSets;

/**
 * The plain loop in the {@code ideal} weight mode: the machine's retina and A-units answer as ever,
 * but each R-unit's weights are real numbers ({@link RealWeights}, no end stops), starting from
 * its pots' positions and its threshold, and a rule's step is added whole and at once. The pots
 * themselves never turn.
 *
 * <p>{@link #test} returns an {@link Answer} whose sums are the signs (-1, 0, +1) of the real net
 * inputs and whose thresholds are 0, so that its lamps and its rightness are the real units'.
 */
public final class IdealTrainer implements Operator {

    private final MarkOne machine;
    private final UnitRule rule;
    private final RealWeights[] units;
    private final int[][] members;
    private int trials;

    public IdealTrainer(MarkOne machine, UnitRule rule) {
        this.machine = machine;
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
                w[k] = machine.pots().position(members[r][k]);
            }
            units[r] = new RealWeights(w, machine.responseUnits().threshold(r), Double.POSITIVE_INFINITY);
        }
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
        return new TrialResult(trials++, p.label(), lit, active, answer.lamps(), answer.correct(p.wanted()), moved);
    }

    @Override
    public Answer test(Presentation p) {
        trials++;
        machine.settle(p.light());
        int[] active = machine.activeUnits(machine.fire());
        return answer(active, inputs(active));
    }

    @Override
    public long simulatedMicros() {
        return trials * 1000L * machine.config().presentationMillis();
    }

    @Override
    public void finish() {
        // No motors.
    }
}
