package org.mark1.exhibit;

import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The card as the camera sees it (grey: the light on each cell) and the 20 x 20 retina as lamps,
 * one lit for each photocell that fires. The front panel of the Mark I showed the retina's state as
 * lamps [S: Wikipedia caption, after Block 1962].
 */
final class RetinaView implements View {

    private final int rows;
    private final int columns;

    RetinaView(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        Panels.plate(g, PanelGeometry.RETINA, labels.get("panel.retina"));
        g.fill(Palette.LETTERING_DIM);
        g.textAlign(PConstants.LEFT, PConstants.TOP);
        g.textSize(11);
        g.text(labels.get("panel.camera"), PanelGeometry.CARD.right() + 10, PanelGeometry.CARD.y());
        g.noStroke();
        g.fill(Palette.BEZEL);
        g.rect(PanelGeometry.RETINA_X - 6, PanelGeometry.RETINA_Y - 6, 20 * PanelGeometry.RETINA_CELL + 12, 20 * PanelGeometry.RETINA_CELL + 12, 4);
        int side = Math.max(rows, columns);
        for (int i = 0; i < rows * columns; i++) {
            Panels.lamp(g, PanelGeometry.retinaX(i, columns, side), PanelGeometry.retinaY(i, columns, side), PanelGeometry.retinaPitch(side) * 0.72f, false);
        }
    }

    @Override
    public void paint(PGraphics g, Still s) {
        paintCard(g, s.card(), rows, columns);
        if (s.kiosk() != null && s.kiosk().sketching()) {
            return; // the visitor's drawing is shown instead (KioskView): one picture at a time
        }
        int side = Math.max(rows, columns);
        float d = PanelGeometry.retinaPitch(side) * 0.72f;
        for (int i : s.machine().lit()) {
            Panels.lamp(g, PanelGeometry.retinaX(i, columns, side), PanelGeometry.retinaY(i, columns, side), d, true);
        }
    }

    private static void paintCard(PGraphics g, double[] light, int rows, int columns) {
        Box b = PanelGeometry.CARD;
        g.noStroke();
        g.fill(Palette.JACK);
        g.rect(b.x(), b.y(), b.w(), b.h());
        if (light == null) {
            return;
        }
        // Whole pixels per cell on whole-pixel corners, so the card shows no seams between cells.
        int cell = (int) Math.floor(Math.min(b.w() / columns, b.h() / rows));
        for (int i = 0; i < light.length; i++) {
            if (light[i] > 0) {
                int grey = (int) Math.round(0x10 + light[i] * 0xE4);
                g.fill(0xFF000000 | grey * 0x010101);
                g.rect(b.x() + (i % columns) * cell, b.y() + (i / columns) * cell, cell, cell);
            }
        }
    }
}
