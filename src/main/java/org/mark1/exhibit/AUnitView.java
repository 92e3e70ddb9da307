package org.mark1.exhibit;

import processing.core.PConstants;
import processing.core.PGraphics;

/** The 512 association units as lamps, lit when the unit fires; the one whose wires are shown is ringed. */
final class AUnitView implements View {

    private final int units;

    AUnitView(int units) {
        this.units = units;
    }

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        Panels.plate(g, Layout.A_UNITS, labels.get("panel.aunits"));
        for (int a = 0; a < units; a++) {
            Panels.lamp(g, Layout.aUnitX(a), Layout.aUnitY(a), Layout.A_CELL * 0.7f, false);
        }
    }

    @Override
    public void paint(PGraphics g, Still s) {
        int n = s.machine().positions().length;
        float d = Layout.A_CELL * 0.7f;
        for (int a : s.machine().active()) {
            Panels.lamp(g, Layout.aUnitX(a), Layout.aUnitY(a), d, true);
        }
        g.noFill();
        g.stroke(Palette.EXCITATORY);
        g.strokeWeight(1.5f);
        g.ellipse(Layout.aUnitX(s.unit()), Layout.aUnitY(s.unit()), Layout.A_CELL * 1.3f, Layout.A_CELL * 1.3f);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(11);
        g.textAlign(PConstants.CENTER, PConstants.BOTTOM);
        g.text(s.machine().active().length + " / " + n, Layout.A_UNITS.x() + Layout.A_UNITS.w() / 2,
                Layout.A_UNITS.bottom() - 3);
    }

    /** The A-unit under the point (x, y) of the canvas, or -1. */
    static int at(float x, float y, int units) {
        int col = (int) Math.floor((x - Layout.A_X) / Layout.A_CELL);
        int row = (int) Math.floor((y - Layout.A_Y) / Layout.A_CELL);
        int a = row * Layout.A_COLUMNS + col;
        return col < 0 || col >= Layout.A_COLUMNS || row < 0 || a >= units ? -1 : a;
    }
}
