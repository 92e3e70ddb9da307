package org.mark1.stimulus;

import java.util.ArrayList;
import java.util.List;

/**
 * A capital letter of a shipped {@link Typeface}, drawn with a round pen {@code pen} photocells
 * wide along the glyph's strokes, as a typewriter or a printer would put ink on a card.
 *
 * @param typeface the face
 * @param letter   A-Z
 * @param pen      the width of the stroke, in photocells
 */
public record Letter(Typeface typeface, char letter, double pen) implements Design {

    public Letter {
        typeface.glyph(letter); // refuses anything but A-Z
        if (!(pen > 0)) {
            throw new IllegalArgumentException("pen " + pen + " must be positive");
        }
    }

    @Override
    public String id() {
        return typeface.id() + " " + letter;
    }

    /** {@code size} is the height of a capital; the letter is turned about the middle of its strokes. */
    @Override
    public Ink ink(double size, double degrees) {
        Glyph g = typeface.glyph(letter);
        double scale = size / typeface.capHeight();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] s : g.strokes()) {
            for (int i = 0; i < s.length; i += 2) {
                minX = Math.min(minX, s[i]);
                maxX = Math.max(maxX, s[i]);
                minY = Math.min(minY, s[i + 1]);
                maxY = Math.max(maxY, s[i + 1]);
            }
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double cos = StrictMath.cos(StrictMath.toRadians(degrees)); // StrictMath: the same card on every computer
        double sin = StrictMath.sin(StrictMath.toRadians(degrees));
        List<double[]> segments = new ArrayList<>();
        for (double[] s : g.strokes()) {
            double[] p = new double[s.length];
            for (int i = 0; i < s.length; i += 2) {
                double x = (s[i] - cx) * scale;
                double y = (s[i + 1] - cy) * scale;
                p[i] = x * cos - y * sin;
                p[i + 1] = x * sin + y * cos;
            }
            if (p.length == 2) {
                segments.add(new double[] {p[0], p[1], p[0], p[1]}); // a dot
            }
            for (int i = 0; i + 3 < p.length; i += 2) {
                segments.add(new double[] {p[i], p[i + 1], p[i + 2], p[i + 3]});
            }
        }
        return new Strokes(segments.toArray(double[][]::new), pen / 2);
    }
}
