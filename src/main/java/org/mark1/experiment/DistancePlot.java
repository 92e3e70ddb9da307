package org.mark1.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
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
        XYChart chart = new XYChartBuilder().width(800).height(480).title(title)
                .xAxisTitle(xAxis).yAxisTitle("accuracy on fresh cards (%)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setAntiAlias(true);
        Color c = CurvePlot.FRESH;
        List<Double> bandX = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            Estimate e = y.get(i);
            if (e.low() != null) {
                bandX.add(x.get(i));
                upper.add(Math.min(100, e.high()));
                lower.add(Math.max(0, e.low()));
            }
        }
        if (bandX.size() > 1) {
            List<Double> px = new ArrayList<>(bandX);
            List<Double> py = new ArrayList<>(upper);
            for (int i = bandX.size() - 1; i >= 0; i--) {
                px.add(bandX.get(i));
                py.add(lower.get(i));
            }
            XYSeries area = chart.addSeries("95 % interval of the mean", px, py);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            area.setMarker(SeriesMarkers.NONE);
            area.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            area.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (y.get(i).mean() != null) {
                xs.add(x.get(i));
                ys.add(y.get(i).mean());
            }
        }
        XYSeries mean = chart.addSeries(series, xs, ys);
        mean.setMarker(SeriesMarkers.CIRCLE);
        mean.setMarkerColor(c);
        mean.setLineColor(c);
        mean.setLineWidth(2f);
        XYSeries line = chart.addSeries(String.format(java.util.Locale.ROOT, "chance (%.0f %%)", chance),
                List.of(x.get(0), x.get(x.size() - 1)), List.of(chance, chance));
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(CHANCE);
        line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return CurvePlot.encode(chart);
    }
}
