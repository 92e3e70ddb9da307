package org.mark1.compare;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedSweep;
import org.mark1.experiment.Summary;
import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;

/**
 * {@code mark1 compare}: several rules on one scenario over many seeds, paired: seed {@code k} gives
 * every rule the same wiring, the same cards and the same order (the named streams do not depend on
 * the rule). Seeds run in parallel; the results are put in seed order before anything is written,
 * so the bytes do not depend on the number of threads.
 *
 * <p>Each rule runs at the learning rate in {@link #rates} if it is named there (the rates
 * {@link Tuning} chose), else at the scenario's own constants when the rule is the scenario's, else
 * at the rule's defaults ({@link Rules#defaultRate}, {@link Rules#defaultGain}).
 *
 * @param scenario the scenario (its rule is replaced by each compared rule)
 * @param rules    the rules, the first the baseline of the paired tests
 * @param seeds    how many seeds: the scenario's seed, then the next ones
 * @param weights  the weight mode of the single-unit rules ({@code mlp} is always ideal)
 * @param rates    the learning rate of each rule that is given one (empty: none)
 */
public record Comparison(Scenario scenario, List<Rules> rules, int seeds, WeightMode weights, Map<Rules, Double> rates) {

    public Comparison {
        rates = Map.copyOf(rates);
    }

    /** A comparison at each rule's scenario or default constants. */
    public Comparison(Scenario scenario, List<Rules> rules, int seeds, WeightMode weights) {
        this(scenario, rules, seeds, weights, Map.of());
    }

    /** The same comparison with each rule named in {@code chosen} at that learning rate. */
    public Comparison at(Map<Rules, Double> chosen) {
        return new Comparison(scenario, rules, seeds, weights, chosen);
    }

    /** One run of one rule on one seed, and its errors in each pass. */
    public record Outcome(Rules rule, long seed, Summary summary, List<Integer> errorsPerPass) {
        boolean reached() {
            return summary.firstErrorFreePass() != null;
        }
    }

    /** The scenario with rule {@code rule} and master seed {@code seed}, at the rule's constants here. */
    public Scenario variant(Rules rule, long seed) {
        return variant(rule, seed, rates.get(rule));
    }

    /** The scenario with rule {@code rule}, master seed {@code seed} and learning rate {@code rate} (null: as above). */
    Scenario variant(Rules rule, long seed, Double rate) {
        Scenario.TrainingSpec t = scenario.training();
        WeightMode mode = rule.singleUnit() ? weights : WeightMode.IDEAL;
        boolean own = rule == t.rule();
        Scenario.TrainingSpec spec = t.with(rule, mode, rate != null ? rate : own ? t.rate() : null, own ? t.gain() : null);
        Scenario s = scenario;
        return new Scenario(s.name(), s.description(), seed, s.machine(), s.stimuli(), s.classes(), s.coding(), spec,
                s.evaluation(), s.report(), null, s.history(), s.lesion(), s.retraining());
    }

    /** The learning rate {@code rule} runs at here, or NaN for a rule without one. */
    public double rateOf(Rules rule) {
        return variant(rule, scenario.seed()).training().learningRate();
    }

    /** The evaluation seeds: the scenario's seed and the next {@code seeds - 1}. */
    public List<Long> seedList() {
        List<Long> seedList = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            seedList.add(scenario.seed() + k);
        }
        return seedList;
    }

    /**
     * Runs every rule on every seed, all of them on {@code threads} threads ({@link SeedSweep});
     * outcomes by rule, then seed.
     */
    public List<List<Outcome>> run(int threads, Progress progress) {
        List<Scenario> runs = new ArrayList<>();
        for (Rules rule : rules) {
            for (long seed : seedList()) {
                runs.add(variant(rule, seed));
            }
        }
        // every rule's seeds in one sweep: the threads wait for each other once, not once per rule
        List<Outcome> all = sweep(runs, rules.size() + " rules", threads, progress);
        List<List<Outcome>> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            out.add(List.copyOf(all.subList(r * seeds, (r + 1) * seeds)));
        }
        return out;
    }

    /** Runs the scenarios on {@code threads} threads; their outcomes in the scenarios' order. */
    List<Outcome> sweep(List<Scenario> runs, String what, int threads, Progress progress) {
        return SeedSweep.runEach(runs, scenario.name() + ", " + what, "runs", Experiment.Options.defaults(), threads,
                progress, result -> {
                    Summary s = result.summary();
                    return new Outcome(result.scenario().training().rule(), s.seed(), s,
                            Experiment.curve(result.errors(), s.trainingStimuli()));
                });
    }
}
