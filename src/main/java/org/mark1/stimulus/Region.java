package org.mark1.stimulus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mark1.io.InvalidValue;
import org.mark1.io.Keyword;

/**
 * The part of the retina a class's cards are printed in: the whole retina, one of its halves, or a
 * rectangle {@code {x, y, width, height}} in photocells (x from the left, y from the top). Written
 * in a scenario as a word ({@code left-half}) or a mapping.
 *
 * @param half  a named part, or null for a rectangle
 * @param x     the rectangle's left edge (0 for a named part)
 * @param y     its top edge
 * @param width its width
 * @param height its height
 */
public record Region(Half half, double x, double y, double width, double height) {

    /** The whole retina. */
    public static final Region WHOLE = new Region(Half.WHOLE, 0, 0, 0, 0);

    /** The named parts of the retina. */
    public enum Half implements Keyword {
        WHOLE, LEFT_HALF, RIGHT_HALF, TOP_HALF, BOTTOM_HALF
    }

    public Region {
        if (half == null) {
            InvalidValue.requireRange("x", x, 0, 10_000);
            InvalidValue.requireRange("y", y, 0, 10_000);
            InvalidValue.requireRange("width", width, 0.5, 10_000);
            InvalidValue.requireRange("height", height, 0.5, 10_000);
        } else if (x != 0 || y != 0 || width != 0 || height != 0) {
            throw new IllegalArgumentException("a named region has no rectangle");
        }
    }

    /** A rectangle, as a scenario writes it. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static Region rectangle(@JsonProperty(value = "x", required = true) double x,
            @JsonProperty(value = "y", required = true) double y,
            @JsonProperty(value = "width", required = true) double width,
            @JsonProperty(value = "height", required = true) double height) {
        return new Region(null, x, y, width, height);
    }

    /** A named part, as a scenario writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Region named(String name) {
        for (Half h : Half.values()) {
            if (h.id().equals(name)) {
                return new Region(h, 0, 0, 0, 0);
            }
        }
        throw new InvalidValue(null, "'" + name + "' is not a region; allowed: " + Arrays.stream(Half.values())
                .map(Half::id).collect(Collectors.joining(", ")) + ", or {x, y, width, height} in photocells");
    }

    /** As a scenario writes it: the name, or the rectangle. */
    @JsonValue
    public Object written() {
        if (half != null) {
            return half.id();
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("x", x);
        m.put("y", y);
        m.put("width", width);
        m.put("height", height);
        return m;
    }

    /** The region on a {@code rows x columns} retina. */
    public Rectangle2D on(int rows, int columns) {
        if (half == null) {
            return new Rectangle2D.Double(x, y, width, height);
        }
        return switch (half) {
            case WHOLE -> new Rectangle2D.Double(0, 0, columns, rows);
            case LEFT_HALF -> new Rectangle2D.Double(0, 0, columns / 2.0, rows);
            case RIGHT_HALF -> new Rectangle2D.Double(columns / 2.0, 0, columns / 2.0, rows);
            case TOP_HALF -> new Rectangle2D.Double(0, 0, columns, rows / 2.0);
            case BOTTOM_HALF -> new Rectangle2D.Double(0, rows / 2.0, columns, rows / 2.0);
        };
    }

    /** "the left-half region (10 x 20 photocells)". */
    public String describe(int rows, int columns) {
        Rectangle2D r = on(rows, columns);
        String what = half == Half.WHOLE ? "the " + rows + " x " + columns + " retina"
                : "the " + (half != null ? half.id() + " region" : "region") + " (" + fmt(r.getWidth()) + " x "
                + fmt(r.getHeight()) + " photocells)";
        return what;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
