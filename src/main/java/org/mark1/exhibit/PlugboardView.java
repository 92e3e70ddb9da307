package org.mark1.exhibit;

import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The plugboard: a field of jacks, one per photocell, and the cables of one A-unit, pointed at or
 * taken in turn among the firing ones. Excitatory cables are drawn solid and pale, inhibitory ones
 * dotted and red [ours]. The Mark I's board was wired by hand from a table of random numbers
 * [S: Bishop]; its look is not recorded.
 */
final class PlugboardView implements View {

    static final float PITCH = 12;
    static final float FIELD_X = PanelGeometry.PLUGBOARD.x() + 30;
    static final float FIELD_Y = PanelGeometry.PLUGBOARD.y() + 34;
    static final float PLUG_X = PanelGeometry.PLUGBOARD.x() + PanelGeometry.PLUGBOARD.w() / 2;
    static final float PLUG_Y = PanelGeometry.PLUGBOARD.y() + 318;

    private final int rows;
    private final int columns;
    private final LayerCache wires = new LayerCache(PanelGeometry.PLUGBOARD);

    PlugboardView(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        Panels.plate(g, PanelGeometry.PLUGBOARD, "");
        g.noStroke();
        g.fill(0xFF232523);
        g.rect(FIELD_X - 6, FIELD_Y - 6, 20 * PITCH + 12, 20 * PITCH + 12, 3);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(11);
        g.textAlign(PConstants.CENTER, PConstants.BOTTOM);
        g.text(labels.get("panel.plugboard.legend"), PLUG_X, PanelGeometry.PLUGBOARD.bottom() - 4);
        g.fill(Palette.JACK);
        float pitch = PITCH * 20 / Math.max(rows, columns);
        for (int i = 0; i < rows * columns; i++) {
            g.ellipse(x(i, columns, pitch), y(i, columns, pitch), pitch * 0.45f, pitch * 0.45f);
        }
    }

    @Override
    public void paint(PGraphics g, Still s) {
        Panels.title(g, PanelGeometry.PLUGBOARD, s.labels().get("panel.plugboard", s.unit()));
        String key = s.unit() + java.util.Arrays.toString(s.machine().lit());
        wires.paint(g, key, c -> paintWires(c, s));
        Panels.lamp(g, PLUG_X, PLUG_Y, 16, s.active(s.unit()));
    }

    private void paintWires(PGraphics g, Still s) {
        float pitch = PITCH * 20 / Math.max(rows, columns);
        boolean[] lit = new boolean[rows * columns];
        for (int c : s.machine().lit()) {
            lit[c] = true;
        }
        g.noStroke();
        g.fill(0xFF6E5A30);
        for (int i : s.machine().lit()) {
            g.ellipse(x(i, columns, pitch), y(i, columns, pitch), pitch * 0.45f, pitch * 0.45f);
        }
        g.noFill();
        for (int c : s.excitatory()) {
            cable(g, c, columns, pitch, false, lit[c]);
        }
        for (int c : s.inhibitory()) {
            cable(g, c, columns, pitch, true, lit[c]);
        }
        g.noStroke();
        g.fill(Palette.BEZEL);
        g.rect(PLUG_X - 26, PLUG_Y - 14, 52, 28, 5);
        Panels.lamp(g, PLUG_X, PLUG_Y, 16, false);
    }

    private static void cable(PGraphics g, int cell, int columns, float pitch, boolean inhibitory, boolean lit) {
        float x0 = x(cell, columns, pitch);
        float y0 = y(cell, columns, pitch);
        float c1y = y0 + 40;
        float c2y = PLUG_Y - 90;
        int colour = inhibitory ? Palette.INHIBITORY : Palette.EXCITATORY;
        if (!lit) {
            colour = (colour & 0x00FFFFFF) | 0x99000000;
        }
        if (inhibitory) {
            g.noStroke();
            g.fill(colour);
            for (int k = 0; k <= 16; k++) {
                float t = k / 16f;
                g.ellipse(g.bezierPoint(x0, x0, PLUG_X, PLUG_X, t), g.bezierPoint(y0, c1y, c2y, PLUG_Y, t), 3, 3);
            }
        } else {
            g.noFill();
            g.stroke(colour);
            g.strokeWeight(2);
            g.bezier(x0, y0, x0, c1y, PLUG_X, c2y, PLUG_X, PLUG_Y);
        }
        g.noStroke();
        g.fill(inhibitory ? Palette.INHIBITORY : Palette.EXCITATORY);
        g.ellipse(x0, y0, pitch * 0.6f, pitch * 0.6f);
    }

    static float x(int cell, int columns, float pitch) {
        return FIELD_X + (cell % columns + 0.5f) * pitch;
    }

    static float y(int cell, int columns, float pitch) {
        return FIELD_Y + (cell / columns + 0.5f) * pitch;
    }
}
