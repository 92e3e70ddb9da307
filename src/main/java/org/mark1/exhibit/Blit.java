package org.mark1.exhibit;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;
import processing.core.PGraphics;

/**
 * Pictures painted once with Processing and then stamped many times per frame through the JAVA2D
 * renderer's own Graphics2D: the background layer, lit lamps. Processing's image() copies a
 * picture's pixels into a cache it checks each time, which costs a whole frame's budget for the
 * background alone; stamping the finished image keeps the full scene at 60 frames a second.
 */
final class Blit {

    private static final Map<Integer, BufferedImage> LAMPS = new HashMap<>();

    private Blit() {
    }

    /** Stamps {@code img} with its top-left corner at (x, y) of {@code g}'s current transform. */
    static void image(PGraphics g, BufferedImage img, float x, float y) {
        ((PGraphicsJava2D) g).g2.drawImage(img, AffineTransform.getTranslateInstance(x, y), null);
    }

    /** The pixels of a finished offscreen canvas as an image that stamps quickly. */
    static BufferedImage of(PGraphics canvas, boolean alpha) {
        canvas.loadPixels();
        BufferedImage img = new BufferedImage(canvas.width, canvas.height,
                alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB);
        if (alpha) {
            BufferedImage plain = new BufferedImage(canvas.width, canvas.height, BufferedImage.TYPE_INT_ARGB);
            plain.setRGB(0, 0, canvas.width, canvas.height, canvas.pixels, 0, canvas.width);
            var g = img.createGraphics();
            g.drawImage(plain, 0, 0, null);
            g.dispose();
        } else {
            img.setRGB(0, 0, canvas.width, canvas.height, canvas.pixels, 0, canvas.width);
        }
        return img;
    }

    /**
     * A transparent layer's pixels drawn straight from {@code canvas}'s own image into {@code into}
     * when it has the canvas's size (a layer painted again), else into a new image: no copy through
     * an int array, no new image a frame.
     */
    static BufferedImage layer(PGraphics canvas, BufferedImage into) {
        if (!(canvas.image instanceof BufferedImage src)) {
            return of(canvas, true);
        }
        BufferedImage img = into != null && into.getWidth() == canvas.width && into.getHeight() == canvas.height ? into
                : new BufferedImage(canvas.width, canvas.height, BufferedImage.TYPE_INT_ARGB_PRE);
        var g = img.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return img;
    }

    /** A lit lamp of diameter {@code d} centred at (x, y), painted once per size with Processing. */
    static void litLamp(PGraphics g, float x, float y, float d) {
        int key = Math.round(d * 4);
        BufferedImage sprite;
        synchronized (LAMPS) {
            sprite = LAMPS.computeIfAbsent(key, k -> paintLamp(g.parent, k / 4f));
        }
        image(g, sprite, x - sprite.getWidth() / 2f, y - sprite.getHeight() / 2f);
    }

    private static BufferedImage paintLamp(PApplet parent, float d) {
        int size = (int) Math.ceil(d * 1.8f) + 2;
        PGraphics c = Offscreen.canvas(parent, size, size);
        c.smooth(4);
        c.beginDraw();
        c.clear();
        Panels.paintLitLamp(c, size / 2f, size / 2f, d);
        c.endDraw();
        return of(c, true);
    }
}
