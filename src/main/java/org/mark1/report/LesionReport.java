package org.mark1.report;

import org.mark1.experiment.Estimate;
import org.mark1.experiment.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mark1.io.CsvText;

/**
 * A lesion study's files: {@code lesion.csv} and {@code lesion.png}, accuracy against the fraction
 * of A-units removed, for one run or as mean and 95 % interval over seeds.
 */
final class LesionReport {

    static final String CSV = "lesion.csv";
    static final String PNG = "lesion.png";

    private LesionReport() {
    }

    /** Over the runs (one or many), in percent: each fraction's estimate on the training and on the fresh stimuli. */
    static String csv(List<Summary> runs) {
        CsvText sheet = new CsvText("fraction_removed", "a_units_removed", "seeds", "train_accuracy_mean", "train_ci95_low",
                "train_ci95_high", "fresh_accuracy_mean", "fresh_ci95_low", "fresh_ci95_high");
        List<Summary.LesionPoint> first = runs.get(0).lesion().points();
        for (int i = 0; i < first.size(); i++) {
            Estimate train = train(runs, i);
            Estimate fresh = fresh(runs, i);
            sheet.row(number(first.get(i).fraction()), first.get(i).removed(), runs.size(), number(train.mean()),
                    number(train.low()), number(train.high()), number(fresh.mean()), number(fresh.low()), number(fresh.high()));
        }
        return sheet.text();
    }

    static byte[] png(String title, List<Summary> runs) {
        List<Summary.LesionPoint> first = runs.get(0).lesion().points();
        List<Double> x = first.stream().map(p -> 100 * p.fraction()).toList();
        List<Estimate> train = new ArrayList<>();
        List<Estimate> fresh = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            train.add(train(runs, i));
            fresh.add(fresh(runs, i));
        }
        List<CurvePlot.PlotLine> lines = new ArrayList<>();
        lines.add(new CurvePlot.PlotLine("training stimuli", CurvePlot.ERRORS, x, train));
        if (first.get(0).freshAccuracy() != null) {
            lines.add(new CurvePlot.PlotLine("fresh stimuli", CurvePlot.FRESH, x, fresh));
        }
        return CurvePlot.bands(title, "A-units removed (%)", "accuracy (%)", lines);
    }

    private static Estimate train(List<Summary> runs, int i) {
        return Estimate.ofMean(runs.stream().map(r -> 100 * r.lesion().points().get(i).trainAccuracy()).toList());
    }

    private static Estimate fresh(List<Summary> runs, int i) {
        return Estimate.ofMean(runs.stream().map(r -> {
            Double f = r.lesion().points().get(i).freshAccuracy();
            return f == null ? null : 100 * f;
        }).toList());
    }

    private static String number(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
