package org.mark1.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.experiment.Progress;
import org.mark1.learning.Rules;
import org.mark1.scenario.Scenario;

/**
 * Each rule's best chance, chosen by a fixed procedure before the comparison is run: every rule with
 * a learning rate ({@link Rules#hasRate}) is run at each rate of {@link Rules#RATE_GRID} on the
 * <em>tuning seeds</em>, the {@code seeds} master seeds just below the scenario's own
 * ({@code seed - seeds} to {@code seed - 1}), so they never meet the evaluation seeds the comparison
 * reports. The rate chosen is the one with the highest mean accuracy over the tuning seeds on the
 * fresh cards (on the training cards when the scenario has none), ties broken by the fewer mean
 * presentations, then by the smaller rate. The output gain stays at the rule's default: on the
 * machine rate and gain trade against each other, and one tuned constant keeps the grid small.
 * Rules without a constant of their own (the alpha and gamma systems, Hebb: they turn
 * {@code stepsPerReinforcement} steps, a parameter of the one default machine) are run as they are.
 *
 * <h2>Seeding</h2>
 * The tuning seeds are master seeds like any other; the runs are put in grid order before the choice
 * is made, so the choice does not depend on the number of threads.
 *
 * @param seeds  the tuning seeds, in order
 * @param fresh  whether the criterion is fresh accuracy (false: training accuracy, no fresh cards)
 * @param curves one tuning curve per tuned rule, in the comparison's order
 */
public record Tuning(List<Long> seeds, boolean fresh, List<RateCurve> curves) {

    /** Tuning seeds {@code compare} uses unless told otherwise [our choice: about a minute of work on the flagship]. */
    public static final int DEFAULT_SEEDS = 3;

    /** One rate of the grid: the mean over the tuning seeds of the criterion and of the presentations. */
    public record RatePoint(double rate, double accuracy, double presentations) {
    }

    /** One rule's tuning curve and the rate chosen on it. */
    public record RateCurve(Rules rule, List<RatePoint> points, double chosen) {
    }

    public Tuning {
        seeds = List.copyOf(seeds);
        curves = List.copyOf(curves);
    }

    /** The rate chosen for each tuned rule. */
    public Map<Rules, Double> rates() {
        Map<Rules, Double> m = new LinkedHashMap<>();
        for (RateCurve c : curves) {
            m.put(c.rule(), c.chosen());
        }
        return m;
    }

    /** The tuning seeds for comparison {@code c}: the {@code n} seeds just below its first. */
    public static List<Long> seedsFor(Comparison c, int n) {
        List<Long> list = new ArrayList<>();
        for (int k = n; k >= 1; k--) {
            list.add(c.scenario().seed() - k);
        }
        return list;
    }

    /** Tunes every rule of {@code c} that has a rate, on {@code n} tuning seeds and {@code threads} threads. */
    public static Tuning run(Comparison c, int n, int threads, Progress progress) {
        List<Long> seeds = seedsFor(c, n);
        List<Rules> tuned = c.rules().stream().filter(Rules::hasRate).toList();
        List<Scenario> runs = new ArrayList<>();
        for (Rules rule : tuned) {
            for (double rate : Rules.RATE_GRID) {
                for (long seed : seeds) {
                    runs.add(c.variant(rule, seed, rate));
                }
            }
        }
        boolean fresh = c.scenario().evaluation().freshPerClass() > 0;
        List<Comparison.Outcome> all = tuned.isEmpty() ? List.of()
                : c.sweep(runs, "tuning " + tuned.size() + " rules", threads, progress);
        List<RateCurve> curves = new ArrayList<>();
        int i = 0;
        for (Rules rule : tuned) {
            List<RatePoint> points = new ArrayList<>();
            for (double rate : Rules.RATE_GRID) {
                double accuracy = 0;
                double presentations = 0;
                for (int k = 0; k < seeds.size(); k++, i++) {
                    Comparison.Outcome o = all.get(i);
                    accuracy += fresh ? o.summary().freshAccuracy() : o.summary().trainAccuracy();
                    presentations += o.summary().presentations();
                }
                points.add(new RatePoint(rate, accuracy / seeds.size(), presentations / seeds.size()));
            }
            curves.add(new RateCurve(rule, List.copyOf(points), best(points).rate()));
        }
        return new Tuning(seeds, fresh, curves);
    }

    /** The point with the highest accuracy; ties to the fewer presentations, then the smaller rate. */
    static RatePoint best(List<RatePoint> points) {
        RatePoint best = points.get(0);
        for (RatePoint p : points.subList(1, points.size())) {
            if (p.accuracy() > best.accuracy()
                    || p.accuracy() == best.accuracy() && p.presentations() < best.presentations()) {
                best = p; // the grid ascends, so an exact tie in both keeps the smaller rate
            }
        }
        return best;
    }
}
