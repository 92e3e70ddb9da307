package org.mark1.bench;

import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.scenario.StimulusSpec;
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
import org.mark1.machine.AssociationUnits;
import org.mark1.machine.MachineConfig;

/**
 * How the cost of a presentation grows with the machine: the scenario's machine with more A-units
 * (on its retina, the fan-out limit raised as far as the plugs need) or a larger retina (figures
 * scaled with it). Each point times the ideal trial, the model's A-layer and the nested-loop
 * A-layer, interleaved, median over rounds.
 *
 * @see Benchmark
 */
public final class Scaling {

    /** Microseconds per presentation at one machine size. */
    public record SizePoint(int units, int rows, int columns, String counting, double trialMicros, double aLayerMicros,
            double nestedMicros) {
        public int photocells() {
            return rows * columns;
        }
    }

    private Scaling() {
    }

    /** The scenario's machine resized; figures scale with the retina's side. */
    public static Scenario resized(Scenario s, int units, int side) {
        MachineConfig c = s.machine();
        int plugs = c.excitatory() + c.inhibitory();
        int fanOut = Math.max(c.maxFanOut(), (int) Math.ceil((double) units * plugs / (side * side)) + 1);
        Scenario r = ScenarioLoader.withSettings(s, List.of("rows=" + side, "columns=" + side,
                "associationUnits=" + units, "maxFanOut=" + Math.min(fanOut, MachineConfig.MAX_A_UNITS)));
        double k = (double) side / Math.min(c.rows(), c.columns());
        StimulusSpec st = s.stimuli();
        StimulusSpec scaled = new StimulusSpec(new StimulusSpec.SizeRange(st.size().min() * k,
                Math.min(side, st.size().max() * k)), st.position(), st.region(), st.jitter() * k, st.rotation(),
                st.typefaces(), st.pen() * k, st.cardNoise());
        return new Scenario(r.name(), r.description(), r.seed(), r.machine(), scaled, r.classes(), r.coding(), r.training(),
                r.evaluation(), r.report(), r.seeds(), r.history(), r.lesion(), r.retraining());
    }

    /** Measures one machine size. */
    public static SizePoint measure(Scenario s, int units, int side, int rounds) {
        int presentations = Math.max(30, Math.min(2000, 2_000_000 / units));
        Scenario r = resized(s, units, side);
        Benchmark.Workload w = new Benchmark.Workload(r, presentations, 64);
        List<Benchmark.TimedEngine> engines = List.of(w.trialIdeal(), w.aLayerModel(AssociationUnits.Counting.AUTO),
                w.aLayerNestedLoop());
        double[][] t = Benchmark.time(engines, rounds, 1);
        String counting = w.countingOnFirstState();
        return new SizePoint(units, side, side, counting, micros(t[0], presentations), micros(t[1], presentations),
                micros(t[2], presentations));
    }

    private static double micros(double[] seconds, int presentations) {
        return Benchmark.median(seconds) / presentations * 1e6;
    }

    /** A log-log picture of the points against A-units ({@code byUnits}) or photocells. */
    public static byte[] png(List<SizePoint> points, boolean byUnits, String title) {
        XYChart chart = new XYChartBuilder().width(800).height(480).title(title)
                .xAxisTitle(byUnits ? "A-units" : "photocells").yAxisTitle("microseconds per presentation").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setAntiAlias(true);
        List<Double> x = new ArrayList<>();
        List<Double> trial = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        List<Double> nested = new ArrayList<>();
        for (SizePoint p : points) {
            x.add((double) (byUnits ? p.units() : p.photocells()));
            trial.add(p.trialMicros());
            model.add(p.aLayerMicros());
            nested.add(p.nestedMicros());
        }
        add(chart, "A-layer, nested loop (baseline)", x, nested, new Color(0x99, 0x99, 0x99));
        add(chart, "ideal trial (model)", x, trial, new Color(0x1f, 0x4e, 0x79));
        add(chart, "A-layer (model)", x, model, new Color(0xc0, 0x50, 0x20));
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(XYChart chart, String name, List<Double> x, List<Double> y, Color color) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(color);
        s.setMarkerColor(color);
    }
}
