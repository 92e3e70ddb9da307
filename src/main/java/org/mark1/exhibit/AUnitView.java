package org.mark1.exhibit;

import org.mark1.exhibit.words.Labels;
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
        Panels.plate(g, PanelGeometry.A_UNITS, labels.get("panel.aunits"));
        for (int a = 0; a < units; a++) {
            Panels.lamp(g, PanelGeometry.aUnitX(a), PanelGeometry.aUnitY(a), PanelGeometry.A_CELL * 0.7f, false);
        }
    }

    @Override
    public void paint(PGraphics g, Still s) {
        int n = s.machine().positions().length;
        float d = PanelGeometry.A_CELL * 0.7f;
        for (int a : s.machine().active()) {
            Panels.lamp(g, PanelGeometry.aUnitX(a), PanelGeometry.aUnitY(a), d, true);
        }
        g.noFill();
        g.stroke(Palette.EXCITATORY);
        g.strokeWeight(1.5f);
        g.ellipse(PanelGeometry.aUnitX(s.unit()), PanelGeometry.aUnitY(s.unit()), PanelGeometry.A_CELL * 1.3f, PanelGeometry.A_CELL * 1.3f);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(11);
        g.textAlign(PConstants.CENTER, PConstants.BOTTOM);
        g.text(s.machine().active().length + " / " + n, PanelGeometry.A_UNITS.x() + PanelGeometry.A_UNITS.w() / 2,
                PanelGeometry.A_UNITS.bottom() - 3);
    }

    /** The A-unit under the point (x, y) of the canvas, or -1. */
    static int at(float x, float y, int units) {
        int col = (int) Math.floor((x - PanelGeometry.A_X) / PanelGeometry.A_CELL);
        int row = (int) Math.floor((y - PanelGeometry.A_Y) / PanelGeometry.A_CELL);
        int a = row * PanelGeometry.A_COLUMNS + col;
        return col < 0 || col >= PanelGeometry.A_COLUMNS || row < 0 || a >= units ? -1 : a;
    }
}
