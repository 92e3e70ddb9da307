package org.mark1.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mark1.learning.Rules;
import org.mark1.report.CurvePlot;

/** What a {@link Tuning} found, for a comparison's folder: a section of report.md, tuning.csv, tuning.png. */
final class TuningReport {

    private TuningReport() {
    }

    /** The criterion's name, as the report and the plot write it. */
    private static String criterion(Tuning t) {
        return t.fresh() ? "accuracy on fresh cards" : "accuracy on the training cards (no fresh cards: freshPerClass is 0)";
    }

    /** The report's section on the constants each rule ran at. */
    static String markdown(Comparison c, Tuning t) {
        StringBuilder b = new StringBuilder("\n## Each rule's constants\n\n");
        if (t == null) {
            b.append("Not tuned (`--tuned false`): each rule ran at its default constants (`mark1 params`).\n\n");
        } else {
            b.append(String.format(Locale.ROOT, "Tuned before the comparison, on %d tuning seed%s (%s), disjoint from the "
                    + "evaluation seeds above: each rule with a learning rate ran at every rate of the grid %s; the rate "
                    + "chosen has the highest mean %s over the tuning seeds, ties broken by the fewer mean presentations, "
                    + "then by the smaller rate. The output gain stays at its default. Rules without a constant of their "
                    + "own turn `stepsPerReinforcement` steps, a parameter of the one default machine. `tuning.png` draws "
                    + "each rule's tuning curve, `tuning.csv` holds it.%n%n", t.seeds().size(), t.seeds().size() == 1 ? "" : "s",
                    t.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")), grid(), criterion(t)));
        }
        b.append("| rule | learning rate | output gain | chosen by |\n|---|---|---|---|\n");
        for (Rules rule : c.rules()) {
            var training = c.variant(rule, c.scenario().seed()).training();
            Tuning.RateCurve curve = t == null ? null : t.curves().stream().filter(x -> x.rule() == rule).findFirst().orElse(null);
            b.append("| ").append(rule.id()).append(" | ").append(constant(training.learningRate())).append(" | ")
                    .append(constant(training.outputGain())).append(" | ");
            if (curve != null) {
                Tuning.RatePoint p = Tuning.best(curve.points());
                b.append(String.format(Locale.ROOT, "tuning: %.1f %% mean %s, %.0f mean presentations", 100 * p.accuracy(),
                        t.fresh() ? "fresh accuracy" : "training accuracy", p.presentations()));
            } else {
                b.append(rule.hasRate() ? "default or scenario" : "no constant of its own");
            }
            b.append(" |\n");
        }
        return b.toString();
    }

    private static String grid() {
        return java.util.Arrays.stream(Rules.RATE_GRID).mapToObj(TuningReport::constant).collect(Collectors.joining(", "));
    }

    static String constant(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%s", new java.math.BigDecimal(String.valueOf(v))
                .stripTrailingZeros().toPlainString());
    }

    /** tuning.csv: one line per rule and rate. */
    static String csv(Tuning t) {
        StringBuilder b = new StringBuilder("rule,rate,mean_accuracy,criterion,mean_presentations,chosen\n");
        for (Tuning.RateCurve c : t.curves()) {
            for (Tuning.RatePoint p : c.points()) {
                b.append(String.format(Locale.ROOT, "%s,%s,%.6f,%s,%.1f,%b%n", c.rule().id(), constant(p.rate()),
                        p.accuracy(), t.fresh() ? "fresh" : "training", p.presentations(), p.rate() == c.chosen()));
            }
        }
        return b.toString();
    }

    /** tuning.png: mean accuracy over the tuning seeds against the rate (log scale), the chosen rate marked. */
    static byte[] png(Comparison c, Tuning t) {
        XYChart chart = new XYChartBuilder().width(700).height(420)
                .title(c.scenario().name() + ": tuning on seeds " + t.seeds().get(0) + " to " + t.seeds().get(t.seeds().size() - 1))
                .xAxisTitle("learning rate (log scale)").yAxisTitle("mean " + (t.fresh() ? "fresh" : "training") + " accuracy (%)")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setAntiAlias(true);
        for (Tuning.RateCurve curve : t.curves()) {
            Color colour = ComparePlot.COLOURS[c.rules().indexOf(curve.rule()) % ComparePlot.COLOURS.length];
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Tuning.RatePoint p : curve.points()) {
                x.add(p.rate());
                y.add(100 * p.accuracy());
            }
            XYSeries line = chart.addSeries(curve.rule().id(), x, y);
            line.setLineColor(colour);
            line.setMarkerColor(colour);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setLineStyle(new BasicStroke(1.8f));
            Tuning.RatePoint chosen = Tuning.best(curve.points());
            XYSeries mark = chart.addSeries(curve.rule().id() + " chosen", List.of(chosen.rate()), List.of(100 * chosen.accuracy()));
            mark.setMarker(SeriesMarkers.DIAMOND);
            mark.setMarkerColor(colour);
            mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            mark.setShowInLegend(false);
        }
        return CurvePlot.encode(chart);
    }
}
