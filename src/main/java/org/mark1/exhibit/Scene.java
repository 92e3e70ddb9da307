package org.mark1.exhibit;

import java.util.List;
import processing.core.PApplet;
import processing.core.PFont;
import processing.core.PGraphics;

/**
 * The front panel: the views, left to right, over a background layer painted once (plates, dial
 * faces, dark lamps) and again only when the language changes. Paints into any {@link PGraphics}:
 * the window's, or an offscreen one for PNG frames.
 */
final class Scene {

    private final PApplet parent;
    private final List<View> views;
    private final PFont font;
    private PGraphics layer;
    private Labels.Language layerLanguage;

    Scene(PApplet parent, int rows, int columns, int aUnits, int lamps) {
        this.parent = parent;
        this.views = List.of(new CaptionView(), new RetinaView(rows, columns), new PlugboardView(), new AUnitView(aUnits),
                new KnobView(aUnits), new LampView(lamps), new CurveView());
        // A logical font: on Linux it is DejaVu Sans, which has the Cyrillic letters the Russian labels need.
        this.font = new PFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 24), true);
    }

    /** Paints the still onto {@code g} (between its beginDraw and endDraw, if offscreen). */
    void paint(PGraphics g, Still s) {
        if (layer == null || layerLanguage != s.labels().language()) {
            layer = background(s.labels());
            layerLanguage = s.labels().language();
        }
        g.image(layer, 0, 0);
        g.textFont(font);
        for (View v : views) {
            v.paint(g, s);
        }
    }

    private PGraphics background(Labels labels) {
        PGraphics b = Offscreen.canvas(parent, Layout.WIDTH, Layout.HEIGHT);
        b.smooth(4);
        b.beginDraw();
        b.textFont(font);
        b.background(Palette.ROOM);
        for (View v : views) {
            v.paintStatic(b, labels);
        }
        b.endDraw();
        return b;
    }
}
