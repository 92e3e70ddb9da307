package org.mark1.exhibit;

import processing.core.PConstants;
import processing.core.PFont;
import processing.core.PGraphics;

/** Shared drawing of the front panel's plates and lettering. */
final class Panels {

    static final float TITLE = 13;

    /**
     * The one typeface of the panel: a logical font, DejaVu Sans on Linux, which has the Cyrillic
     * letters the Russian labels need.
     */
    static final PFont FONT = new PFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 24), true);

    private Panels() {
    }

    /** A recessed plate with its engraved title. */
    static void plate(PGraphics g, Box b, String title) {
        g.noStroke();
        g.fill(Palette.BEZEL);
        g.rect(b.x() - 2, b.y() - 2, b.w() + 4, b.h() + 4, 7);
        g.fill(Palette.PANEL);
        g.stroke(Palette.PANEL_EDGE);
        g.strokeWeight(1);
        g.rect(b.x(), b.y(), b.w(), b.h(), 6);
        title(g, b, title);
    }

    static void title(PGraphics g, Box b, String title) {
        g.fill(Palette.LETTERING_DIM);
        g.textSize(TITLE);
        g.textAlign(PConstants.LEFT, PConstants.TOP);
        g.text(title, b.x() + 10, b.y() + 7);
    }

    /** A round lamp at (x, y) of diameter d, lit or dark. */
    static void lamp(PGraphics g, float x, float y, float d, boolean lit) {
        if (lit) {
            Blit.litLamp(g, x, y, d);
        } else {
            g.noStroke();
            g.fill(Palette.LAMP_OFF);
            g.ellipse(x, y, d, d);
        }
    }

    /** A lit lamp: a warm glow, the bulb, its bright filament spot. */
    static void paintLitLamp(PGraphics g, float x, float y, float d) {
        g.noStroke();
        g.fill(Palette.LAMP_GLOW);
        g.ellipse(x, y, d * 1.7f, d * 1.7f);
        g.fill(Palette.LAMP_ON);
        g.ellipse(x, y, d, d);
        g.fill(Palette.LAMP_CORE);
        g.ellipse(x - d * 0.12f, y - d * 0.12f, d * 0.45f, d * 0.45f);
    }
}
