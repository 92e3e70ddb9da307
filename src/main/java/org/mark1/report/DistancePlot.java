package org.mark1.report;

import org.mark1.experiment.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Accuracy against distance from the training place as a picture (XChart): one run's accuracy at
 * each distance, or the mean over seeds with its 95 % interval shaded; chance drawn as a dashed line.
 */
final class DistancePlot {

    static final Color CHANCE = new Color(0x70, 0x70, 0x70);

    private DistancePlot() {
    }

    /**
     * @param title   the chart's title
     * @param xAxis   what the distance is
     * @param x       the distances
     * @param y       the accuracy (%) at each: one seed's (no interval) or over seeds
     * @param series  the name of the line
     * @param chance  chance level (%)
     */
    static byte[] png(String title, String xAxis, List<Double> x, List<Estimate> y, String series, double chance) {
        XYChart chart = CurvePlot.chart(title, "accuracy on fresh cards (%)");
        chart.setXAxisTitle(xAxis);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        CurvePlot.band(chart, new CurvePlot.PlotLine(series, CurvePlot.FRESH, x, y), "95 % interval of the mean");
        XYSeries line = chart.addSeries(String.format(java.util.Locale.ROOT, "chance (%.0f %%)", chance),
                List.of(x.get(0), x.get(x.size() - 1)), List.of(chance, chance));
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(CHANCE);
        line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return CurvePlot.encode(chart);
    }
}
