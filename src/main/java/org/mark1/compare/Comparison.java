package org.mark1.compare;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedSweep;
import org.mark1.experiment.Summary;
import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;

/**
 * {@code mark1 compare}: several rules on one scenario over many seeds, paired: seed {@code k} gives
 * every rule the same wiring, the same cards and the same order (the named streams do not depend on
 * the rule). Seeds run in parallel; the results are put in seed order before anything is written,
 * so the bytes do not depend on the number of threads.
 *
 * @param scenario the scenario (its rule is replaced by each compared rule)
 * @param rules    the rules, the first the baseline of the paired tests
 * @param seeds    how many seeds: the scenario's seed, then the next ones
 * @param weights  the weight mode of the single-unit rules ({@code mlp} is always ideal)
 */
public record Comparison(Scenario scenario, List<Rules> rules, int seeds, WeightMode weights) {

    /** One run of one rule on one seed, and its errors in each pass. */
    public record Outcome(Rules rule, long seed, Summary summary, List<Integer> errorsPerPass) {
        boolean reached() {
            return summary.firstErrorFreePass() != null;
        }
    }

    /** The scenario with rule {@code rule} and master seed {@code seed}. */
    public Scenario variant(Rules rule, long seed) {
        Scenario.TrainingSpec t = scenario.training();
        WeightMode mode = rule.singleUnit() ? weights : WeightMode.IDEAL;
        Scenario.TrainingSpec spec = new Scenario.TrainingSpec(rule, t.examplesPerClass(), t.maxPasses(), t.order(),
                mode == WeightMode.HARDWARE ? null : mode, t.maxPresentations());
        Scenario s = scenario;
        return new Scenario(s.name(), s.description(), seed, s.machine(), s.stimuli(), s.classes(), s.coding(), spec,
                s.evaluation(), s.report(), null, s.history(), s.lesion(), s.retraining());
    }

    /**
     * Runs every rule on every seed, all of them on {@code threads} threads ({@link SeedSweep});
     * outcomes by rule, then seed.
     */
    public List<List<Outcome>> run(int threads, Progress progress) {
        List<Long> seedList = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            seedList.add(scenario.seed() + k);
        }
        List<Scenario> runs = new ArrayList<>();
        for (Rules rule : rules) {
            for (long seed : seedList) {
                runs.add(variant(rule, seed));
            }
        }
        // every rule's seeds in one sweep: the threads wait for each other once, not once per rule
        List<Outcome> all = SeedSweep.runEach(runs, scenario.name() + ", " + rules.size() + " rules", "runs",
                Experiment.Options.defaults(), threads, progress, result -> {
                    Summary s = result.summary();
                    return new Outcome(result.scenario().training().rule(), s.seed(), s,
                            Experiment.curve(result.errors(), s.trainingStimuli()));
                });
        List<List<Outcome>> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            out.add(List.copyOf(all.subList(r * seeds, (r + 1) * seeds)));
        }
        return out;
    }
}
