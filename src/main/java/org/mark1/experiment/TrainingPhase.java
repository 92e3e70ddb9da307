package org.mark1.experiment;

import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.mark1.training.Operator;
import org.mark1.training.TrialResult;

/**
 * One course of training: pass after pass through a set of stimuli until the first error-free pass
 * or the budget (passes or presentations) is spent, with the fresh stimuli tested every so many
 * presentations when asked. Holds what the course did.
 */
final class TrainingPhase {

    final List<Boolean> errors = new ArrayList<>();
    final List<Summary.Point> generalisation = new ArrayList<>();
    final java.util.IntSummaryStatistics lit = new java.util.IntSummaryStatistics();
    final java.util.IntSummaryStatistics active = new java.util.IntSummaryStatistics();
    final int[] firings;
    Integer errorFreePass;
    int passes;

    private TrainingPhase(int aUnits) {
        firings = new int[aUnits];
    }

    /**
     * @param every      test the fresh stimuli every this many presentations (and before), or null
     * @param freshCheck the accuracy on the fresh stimuli now
     * @param checkSize  progress units one check takes
     * @param done       progress units done so far, advanced in place
     */
    static TrainingPhase run(Scenario.TrainingSpec spec, StimulusSet set, Operator operator, int aUnits,
            UniformRandomProvider order, Integer every, DoubleSupplier freshCheck, int checkSize, Progress progress,
            long[] done) {
        TrainingPhase t = new TrainingPhase(aUnits);
        int n = set.size();
        int budget = (int) spec.presentationBudget(n);
        int maxPasses = spec.maxPasses() == null ? Integer.MAX_VALUE : spec.maxPasses();
        int[] sequence = PermutationSampler.natural(n);
        if (every != null) {
            t.generalisation.add(new Summary.Point(0, freshCheck.getAsDouble()));
            done[0] += checkSize;
        }
        while (t.passes < maxPasses && t.errorFreePass == null && t.errors.size() < budget) {
            if (spec.order() == Scenario.Order.SHUFFLED) {
                PermutationSampler.shuffle(order, sequence);
            }
            int wrong = 0;
            int shown = 0;
            for (int i : sequence) {
                if (t.errors.size() == budget) {
                    break; // the budget in presentations ends this pass part-way
                }
                TrialResult r = operator.present(set.presentations().get(i));
                t.record(r);
                wrong += r.correct() ? 0 : 1;
                shown++;
                done[0]++;
                if (every != null && t.errors.size() % every == 0) {
                    t.generalisation.add(new Summary.Point(t.errors.size(), freshCheck.getAsDouble()));
                    done[0] += checkSize;
                }
                progress.advance(done[0], "pass " + (t.passes + 1) + ", errors " + wrong);
            }
            t.passes++;
            if (wrong == 0 && shown == n) {
                t.errorFreePass = t.passes;
            }
        }
        return t;
    }

    private void record(TrialResult r) {
        errors.add(!r.correct());
        lit.accept(r.litCells());
        active.accept(r.active().length);
        for (int a : r.active()) {
            firings[a]++;
        }
    }

    int errorCount() {
        return (int) errors.stream().filter(e -> e).count();
    }

    int silent() {
        return (int) java.util.Arrays.stream(firings).filter(f -> f == 0).count();
    }

    int alwaysOn() {
        return (int) java.util.Arrays.stream(firings).filter(f -> f == errors.size()).count();
    }
}
