package org.mark1.learning;

import java.util.Arrays;
import org.mark1.machine.Answer;
import org.mark1.machine.Reinforcement;
import org.mark1.machine.ResponseMode;
import org.mark1.machine.SourceSets;

/**
 * The {@code hardware} weight mode: a {@link UnitRule}'s real-valued step carried out by motors that
 * turn whole steps. Each R-unit's inputs are the A-units of its source set (1 firing, 0 silent), its
 * weights the positions of their pots, its net input its sum minus its threshold.
 *
 * <p>How a real number becomes whole steps (error diffusion, our choice): each pot and each
 * threshold keeps a remainder, the part of the rule's asks not yet turned. At each presentation the
 * ask is added to the remainder, the pot turns the nearest whole number of steps to that total
 * ({@link Math#rint}, half to even), and what is left, at most half a step either way, stays for
 * the next presentation. So a rule asking 0.3 step ten times turns the pot 3 steps, not 0 (plain
 * rounding) nor 10 (rounding up): away from the end stops a pot is never more than half a step from
 * where the real-valued rule would have it. Whole-number asks (the alpha system) leave every
 * remainder at exactly 0, so such a rule runs as it always did. Deterministic: no random numbers.
 *
 * <p>A rule that conserves its unit's total weight ({@link UnitRule#conserving}, the gamma system)
 * asks steps that sum to zero over the source set; rounding each pot on its own would not. For such
 * a rule a pulse's whole steps are shared out by largest remainder: each pot first turns the whole
 * steps below its total (ask plus remainder), then the pots with the largest fractions turn one
 * step more, as many as make the pulse sum to zero (ties to the lower pot number). A remainder then
 * lies within one step, not half. The set's total changes only where an end stop takes steps away.
 * The remainders are learned state, like the pots: {@link #remainders} and {@link #restore}.
 *
 * <p>Under mutually exclusive R-units ({@code responseMode: exclusive}) the rule is applied to two
 * units only: the wanted unit {@code y}, as if its net input were its margin over the strongest
 * unwanted unit {@code j} ({@link Answer#rival}), {@code u = excess(y) - excess(j)}, and {@code j},
 * unwanted, with net input {@code -u}. With {@link ErrorCorrection} this is the multiclass
 * perceptron: when {@code y} does not win alone, {@code y}'s active pots turn up and {@code j}'s
 * down, {@code y}'s threshold one step down and {@code j}'s up; other units are left alone. On
 * Kesler's stacked vector it is the two-class perceptron, so Novikoff's bound carries over.
 */
public final class PotStepper implements LearningRule {

    private final UnitRule rule;
    private int[][] members;
    private double[] potRemainder;
    private double[] thresholdRemainder;
    // Work buffers, reused from one presentation to the next (a stepper serves one machine, one thread).
    private boolean[] on;
    private double[][] inputs;
    private int[] turnedPots;
    private int[] turnedSteps;

    public PotStepper(UnitRule rule) {
        this.rule = rule;
    }

    public UnitRule rule() {
        return rule;
    }

    @Override
    public Reinforcement reinforce(Answer answer, boolean[] wanted) {
        SourceSets sets = answer.sets();
        prepare(sets, wanted.length);
        if (idle(answer, wanted)) {
            // Nothing turns and no remainder changes (the error-correcting rules, on a right answer):
            // the pulse is empty, and the firing units need not even be looked at.
            return new Reinforcement(NOTHING, NOTHING, new int[wanted.length]);
        }
        for (int a : answer.active()) {
            on[a] = true;
        }
        Pulse pulse = new Pulse(turnedPots, turnedSteps, wanted.length);
        if (answer.mode() == ResponseMode.EXCLUSIVE) {
            int y = onlyWanted(wanted);
            int rival = answer.rival(y);
            double margin = answer.excess(y) - (double) answer.excess(rival);
            step(pulse, on, y, margin, true);
            step(pulse, on, rival, -margin, false);
        } else {
            for (int r = 0; r < wanted.length; r++) {
                step(pulse, on, r, answer.excess(r), wanted[r]);
            }
        }
        for (int a : answer.active()) {
            on[a] = false;
        }
        return new Reinforcement(Arrays.copyOf(pulse.pots, pulse.moved), Arrays.copyOf(pulse.steps, pulse.moved),
                pulse.thresholdSteps);
    }

    private static final int[] NOTHING = new int[0];

    /** Whether the rule leaves every R-unit it would be applied to alone ({@link UnitRule#idle}). */
    private boolean idle(Answer answer, boolean[] wanted) {
        if (answer.mode() == ResponseMode.EXCLUSIVE) {
            int y = onlyWanted(wanted);
            double margin = answer.excess(y) - (double) answer.excess(answer.rival(y));
            return rule.idle(margin, true) && rule.idle(-margin, false);
        }
        for (int r = 0; r < wanted.length; r++) {
            if (!rule.idle(answer.excess(r), wanted[r])) {
                return false;
            }
        }
        return true;
    }

    /** The pots and thresholds one presentation turns, as they are decided. */
    private static final class Pulse {
        final int[] pots;
        final int[] steps;
        final int[] thresholdSteps;
        int moved;

        Pulse(int[] pots, int[] steps, int rUnits) {
            this.pots = pots;
            this.steps = steps;
            this.thresholdSteps = new int[rUnits];
        }
    }

    /** R-unit {@code r}'s rule, for net input {@code net}, turned into whole steps. */
    private void step(Pulse pulse, boolean[] on, int r, double net, boolean wanted) {
        if (rule.idle(net, wanted)) {
            return; // nothing turns and no remainder changes, so the inputs need not be read
        }
        int[] set = members[r];
        double[] x = inputs[r];
        for (int k = 0; k < set.length; k++) {
            x[k] = on[set[k]] ? 1.0 : 0.0;
        }
        UnitStep step = rule.step(x, net, wanted);
        if (step.isZero()) {
            return; // a right answer under the alpha system: nothing turns, no remainder changes
        }
        int[] turned = rule.conserving() ? conserved(set, step.weights()) : null;
        for (int k = 0; k < set.length; k++) {
            int whole = turned != null ? turned[k] : whole(potRemainder, set[k], step.weights()[k]);
            if (whole != 0) {
                pulse.pots[pulse.moved] = set[k];
                pulse.steps[pulse.moved++] = whole;
            }
        }
        pulse.thresholdSteps[r] = whole(thresholdRemainder, r, step.threshold());
    }

    /** The one R-unit wanted lit (mutually exclusive R-units can light only one lamp). */
    private static int onlyWanted(boolean[] wanted) {
        int y = -1;
        for (int r = 0; r < wanted.length; r++) {
            if (wanted[r]) {
                if (y >= 0) {
                    throw new IllegalArgumentException("exclusive R-units can light one lamp, not lamps " + y + " and " + r);
                }
                y = r;
            }
        }
        if (y < 0 || wanted.length < 2) {
            throw new IllegalArgumentException("exclusive R-units need one wanted lamp among at least two");
        }
        return y;
    }

    /**
     * Whole steps for the pots {@code set} that sum to zero, by largest remainder: each turns the
     * floor of its total, then the {@code -sum(floors)} pots with the largest fractions one more.
     */
    private int[] conserved(int[] set, double[] ask) {
        int n = set.length;
        int[] turned = new int[n];
        double[] fraction = new double[n];
        long floors = 0;
        for (int k = 0; k < n; k++) {
            double total = potRemainder[set[k]] + ask[k];
            double floor = Math.floor(total);
            turned[k] = (int) floor;
            fraction[k] = total - floor;
            floors += turned[k];
        }
        int ups = (int) Math.max(0, Math.min(n, -floors));
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        // Fractions equal but for rounding error (1e-9 step) count as equal, and the stable sort then
        // keeps the lower pot first: the choice does not hang on the last bit of a sum.
        long[] key = new long[n];
        for (int k = 0; k < n; k++) {
            key[k] = Math.round(fraction[k] * 1e9);
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(key[b], key[a]));
        for (int j = 0; j < ups; j++) {
            turned[order[j]]++;
        }
        for (int k = 0; k < n; k++) {
            potRemainder[set[k]] += ask[k] - turned[k];
        }
        return turned;
    }

    private static int whole(double[] remainder, int i, double ask) {
        if (ask == 0) {
            return 0;
        }
        double total = remainder[i] + ask;
        double turned = Math.rint(total);
        remainder[i] = total - turned;
        return (int) turned;
    }

    private void prepare(SourceSets sets, int rUnits) {
        if (members != null) {
            return;
        }
        members = new int[rUnits][];
        if (potRemainder == null) {
            potRemainder = new double[sets.pots()];
            thresholdRemainder = new double[rUnits];
        }
        inputs = new double[rUnits][];
        for (int r = 0; r < rUnits; r++) {
            final int unit = r;
            members[r] = java.util.stream.IntStream.range(0, sets.pots()).filter(p -> sets.rUnitOf(p) == unit).toArray();
            inputs[r] = new double[members[r].length];
        }
        on = new boolean[sets.pots()];
        turnedPots = new int[sets.pots()];
        turnedSteps = new int[sets.pots()];
    }

    /** Takes up saved remainders (of a machine with as many pots and R-units). */
    public void restore(Remainders saved) {
        for (double v : saved.pots()) {
            requireRemainder(v);
        }
        for (double v : saved.thresholds()) {
            requireRemainder(v);
        }
        potRemainder = saved.pots().clone();
        thresholdRemainder = saved.thresholds().clone();
    }

    private static void requireRemainder(double v) {
        if (!(Math.abs(v) < 1)) {
            throw new IllegalArgumentException("a remainder lies within one step, not " + v);
        }
    }

    /** The remainders now, pots first then thresholds (all zero before the first presentation). */
    public Remainders remainders() {
        return potRemainder == null ? new Remainders(new double[0], new double[0])
                : new Remainders(potRemainder.clone(), thresholdRemainder.clone());
    }

    /** The part of the rule's asks not yet turned, per pot and per R-unit threshold, in motor steps. */
    public record Remainders(double[] pots, double[] thresholds) {
    }
}
