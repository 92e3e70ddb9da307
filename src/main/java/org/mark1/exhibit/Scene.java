package org.mark1.exhibit;

import java.util.List;
import org.mark1.exhibit.words.Labels;
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
    private final List<View> overlays = List.of(new KioskView());
    private final View field = new FieldView();
    private final View mcp = new McpView();
    private final View history = new HistoryView();
    private final PFont font;
    private java.awt.image.BufferedImage layer;
    private Labels.Language layerLanguage;

    Scene(PApplet parent, int rows, int columns, int aUnits, int lamps) {
        this.parent = parent;
        this.views = List.of(new CaptionView(), new RetinaView(rows, columns), new PlugboardView(rows, columns), new AUnitView(aUnits),
                new KnobView(aUnits), new LampView(lamps), new CurveView());
        this.font = Panels.FONT;
    }

    /** Paints the still onto {@code g} (between its beginDraw and endDraw, if offscreen). */
    void paint(PGraphics g, Still s) {
        if (layer == null || layerLanguage != s.labels().language()) {
            layer = background(s.labels());
            layerLanguage = s.labels().language();
        }
        Blit.image(g, layer, 0, 0);
        g.textFont(font);
        switch (s.mode()) {
            case MACHINE -> views.forEach(v -> v.paint(g, s));
            case FIELD -> paintOver(g, s, field);
            case MCP -> paintOver(g, s, mcp);
            case HISTORY -> paintOver(g, s, history);
            default -> throw new IllegalStateException(s.mode().toString());
        }
        if (s.mode() == Exhibit.PanelMode.MACHINE) {
            overlays.forEach(v -> v.paint(g, s));
        }
    }

    /** A view that fills the panel between the name plate and the caption. */
    private void paintOver(PGraphics g, Still s, View v) {
        g.noStroke();
        g.fill(Palette.ROOM);
        g.rect(0, 56, PanelGeometry.WIDTH, PanelGeometry.CAPTION.y() - 60);
        v.paint(g, s);
        views.get(0).paint(g, s); // the caption and the clock stay
        KioskView.wayBack(g, s.labels());
    }

    private java.awt.image.BufferedImage background(Labels labels) {
        PGraphics b = Offscreen.canvas(parent, PanelGeometry.WIDTH, PanelGeometry.HEIGHT);
        b.smooth(4);
        b.beginDraw();
        b.textFont(font);
        b.background(Palette.ROOM);
        for (View v : views) {
            v.paintStatic(b, labels);
        }
        b.endDraw();
        return Blit.of(b, false);
    }
}
