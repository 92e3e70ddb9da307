package org.mark1.exhibit;

import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import processing.core.PGraphics;

/**
 * One part of a view painted with Processing onto a transparent layer and kept while what it shows
 * stays the same (the same key), so a frame stamps it instead of painting it again.
 */
final class LayerCache {

    private final Box box;
    private Object key;
    private BufferedImage layer;
    private PGraphics canvas;

    LayerCache(Box box) {
        this.box = box;
    }

    /** Stamps the layer for {@code newKey}, painting it first with {@code painter} when the key changed. */
    void paint(PGraphics g, Object newKey, Consumer<PGraphics> painter) {
        if (layer == null || !newKey.equals(key)) {
            PGraphics c = canvas == null ? (canvas = Offscreen.canvas(g.parent, (int) Math.ceil(box.w()), (int) Math.ceil(box.h()))) : canvas;
            c.smooth(4);
            c.beginDraw();
            c.clear();
            c.textFont(Panels.FONT);
            c.translate(-box.x(), -box.y());
            painter.accept(c);
            c.endDraw();
            layer = Blit.layer(c, layer);
            key = newKey;
        }
        Blit.image(g, layer, box.x(), box.y());
    }
}
