package org.mark1.stimulus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mark1.io.InvalidValue;
import org.mark1.io.Keyword;

/**
 * Where in its region a card's figure goes: {@code random} (anywhere the whole figure fits,
 * uniformly), {@code centred} (in the middle), or a fixed place {@code {x, y}}: the middle of the
 * figure at that point, in photocells. Centred and fixed figures move by up to the jitter each way.
 *
 * @param kind which of the three
 * @param x    with {@code at}: the figure's middle, from the left
 * @param y    with {@code at}: the figure's middle, from the top
 */
public record Position(PositionKind kind, double x, double y) {

    public static final Position RANDOM = new Position(PositionKind.RANDOM, 0, 0);
    public static final Position CENTRED = new Position(PositionKind.CENTRED, 0, 0);

    /** The three kinds of position. */
    public enum PositionKind implements Keyword {
        RANDOM, CENTRED, AT
    }

    public Position {
        if (kind == null) {
            throw new IllegalArgumentException("a position needs its kind");
        }
        if (kind == PositionKind.AT) {
            InvalidValue.requireRange("x", x, 0, 10_000);
            InvalidValue.requireRange("y", y, 0, 10_000);
        }
    }

    /** A fixed place, as a scenario writes it. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static Position at(@JsonProperty(value = "x", required = true) double x,
            @JsonProperty(value = "y", required = true) double y) {
        return new Position(PositionKind.AT, x, y);
    }

    /** {@code random} or {@code centred}, as a scenario writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Position named(String name) {
        if (PositionKind.RANDOM.id().equals(name)) {
            return RANDOM;
        }
        if (PositionKind.CENTRED.id().equals(name)) {
            return CENTRED;
        }
        throw new InvalidValue(null, "'" + name + "' is not a position; allowed: random, centred, or {x, y} in photocells");
    }

    @JsonValue
    public Object written() {
        if (kind != PositionKind.AT) {
            return kind.id();
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("x", x);
        m.put("y", y);
        return m;
    }
}
