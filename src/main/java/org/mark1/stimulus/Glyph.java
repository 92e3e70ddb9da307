package org.mark1.stimulus;

import java.util.ArrayList;
import java.util.List;

/**
 * One Hershey glyph: pen strokes, each a polyline of points {x0, y0, x1, y1, ...} in glyph units
 * (y downward, 0 at the middle of the em), and the glyph's left and right spacing.
 *
 * <p>The file format (".jhf", James Hurt's): columns 1-5 a number, 6-8 the count of coordinate
 * pairs, then pairs of characters, each coordinate being the character's code minus that of 'R';
 * the first pair is the left and right spacing, and the pair " R" lifts the pen.
 */
public record Glyph(int left, int right, List<double[]> strokes) {

    public Glyph {
        strokes = List.copyOf(strokes);
    }

    static Glyph parse(String line) {
        int pairs = Integer.parseInt(line.substring(5, 8).strip());
        String data = line.substring(8);
        if (data.length() != 2 * pairs) {
            throw new IllegalStateException("glyph line has " + data.length() + " characters for " + pairs + " pairs: " + line);
        }
        List<double[]> strokes = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        for (int i = 2; i < data.length(); i += 2) {
            if (data.charAt(i) == ' ' && data.charAt(i + 1) == 'R') {
                flush(current, strokes);
            } else {
                current.add((double) (data.charAt(i) - 'R'));
                current.add((double) (data.charAt(i + 1) - 'R'));
            }
        }
        flush(current, strokes);
        return new Glyph(data.charAt(0) - 'R', data.charAt(1) - 'R', strokes);
    }

    private static void flush(List<Double> points, List<double[]> strokes) {
        if (!points.isEmpty()) {
            strokes.add(points.stream().mapToDouble(Double::doubleValue).toArray());
            points.clear();
        }
    }

    /** From the highest to the lowest point of the strokes. */
    public double height() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : strokes) {
            for (int i = 1; i < s.length; i += 2) {
                lo = Math.min(lo, s[i]);
                hi = Math.max(hi, s[i]);
            }
        }
        return hi - lo;
    }
}
