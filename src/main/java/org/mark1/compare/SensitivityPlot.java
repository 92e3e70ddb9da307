package org.mark1.compare;

import org.mark1.report.CurvePlot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import org.mark1.experiment.Estimate;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.mark1.learning.Rules;

/**
 * The sensitivity picture (XChart): flipped outputs (%) against the perturbation's size (log scale),
 * one colour per rule, all weights solid and one weight dashed, the mean over seeds as a thick line
 * and its 95 % t-band as two thin lines.
 */
final class SensitivityPlot {

    private SensitivityPlot() {
    }

    static byte[] png(Sensitivity s, List<Sensitivity.FlipRow> rows) {
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title(s.comparison().scenario().name() + ": answers flipped by perturbed weights, " + s.comparison().seeds()
                        + " seeds, mean and 95 % band")
                .xAxisTitle("perturbation (fraction of the rms weight)").yAxisTitle("flipped outputs (%)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAntiAlias(true);
        List<SensitivityReport.SensitivityLine> lines = SensitivityReport.lines(s, rows);
        List<Rules> rules = s.comparison().rules();
        for (Sensitivity.PerturbationMode mode : Sensitivity.PerturbationMode.values()) {
            for (int r = 0; r < rules.size(); r++) {
                Rules rule = rules.get(r);
                List<Double> x = new ArrayList<>();
                List<Double> mean = new ArrayList<>();
                List<Double> low = new ArrayList<>();
                List<Double> high = new ArrayList<>();
                for (SensitivityReport.SensitivityLine l : lines) {
                    if (l.mode() == mode && l.rule() == rule) {
                        Estimate i = l.flips();
                        x.add(l.size());
                        mean.add(100 * i.mean());
                        low.add(100 * (i.low() == null ? i.mean() : i.low()));
                        high.add(100 * (i.high() == null ? i.mean() : i.high()));
                    }
                }
                Color colour = ComparePlot.COLOURS[r % ComparePlot.COLOURS.length];
                boolean dashed = mode == Sensitivity.PerturbationMode.ONE;
                String name = rule.id() + (dashed ? ", one weight" : ", all weights");
                ComparePlot.meanWithBand(chart, name, x, mean, low, high, colour, dashed ? new BasicStroke(2.2f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f) : new BasicStroke(2.2f));
            }
        }
        return CurvePlot.encode(chart);
    }
}
