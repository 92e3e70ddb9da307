package org.mark1.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Runs every rule on every seed on {@code threads} threads; outcomes by rule, then seed. */
    public List<List<Outcome>> run(int threads, Progress progress) {
        int total = rules.size() * seeds;
        progress.start("compare " + scenario.name(), total);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Rules rule : rules) {
                for (int k = 0; k < seeds; k++) {
                    long seed = scenario.seed() + k;
                    futures.add(pool.submit(() -> {
                        Experiment.Result result = Experiment.run(variant(rule, seed), Experiment.Options.defaults(),
                                Progress.NONE);
                        Summary s = result.summary();
                        int n = done.incrementAndGet();
                        synchronized (progress) {
                            progress.advance(n, rule.id() + " seed " + seed);
                        }
                        return new Outcome(rule, seed, s, Experiment.curve(result.errors(), s.trainingStimuli()));
                    }));
                }
            }
            List<List<Outcome>> out = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                List<Outcome> row = new ArrayList<>();
                for (int k = 0; k < seeds; k++) {
                    row.add(futures.get(r * seeds + k).get());
                }
                out.add(row);
            }
            progress.finish();
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
