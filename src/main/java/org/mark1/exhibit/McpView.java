package org.mark1.exhibit;

import org.mark1.exhibit.demo.McpShow;
import org.mark1.exhibit.words.Labels;
import org.mark1.mcp.Net;
import org.mark1.mcp.Neuron;
import org.mark1.mcp.Synapse;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * A McCulloch–Pitts net of 1943, tick by tick: neurons as lamps (lit when firing at the tick shown),
 * synapses as wires (inhibitory ones end in a bar), spikes running along the wires of the neurons
 * that fired toward the next tick, and the timing diagram so far below.
 */
final class McpView implements View {

    private static final Box AREA = new Box(16, 64, 1248, 636);

    @Override
    public void paint(PGraphics g, Still s) {
        McpShow.Moment m = s.mcp();
        Net net = m.net();
        Panels.plate(g, AREA, s.labels().get("panel.mcp", net.about().isEmpty() ? net.name() : net.about()));
        int n = net.neurons().size();
        float[] x = new float[n];
        float[] y = new float[n];
        float colW = (AREA.w() - 280) / Math.max(1, m.columns() - 1);
        int rows = 1;
        for (int r : m.row()) {
            rows = Math.max(rows, r + 1);
        }
        float rowH = Math.min(110, (AREA.h() - 120 - n * 18 - 60) / rows);
        for (int i = 0; i < n; i++) {
            x[i] = AREA.x() + 140 + m.column()[i] * colW;
            y[i] = AREA.y() + 90 + m.row()[i] * rowH;
        }
        for (Synapse syn : net.synapses()) {
            int a = net.indexOf(syn.from());
            int b = net.indexOf(syn.to());
            boolean spike = m.trace().fires(a, m.tick()) && m.tick() + 1 < m.trace().ticks();
            g.stroke(syn.inhibitory() ? Palette.INHIBITORY : Palette.EXCITATORY);
            g.strokeWeight(syn.inhibitory() ? 2 : 1.5f + syn.endings());
            g.noFill();
            float bend = a == b ? 0 : (x[b] <= x[a] ? 50 : 0);
            g.bezier(x[a], y[a], x[a] + 60, y[a] - bend, x[b] - 60, y[b] - bend, x[b], y[b]);
            if (syn.inhibitory()) {
                g.strokeWeight(3);
                g.line(x[b] - 22, y[b] - 10, x[b] - 22, y[b] + 10);
            }
            if (spike) {
                float t = m.phase();
                g.noStroke();
                g.fill(Palette.LAMP_CORE);
                g.ellipse(g.bezierPoint(x[a], x[a] + 60, x[b] - 60, x[b], t), g.bezierPoint(y[a], y[a] - bend, y[b] - bend, y[b], t), 10, 10);
            }
        }
        for (int i = 0; i < n; i++) {
            Neuron neuron = net.neurons().get(i);
            g.noStroke();
            g.fill(Palette.BEZEL);
            g.ellipse(x[i], y[i], 40, 40);
            Panels.lamp(g, x[i], y[i], 28, m.trace().fires(i, m.tick()));
            g.fill(Palette.LETTERING);
            g.textSize(14);
            g.textAlign(PConstants.CENTER, PConstants.TOP);
            g.text(neuron.name() + (neuron.input() ? "" : "  θ=" + neuron.threshold()), x[i], y[i] + 22);
            g.fill(Palette.LETTERING_DIM);
            g.textSize(11);
            g.text(neuron.note(), x[i], y[i] + 38);
        }
        diagram(g, m, s.labels());
    }

    private static void diagram(PGraphics g, McpShow.Moment m, Labels labels) {
        Net net = m.net();
        float x0 = AREA.x() + 140;
        float y0 = AREA.bottom() - 40 - net.neurons().size() * 18;
        float cw = Math.min(36, (AREA.w() - 200) / m.trace().ticks());
        g.textSize(12);
        for (int i = 0; i < net.neurons().size(); i++) {
            g.fill(Palette.LETTERING_DIM);
            g.textAlign(PConstants.RIGHT, PConstants.CENTER);
            g.text(net.neurons().get(i).name(), x0 - 10, y0 + i * 18 + 8);
            for (int t = 0; t <= m.tick(); t++) {
                g.noStroke();
                g.fill(m.trace().fires(i, t) ? Palette.LAMP_ON : Palette.LAMP_OFF);
                g.rect(x0 + t * cw, y0 + i * 18, cw - 3, 15, 2);
            }
        }
        g.fill(Palette.LETTERING);
        g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
        g.text(labels.get("mcp.tick", m.tick()) + "    " + labels.get("mcp.legend"), x0, y0 - 8);
    }
}
