package org.mark1.compare;

import org.mark1.report.CurvePlot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import org.mark1.experiment.Estimate;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The compared learning curves (XChart): errors per pass, the mean over seeds as a line and its 95 %
 * t-band as two thin lines of the same colour. A run that stopped after its error-free pass counts 0
 * errors in the passes it did not make.
 */
final class ComparePlot {

    /** One colour per rule, in the rules' order (shared with {@link SensitivityPlot}). */
    static final Color[] COLOURS = {new Color(0x1f, 0x4e, 0x79), new Color(0xc0, 0x50, 0x20),
        new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a), new Color(0x8d, 0x6e, 0x00), new Color(0x00, 0x83, 0x8f),
        new Color(0xad, 0x14, 0x57), new Color(0x45, 0x45, 0x45)};

    private ComparePlot() {
    }

    /** Error rate (%) per pass of each seed's run, padded with zeros to {@code passes}. */
    static double[][] perPass(List<Comparison.Outcome> runs, int passes) {
        double[][] rate = new double[passes][runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            List<Integer> errors = runs.get(k).errorsPerPass();
            int n = runs.get(k).summary().trainingStimuli();
            for (int p = 0; p < errors.size() && p < passes; p++) {
                rate[p][k] = 100.0 * errors.get(p) / n;
            }
        }
        return rate;
    }

    static byte[] png(Comparison c, List<List<Comparison.Outcome>> outcomes) {
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title(c.scenario().name() + ": " + c.seeds() + " seeds, mean and 95 % band")
                .xAxisTitle("pass through the training cards").yAxisTitle("errors in pass (%)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAntiAlias(true);
        int passes = 1;
        for (List<Comparison.Outcome> runs : outcomes) {
            for (Comparison.Outcome o : runs) {
                passes = Math.max(passes, o.summary().passes());
            }
        }
        for (int r = 0; r < outcomes.size(); r++) {
            double[][] rate = perPass(outcomes.get(r), passes);
            List<Double> x = new ArrayList<>();
            List<Double> mean = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (int p = 0; p < passes; p++) {
                Estimate i = Estimate.ofMean(Arrays.stream(rate[p]).boxed().toList());
                x.add(p + 1.0);
                mean.add(i.mean());
                low.add(i.low() == null ? i.mean() : i.low());
                high.add(i.high() == null ? i.mean() : i.high());
            }
            Color colour = COLOURS[r % COLOURS.length];
            String name = outcomes.get(r).get(0).rule().id();
            meanWithBand(chart, name, x, mean, low, high, colour, new BasicStroke(2.2f));
        }
        return CurvePlot.encode(chart);
    }

    /**
     * Adds a mean line in {@code colour} drawn with {@code stroke}, and its interval as two thin,
     * paler lines left out of the legend.
     */
    static void meanWithBand(XYChart chart, String name, List<Double> x, List<Double> mean, List<Double> low,
            List<Double> high, Color colour, BasicStroke stroke) {
        XYSeries line = chart.addSeries(name, x, mean);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(colour);
        line.setLineStyle(stroke);
        for (List<Double> edge : List.of(low, high)) {
            XYSeries band = chart.addSeries(name + (edge == low ? " low" : " high"), x, edge);
            band.setMarker(SeriesMarkers.NONE);
            band.setLineColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
            band.setLineStyle(new BasicStroke(0.8f));
            band.setShowInLegend(false);
        }
    }
}
