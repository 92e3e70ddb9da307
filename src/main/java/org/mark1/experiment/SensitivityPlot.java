package org.mark1.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mark1.learning.Rules;

/**
 * The sensitivity picture (XChart): flipped outputs (%) against the perturbation's size (log scale),
 * one colour per rule, all weights solid and one weight dashed, the mean over seeds as a thick line
 * and its 95 % t-band as two thin lines.
 */
final class SensitivityPlot {

    private static final Color[] COLOURS = {new Color(0x1f, 0x4e, 0x79), new Color(0xc0, 0x50, 0x20),
        new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a), new Color(0x8d, 0x6e, 0x00), new Color(0x00, 0x83, 0x8f),
        new Color(0xad, 0x14, 0x57), new Color(0x45, 0x45, 0x45)};

    private SensitivityPlot() {
    }

    static byte[] png(Sensitivity s, List<Sensitivity.Row> rows) {
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
        List<SensitivityReport.Line> lines = SensitivityReport.lines(s, rows);
        List<Rules> rules = s.comparison().rules();
        for (Sensitivity.Mode mode : Sensitivity.Mode.values()) {
            for (int r = 0; r < rules.size(); r++) {
                Rules rule = rules.get(r);
                List<Double> x = new ArrayList<>();
                List<Double> mean = new ArrayList<>();
                List<Double> low = new ArrayList<>();
                List<Double> high = new ArrayList<>();
                for (SensitivityReport.Line l : lines) {
                    if (l.mode() == mode && l.rule() == rule) {
                        ComparisonReport.Interval i = l.flips().withinOne();
                        x.add(l.size());
                        mean.add(100 * i.mean());
                        low.add(100 * i.low());
                        high.add(100 * i.high());
                    }
                }
                Color colour = COLOURS[r % COLOURS.length];
                boolean dashed = mode == Sensitivity.Mode.ONE;
                String name = rule.id() + (dashed ? ", one weight" : ", all weights");
                XYSeries line = chart.addSeries(name, x, mean);
                line.setMarker(SeriesMarkers.NONE);
                line.setLineColor(colour);
                line.setLineStyle(dashed ? new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {7f, 5f}, 0f) : new BasicStroke(2.2f));
                for (List<Double> edge : List.of(low, high)) {
                    XYSeries band = chart.addSeries(name + (edge == low ? " low" : " high"), x, edge);
                    band.setMarker(SeriesMarkers.NONE);
                    band.setLineColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
                    band.setLineStyle(new BasicStroke(0.8f));
                    band.setShowInLegend(false);
                }
            }
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
