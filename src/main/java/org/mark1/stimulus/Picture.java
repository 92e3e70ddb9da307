package org.mark1.stimulus;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A card read from an image file: its ink at each pixel, from 0 (white paper) to 1 (black ink).
 * Dark is ink, as on a printed card: a pixel's ink is one minus its luminance
 * (0.299 R + 0.587 G + 0.114 B), laid on white paper by its alpha. Two pictures are the same design
 * when they come from the same file.
 */
public final class Picture implements Design {

    private final String name;
    private final int width;
    private final int height;
    private final float[] ink;

    /** @param ink row-major, {@code width * height} values from 0 to 1 */
    public Picture(String name, int width, int height, float[] ink) {
        if (width < 1 || height < 1 || ink.length != width * height) {
            throw new IllegalArgumentException("picture " + name + ": " + width + " x " + height + " with " + ink.length + " pixels");
        }
        this.name = name;
        this.width = width;
        this.height = height;
        this.ink = ink.clone();
    }

    @Override
    public String id() {
        return name;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** {@code size} is the picture's longer side; each point takes the ink of the pixel it falls on. */
    @Override
    public Ink ink(double size, double degrees) {
        double scale = size / Math.max(width, height);
        AffineTransform toCard = new AffineTransform();
        toCard.rotate(StrictMath.cos(StrictMath.toRadians(degrees)), StrictMath.sin(StrictMath.toRadians(degrees)),
                width * scale / 2, height * scale / 2);
        toCard.scale(scale, scale);
        return new Pixels(toCard);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "picture " + name + " (" + width + " x " + height + ")";
    }

    /** The picture as ink, through a transform from pixel to photocell coordinates. */
    private final class Pixels implements Ink {
        private final AffineTransform toCard;
        private final AffineTransform toPixels;

        Pixels(AffineTransform toCard) {
            this.toCard = toCard;
            try {
                this.toPixels = toCard.createInverse();
            } catch (java.awt.geom.NoninvertibleTransformException e) {
                throw new IllegalArgumentException("a picture of size 0", e);
            }
        }

        @Override
        public Rectangle2D bounds() {
            return toCard.createTransformedShape(new Rectangle2D.Double(0, 0, width, height)).getBounds2D();
        }

        @Override
        public double at(double x, double y) {
            Point2D p = toPixels.transform(new Point2D.Double(x, y), null);
            int u = (int) Math.floor(p.getX());
            int v = (int) Math.floor(p.getY());
            return u < 0 || v < 0 || u >= width || v >= height ? 0 : ink[v * width + u];
        }

        @Override
        public Ink shifted(double dx, double dy) {
            AffineTransform moved = AffineTransform.getTranslateInstance(dx, dy);
            moved.concatenate(toCard);
            return new Pixels(moved);
        }
    }

    /** For tests and pictures: the ink of one pixel. */
    public double inkAt(int u, int v) {
        return ink[v * width + u];
    }
}
