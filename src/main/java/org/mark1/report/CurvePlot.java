package org.mark1.report;

import org.mark1.experiment.Estimate;
import org.mark1.experiment.Summary;
import org.mark1.experiment.SweepCurves;
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

/** The learning curve as a picture (XChart): the error rate per block against presentations. */
public final class CurvePlot {

    private CurvePlot() {
    }

    static byte[] png(Summary summary) {
        XYChart chart = chart(summary.scenario() + " (seed " + summary.seed() + ", " + summary.rule() + ")",
                "errors in block (%)");

        Summary.Curve curve = summary.learningCurve();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < curve.errors().size(); i++) {
            int size = Math.min(curve.block(), summary.presentations() - done);
            done += size;
            x.add((double) done);
            y.add(100.0 * curve.errors().get(i) / size);
        }
        XYSeries s = chart.addSeries("training errors per " + curve.block() + " presentations", x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(new Color(0x1f, 0x4e, 0x79));
        s.setMarkerColor(new Color(0x1f, 0x4e, 0x79));
        if (summary.freshAccuracy() != null) {
            XYSeries fresh = chart.addSeries(String.format(java.util.Locale.ROOT, "errors on fresh stimuli after training (%.1f%%)",
                    100 * (1 - summary.freshAccuracy())), List.of(x.get(0), x.get(x.size() - 1)),
                    List.of(100 * (1 - summary.freshAccuracy()), 100 * (1 - summary.freshAccuracy())));
            fresh.setMarker(SeriesMarkers.NONE);
            fresh.setLineColor(new Color(0xc0, 0x50, 0x20));
            fresh.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accuracy on fresh stimuli measured during one run's training. */
    static byte[] generalisation(Summary summary) {
        XYChart chart = chart(summary.scenario() + " (seed " + summary.seed() + "): generalisation during training",
                "accuracy on fresh stimuli (%)");
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Summary.Point p : summary.generalisation().points()) {
            x.add((double) p.presentations());
            y.add(100 * p.freshAccuracy());
        }
        XYSeries s = chart.addSeries(summary.freshStimuli() + " fresh stimuli, measured every "
                + summary.generalisation().every() + " presentations", x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(FRESH);
        s.setMarkerColor(FRESH);
        return encode(chart);
    }

    /**
     * A figure over seeds against presentations: the mean as a line, the 95 % interval of the mean as
     * a shaded band (where two or more seeds give the point).
     */
    static byte[] band(String title, String yAxis, String series, List<SweepCurves.Band> points, Color colour) {
        List<Double> x = points.stream().map(p -> (double) p.presentations()).toList();
        List<Estimate> y = points.stream().map(SweepCurves.Band::estimate).toList();
        return bands(title, "presentations", yAxis, List.of(new PlotLine(series, colour, x, y)));
    }

    /** One line of {@link #bands}: its name, colour, and an estimate at each x. */
    record PlotLine(String name, Color colour, List<Double> x, List<Estimate> y) {
    }

    /** Lines of means, each with its 95 % band where it has one. */
    static byte[] bands(String title, String xAxis, String yAxis, List<PlotLine> lines) {
        XYChart chart = chart(title, yAxis);
        chart.setXAxisTitle(xAxis);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        for (PlotLine line : lines) {
            band(chart, line, line.name() + ": 95 % interval of the mean");
        }
        return encode(chart);
    }

    /**
     * Adds {@code line} to {@code chart}: its mean as a line with a marker at each point (when at most
     * 25), and its 95 % interval, where it has one, as a shaded area named {@code bandName}.
     */
    static void band(XYChart chart, PlotLine line, String bandName) {
        List<Double> bandX = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        for (int i = 0; i < line.x().size(); i++) {
            Estimate e = line.y().get(i);
            if (e.low() != null) {
                bandX.add(line.x().get(i));
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
            Color c = line.colour();
            XYSeries area = chart.addSeries(bandName, px, py);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            area.setMarker(SeriesMarkers.NONE);
            area.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            area.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < line.x().size(); i++) {
            if (line.y().get(i).value() != null) {
                xs.add(line.x().get(i));
                ys.add(line.y().get(i).value());
            }
        }
        XYSeries mean = chart.addSeries(line.name(), xs, ys);
        mean.setMarker(xs.size() <= 25 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        mean.setMarkerColor(line.colour());
        mean.setLineColor(line.colour());
        mean.setLineWidth(2f);
    }

    static final Color ERRORS = new Color(0x1f, 0x4e, 0x79);
    static final Color FRESH = new Color(0xc0, 0x50, 0x20);

    static XYChart chart(String title, String yAxis) {
        XYChart chart = new XYChartBuilder().width(800).height(480).title(title)
                .xAxisTitle("presentations").yAxisTitle(yAxis).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setAntiAlias(true);
        return chart;
    }

    /** The chart as PNG bytes. */
    public static byte[] encode(XYChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
