package org.mark1.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mark1.io.CsvText;

/**
 * The curves of a run over seeds: for each point, the {@link Estimate} over the seeds.
 *
 * <p>Learning curve: point {@code k} is the error rate (%) in the k-th block of presentations,
 * over the seeds still training there. A seed that has stopped (after an error-free pass, or at the
 * budget) gives no more points: its later errors are not guessed, so the last points may stand on
 * few seeds ({@code seeds} says how many).
 *
 * <p>Generalisation curve: point {@code j} is the accuracy (%) on fresh stimuli after
 * {@code j * every} presentations. A seed that has stopped training is a finished machine whose
 * answers no longer change: it keeps its final accuracy at the later points.
 */
public final class SweepCurves {

    /** @param presentations where the point stands; @param seeds seeds that give it; @param estimate the figure over them */
    public record Band(int presentations, int seeds, Estimate estimate) {
    }

    private SweepCurves() {
    }

    /** Error rate per block, over the seeds still training. */
    public static List<Band> errors(List<Summary> runs) {
        int block = runs.get(0).learningCurve().block();
        int points = runs.stream().mapToInt(r -> r.learningCurve().errors().size()).max().orElse(0);
        List<Band> out = new ArrayList<>();
        for (int k = 0; k < points; k++) {
            List<Double> rates = new ArrayList<>();
            for (Summary r : runs) {
                List<Integer> e = r.learningCurve().errors();
                if (k < e.size()) {
                    int size = Math.min(block, r.presentations() - k * block);
                    rates.add(100.0 * e.get(k) / size);
                }
            }
            Estimate est = Estimate.ofMean(rates);
            out.add(new Band((k + 1) * block, est.seeds(), est));
        }
        return out;
    }

    /** Fresh accuracy every {@code every} presentations, or an empty list when the runs did not measure it. */
    public static List<Band> generalisation(List<Summary> runs) {
        if (runs.get(0).generalisation() == null) {
            return List.of();
        }
        int every = runs.get(0).generalisation().every();
        int last = runs.stream().mapToInt(Summary::presentations).max().orElse(0);
        List<Band> out = new ArrayList<>();
        for (int x = 0; x <= last; x += every) {
            List<Double> values = new ArrayList<>();
            for (Summary r : runs) {
                values.add(100 * at(r.generalisation().points(), x));
            }
            Estimate est = Estimate.ofMean(values);
            out.add(new Band(x, est.seeds(), est));
        }
        return out;
    }

    /** The accuracy measured at {@code x} presentations, or the final one when training stopped before. */
    private static double at(List<Summary.Point> points, int x) {
        double value = points.get(0).freshAccuracy();
        for (Summary.Point p : points) {
            if (p.presentations() <= x) {
                value = p.freshAccuracy();
            }
        }
        return value;
    }

    /** A curve as CSV: {@code presentations,seeds,mean,low,high,min,max}. */
    public static String csv(String measure, List<Band> bands) {
        CsvText sheet = new CsvText("presentations", "seeds", "mean_" + measure, "ci95_low", "ci95_high", "min", "max");
        for (Band p : bands) {
            Estimate e = p.estimate();
            sheet.row(p.presentations(), p.seeds(), num(e.mean()), num(e.low()), num(e.high()), num(e.min()), num(e.max()));
        }
        return sheet.text();
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
