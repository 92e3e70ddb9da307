package org.mark1.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedRow;
import org.mark1.experiment.SeedSweep;
import org.mark1.io.InputError;
import org.mark1.report.CalibrationSheet;
import org.mark1.scenario.HistorySpec;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/**
 * {@code mark1 calibrate}: a scenario run over a grid of one or two [gap] parameters and over seeds,
 * measuring the figure its {@code history:} block compares, to find where (if anywhere) history's
 * value is reproduced. Every (point, seed) run builds its own machine from its own seed and shares
 * nothing, so the sheet is the same on one thread or many.
 *
 * @param scenario the scenario as given (its seed is the first of {@code seeds})
 * @param measure  the figure measured: history's {@code measure}, or another of its {@code readings}
 * @param axes     one or two keys and their values; the first is outermost in the grid
 * @param seeds    the seeds every point runs with
 */
public record Calibration(Scenario scenario, Measure measure, List<CalibrationAxis> axes, List<Long> seeds) {

    /** Keys that cannot move any figure: what the scenario is called, its seeds, its history and its curve's blocks. */
    private static final Set<String> INERT = Set.of("name", "description", "seed", "seeds", "history", "report");

    public Calibration {
        axes = List.copyOf(axes);
        seeds = List.copyOf(seeds);
        if (axes.isEmpty() || axes.size() > 2) {
            throw new InputError("calibrate: give one or two --vary KEY=RANGE (e.g. --vary training.examplesPerClass=5..30:5)");
        }
        if (axes.size() == 2 && axes.get(0).key().equals(axes.get(1).key())) {
            throw new InputError("--vary " + axes.get(1).key() + ": the key is varied twice; give each key once");
        }
        long points = (long) axes.get(0).values().size() * (axes.size() == 2 ? axes.get(1).values().size() : 1);
        if (points > CalibrationAxis.MAX_POINTS) {
            throw new InputError("--vary: the grid holds " + points + " points, more than " + CalibrationAxis.MAX_POINTS
                    + "; give fewer values");
        }
        for (CalibrationAxis a : axes) {
            String root = a.key().contains(".") ? a.key().substring(0, a.key().indexOf('.')) : a.key();
            if (INERT.contains(root)) {
                throw new InputError("--vary " + a.key() + ": the key does not reach " + measure.label()
                        + "; vary a [gap] parameter of the machine, stimuli, training or evaluation (mark1 params lists them)");
            }
        }
    }

    /** The calibration {@code mark1 calibrate} asks for: {@code measure} null means history's own. */
    public static Calibration of(Scenario s, Measure measure, List<CalibrationAxis> axes, List<Long> seeds) {
        HistorySpec h = s.history();
        if (h == null) {
            throw new InputError(s.name() + ": the scenario has no history: block, so there is no figure to calibrate; "
                    + "add one (claim, source, measure, value) or choose a scenario with one");
        }
        if (h.value() == null) {
            throw new InputError(s.name() + ": the record gives no figure to calibrate against (its history: block has no "
                    + "value); choose a scenario whose history gives one");
        }
        Measure m = measure == null ? h.measure() : measure;
        if (!h.figures().contains(m)) {
            throw new InputError("--measure " + m.id() + ": " + s.name() + "'s history is read as "
                    + String.join(" or ", h.figures().stream().map(Measure::id).toList()) + "; give one of them");
        }
        return new Calibration(s, m, axes, seeds);
    }

    /** Every point of the grid: the values of the keys, the first key outermost. */
    public List<List<String>> grid() {
        List<List<String>> points = new ArrayList<>();
        for (String a : axes.get(0).values()) {
            if (axes.size() == 1) {
                points.add(List.of(a));
            } else {
                for (String b : axes.get(1).values()) {
                    points.add(List.of(a, b));
                }
            }
        }
        return points;
    }

    /** The scenario at every point, each checked as {@code --set} checks it, before anything runs. */
    public List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (List<String> p : grid()) {
            List<String> sets = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                sets.add(axes.get(i).key() + "=" + p.get(i));
            }
            try {
                out.add(ScenarioLoader.withSettings(scenario, sets));
            } catch (InputError e) {
                throw new InputError("--vary " + String.join(" --vary ", sets) + ": " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * Runs every point with every seed on {@code threads} threads (points and seeds alike) and
     * returns the sheet. A key along which every point gives the same figures on every seed does not
     * reach the figure: an {@link InputError} saying so, as nothing has been written yet.
     */
    public CalibrationSheet run(int threads, Progress progress) {
        List<Scenario> at = scenarios();
        List<Scenario> runs = new ArrayList<>();
        for (Scenario s : at) {
            for (long seed : seeds) {
                runs.add(s.withSeeds(null).withSeed(seed));
            }
        }
        List<Double> values = SeedSweep.runEach(runs, scenario.name() + " x " + at.size() + " points x " + seeds.size()
                + " seeds", "runs", Experiment.Options.defaults(), threads, progress,
                result -> SeedRow.of(result.summary()).get(measure));
        List<List<Double>> perPoint = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            perPoint.add(values.subList(i * seeds.size(), (i + 1) * seeds.size()));
        }
        refuseInert(perPoint);
        List<List<String>> grid = grid();
        List<CalibrationSheet.GridPoint> points = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            points.add(new CalibrationSheet.GridPoint(grid.get(i), Estimate.of(measure, perPoint.get(i))));
        }
        return new CalibrationSheet(axes.stream().map(CalibrationAxis::key).toList(), measure, scenario.history().value(),
                scenario.history().stated(), points);
    }

    /** Refuses a key along which the figure never moves, on any seed, at any value of the other key. */
    private void refuseInert(List<List<Double>> perPoint) {
        int inner = axes.size() == 2 ? axes.get(1).values().size() : 1;
        for (int k = 0; k < axes.size(); k++) {
            boolean moves = false;
            for (int i = 0; i < perPoint.size() && !moves; i++) {
                int o = i / inner;
                int n = i % inner;
                int first = k == 0 ? n : o * inner; // the point with this key at its first value
                moves = !perPoint.get(i).equals(perPoint.get(first));
            }
            if (!moves) {
                CalibrationAxis a = axes.get(k);
                throw new InputError("--vary " + a.key() + ": every value tried (" + a.values().get(0) + " to "
                        + a.values().get(a.values().size() - 1) + ") gave the same " + measure.label() + " on every seed; "
                        + "the key does not reach the figure, so vary another (nothing was written)");
            }
        }
    }
}
