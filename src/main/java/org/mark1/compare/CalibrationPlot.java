package org.mark1.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mark1.experiment.Estimate;
import org.mark1.report.CalibrationSheet;

/**
 * A calibration as a picture (XChart): over one key, our mean (or median, for a count) at each value with its 95 % interval
 * as error bars and history's value as a dashed line; over two keys, a heat map of our mean, history's
 * value in the title and the points where it lies within our interval named there.
 */
final class CalibrationPlot {

    private static final Color OURS = new Color(0x1f, 0x4e, 0x79);
    private static final Color HISTORY = new Color(0xc0, 0x50, 0x20);

    private CalibrationPlot() {
    }

    static byte[] png(String scenario, CalibrationSheet sheet) {
        Chart<?, ?> chart = sheet.keys().size() == 1 ? curve(scenario, sheet) : heatMap(scenario, sheet);
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unit(CalibrationSheet sheet) {
        return sheet.measure().unit();
    }

    private static XYChart curve(String scenario, CalibrationSheet sheet) {
        List<CalibrationSheet.GridPoint> points = sheet.points().stream().filter(p -> p.figure().value() != null).toList();
        boolean numeric = sheet.points().stream().allMatch(p -> p.values().get(0).matches("-?\\d+(\\.\\d+)?"));
        XYChart chart = new XYChartBuilder().width(800).height(480)
                .title(scenario + ": calibration over " + sheet.keys().get(0))
                .xAxisTitle(sheet.keys().get(0) + (numeric ? "" : " (values in order)"))
                .yAxisTitle(sheet.measure().label() + (unit(sheet).equals("%") ? " (%)" : "")).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setYAxisMin(0.0);
        if (unit(sheet).equals("%")) {
            chart.getStyler().setYAxisMax(100.0);
        }
        List<String> all = sheet.points().stream().map(p -> p.values().get(0)).toList();
        if (!numeric) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
                int i = (int) Math.round(x);
                return Math.abs(x - i) < 1e-9 && i >= 0 && i < all.size() ? all.get(i) : "";
            });
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> bar = new ArrayList<>();
        for (CalibrationSheet.GridPoint p : points) {
            x.add(numeric ? Double.parseDouble(p.values().get(0)) : all.indexOf(p.values().get(0)));
            Estimate e = p.figure();
            y.add(e.value());
            bar.add(e.high() == null ? 0.0 : (e.high() - e.low()) / 2);
        }
        if (x.isEmpty()) {
            x.add(0.0);
            y.add(0.0);
            bar.add(0.0);
        }
        XYSeries ours = chart.addSeries("ours: " + sheet.points().get(0).figure().centre() + " over " + sheet.points().get(0).figure().of() + " seeds, 95 % interval", x, y, bar);
        ours.setMarker(SeriesMarkers.CIRCLE);
        ours.setLineColor(OURS);
        ours.setMarkerColor(OURS);
        if (sheet.history() != null) {
            XYSeries h = chart.addSeries("history: " + Estimate.format(sheet.history()) + " " + unit(sheet),
                    List.of(x.get(0), x.get(x.size() - 1)), List.of(sheet.history(), sheet.history()));
            h.setMarker(SeriesMarkers.NONE);
            h.setLineColor(HISTORY);
            h.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        return chart;
    }

    private static HeatMapChart heatMap(String scenario, CalibrationSheet sheet) {
        List<String> xs = sheet.points().stream().map(p -> p.values().get(0)).distinct().toList();
        List<String> ys = sheet.points().stream().map(p -> p.values().get(1)).distinct().toList();
        long within = sheet.points().stream().filter(sheet::within).count();
        String history = sheet.history() == null ? "no historical figure"
                : "history's " + Estimate.format(sheet.history()) + " " + unit(sheet) + " within our 95 % interval at " + within
                + " of " + sheet.points().size() + " points";
        HeatMapChart chart = new HeatMapChartBuilder().width(800).height(560)
                .title(scenario + ": " + history)
                .xAxisTitle(sheet.keys().get(0)).yAxisTitle(sheet.keys().get(1)).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("#.#"); // the centre (mean or median) of each cell; the bar beside it names the figure
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<Number[]> cells = new ArrayList<>();
        for (CalibrationSheet.GridPoint p : sheet.points()) {
            if (p.figure().value() != null) {
                cells.add(new Number[] {xs.indexOf(p.values().get(0)), ys.indexOf(p.values().get(1)), p.figure().value()});
            }
        }
        chart.addSeries(sheet.points().get(0).figure().centre() + " " + sheet.measure().unit(), xs, ys, cells);
        return chart;
    }
}
