package org.mark1.compare;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedSweep;
import org.mark1.experiment.StimulusSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.CombinationSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.mark1.learning.Rules;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.training.Presentation;

/**
 * {@code mark1 sensitivity}: trains each rule as {@code mark1 compare} does (seed {@code k} gives every
 * rule the same wiring, cards and order), then perturbs the learned weights by growing amounts and
 * measures how many answers flip and how far the outputs move, on the training and the fresh cards.
 *
 * <p>Two kinds of perturbation, each {@code size} a fraction of the root mean square weight of the
 * weight's layer:
 * <ul>
 * <li>{@link PerturbationMode#ALL}: Gaussian noise of standard deviation {@code size * rms} added to every weight,
 * {@link #draws} independent draws; the same noise directions serve every size (only the amount grows);
 * <li>{@link PerturbationMode#ONE}: one weight at a time moved by {@code +size * rms} and by {@code -size * rms}, for
 * {@link #singles} weights chosen at random (all of them when there are fewer).
 * </ul>
 * An output is one R-unit's lamp on one card. It flips when the perturbed lamp differs from the learned one.
 * The weights are those at the end of the run (after a scenario's second course of training, if it has one);
 * the cards are its first course's training and fresh cards.
 *
 * <h2>Seeding</h2>
 * The noise and the choice of weights come from the run's {@code PERTURBATION} stream: first the
 * Gaussian draws (draw by draw, weight by weight), then the chosen weights. Each (rule, seed) is
 * measured on its own, and the rows are put in rule, seed order: the bytes do not depend on threads.
 *
 * @param comparison the scenario, rules, seeds and weight mode, as {@code compare} takes them
 * @param sizes      the perturbation sizes, ascending, as fractions of the rms weight
 * @param draws      Gaussian draws per size
 * @param singles    weights moved one at a time (at most)
 */
public record Sensitivity(Comparison comparison, List<Double> sizes, int draws, int singles) {

    /** Refuses a scenario whose lamps do not each light by their own threshold (the model reads them so). */
    public Sensitivity {
        if (comparison.scenario().machine().responseMode() != org.mark1.machine.ResponseMode.THRESHOLD) {
            throw new org.mark1.io.InputError(comparison.scenario().name() + ": machine.responseMode is "
                    + comparison.scenario().machine().responseMode().id() + "; sensitivity reads lamps that light by their "
                    + "own threshold: use a scenario with responseMode threshold");
        }
    }

    /** Default sizes: 0.1 % to 300 % of the rms weight, about three to a decade [our choice]. */
    public static final List<Double> SIZES = List.of(0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0);
    /** Default Gaussian draws per size [our choice]. */
    public static final int DRAWS = 10;
    /** Default number of weights moved one at a time [our choice]. */
    public static final int SINGLES = 64;

    /** Which weights a perturbation moves. */
    public enum PerturbationMode implements org.mark1.io.Keyword {
        /** Every weight, Gaussian noise. */
        ALL,
        /** One weight at a time. */
        ONE
    }

    /**
     * One rule, seed, mode and size.
     *
     * @param perturbations      perturbed machines measured (draws, or weights times two signs)
     * @param outputs            outputs per machine (cards times R-units)
     * @param flipFraction       share of all outputs of all perturbed machines that flipped
     * @param anyFlip            share of perturbed machines with at least one flipped output
     * @param meanOutputChange   mean |change| of the rule's own output (lamp 0/1, {@code g u}, or {@code sigma})
     * @param maxOutputChange    the largest |change| of one output
     * @param relativeNetChange  median over outputs of |change of u| / |u| (outputs with u = 0 left out;
     *                           for {@link PerturbationMode#ONE} only the outputs the moved weight reaches), NaN if none
     * @param ties               share of the learned outputs exactly at the threshold ({@code u = 0}), which
     *                           any change of the right sign flips
     */
    public record FlipRow(PerturbationMode mode, Rules rule, long seed, double size, int perturbations, int outputs, double flipFraction,
            double anyFlip, double meanOutputChange, double maxOutputChange, double relativeNetChange, double ties) {
    }

    /** Runs every rule on every seed on {@code threads} threads; rows by rule, seed, mode, size. */
    public List<FlipRow> run(int threads, Progress progress) {
        List<Rules> rules = comparison.rules();
        int seeds = comparison.seeds();
        progress.start("sensitivity " + comparison.scenario().name(), (long) rules.size() * seeds);
        AtomicInteger done = new AtomicInteger();
        List<long[]> jobs = new ArrayList<>(); // {rule index, seed}
        for (int r = 0; r < rules.size(); r++) {
            for (int k = 0; k < seeds; k++) {
                jobs.add(new long[] {r, comparison.scenario().seed() + k});
            }
        }
        List<List<FlipRow>> parts = SeedSweep.inOrder(jobs, Math.max(1, threads), job -> {
            Rules rule = rules.get((int) job[0]);
            List<FlipRow> rows = one(rule, job[1]);
            int n = done.incrementAndGet();
            synchronized (progress) {
                progress.advance(n, rule.id() + " seed " + job[1]);
            }
            return rows;
        });
        List<FlipRow> out = new ArrayList<>();
        parts.forEach(out::addAll);
        progress.finish();
        return out;
    }

    /** Trains {@code rule} on {@code seed} as compare does, then measures it. */
    List<FlipRow> one(Rules rule, long seed) {
        Experiment.Result result = Experiment.run(comparison.variant(rule, seed), Experiment.Options.defaults(), Progress.NONE);
        SensitivityModel model = SensitivityModel.of(result, rule);
        List<int[]> cards = new ArrayList<>();
        MarkOne m = result.machine();
        for (StimulusSet set : List.of(result.training(), result.fresh())) {
            for (Presentation p : set.presentations()) {
                m.settle(p.light());
                cards.add(m.activeUnits(m.fire()));
            }
        }
        return measure(rule, seed, model, cards, new RandomStreams(seed).open(RandomStreams.Stream.PERTURBATION), sizes,
                draws, singles);
    }

    /**
     * Measures {@code model} on {@code cards} (each card's firing A-units) at every size, both modes:
     * {@code draws} Gaussian draws, {@code singles} weights one at a time, from {@code rng}.
     */
    static List<FlipRow> measure(Rules rule, long seed, SensitivityModel model, List<int[]> cards, UniformRandomProvider rng,
            List<Double> sizes, int draws, int singles) {
        SensitivityMeasure base = new SensitivityMeasure(model, cards);
        List<int[]> entries = model.entries();
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] z = new double[draws][entries.size()];
        for (double[] row : z) {
            for (int e = 0; e < row.length; e++) {
                row[e] = gauss.sample();
            }
        }
        int k = Math.min(singles, entries.size());
        int[] chosen = k == 0 ? new int[0] : new CombinationSampler(rng, entries.size(), k).sample();
        Arrays.sort(chosen);
        double[] rms = new double[model.layers()];
        for (int l = 0; l < rms.length; l++) {
            rms[l] = model.rms(l);
        }
        List<FlipRow> rows = new ArrayList<>();
        for (PerturbationMode mode : PerturbationMode.values()) {
            for (double size : sizes) {
                rows.add(mode == PerturbationMode.ALL ? base.all(rule, seed, size, rms, z) : base.one(rule, seed, size, rms, chosen));
            }
        }
        return rows;
    }
}
