package org.mark1.exhibit;

import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;
import processing.core.PGraphics;

/**
 * An offscreen JAVA2D canvas, made as PApplet.createGraphics makes one but without needing a
 * running sketch, so frames can be drawn with no display at all.
 */
final class Offscreen {

    private Offscreen() {
    }

    static PGraphics canvas(PApplet parent, int width, int height) {
        PGraphicsJava2D g = new PGraphicsJava2D();
        g.setParent(parent);
        g.setPrimary(false);
        g.setSize(width, height);
        return g;
    }
}
