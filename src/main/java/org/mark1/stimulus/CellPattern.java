package org.mark1.stimulus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.mark1.io.InvalidValue;
import org.mark1.io.Keyword;

/**
 * A class's cards as photocells lit in code rather than figures printed and photographed: either
 * random {@code dots} (a number of distinct cells, lit fully, anywhere in a region) or some of a
 * few named {@code cells}, in both cases only the cards that satisfy the class's predicate:
 * {@code parity} (even or odd number of lit cells) and/or {@code connected} (the lit cells form one
 * piece, or more than one, under {@code connectivity} 4 or 8). Minsky and Papert's predicates,
 * written as a scenario writes them:
 *
 * <pre>
 * pattern: {dots: {count: {min: 1, max: 12}, region: {x: 6, y: 6, width: 8, height: 8}}, parity: odd}
 * pattern: {cells: [[9, 9], [9, 10]], parity: odd}    # XOR of two cells: one lit, not both
 * pattern: {dots: {count: 6}, connected: true, connectivity: 4}
 * </pre>
 *
 * @param dots         random dots: how many, and where
 * @param cells        the cells {@code [row, column]} (from 0, top-left) whose every subset that satisfies the
 *                     predicate is a card, taken in turn
 * @param parity       the number of lit cells is even or odd; absent: either
 * @param connected    the lit cells are one piece ({@code true}) or more ({@code false}); absent: either
 * @param connectivity which cells touch: 4 (sharing a side; the default, our choice) or 8 (also a corner)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CellPattern(Dots dots, List<List<Integer>> cells, Parity parity, Boolean connected, Integer connectivity) {

    /** Most named cells (every subset of them is a possible card). */
    public static final int MAX_CELLS = 16;

    /** Even or odd. */
    public enum Parity implements Keyword {
        EVEN, ODD
    }

    public CellPattern {
        if ((dots == null) == (cells == null)) {
            throw new InvalidValue(null, "a pattern has either dots: {count, region} or cells: [[row, column], ...]; give one");
        }
        if (cells != null) {
            if (cells.isEmpty() || cells.size() > MAX_CELLS) {
                throw new InvalidValue("cells", "lists " + cells.size() + " cells; allowed: 1 to " + MAX_CELLS);
            }
            for (int i = 0; i < cells.size(); i++) {
                List<Integer> c = cells.get(i);
                if (c == null || c.size() != 2 || c.get(0) == null || c.get(1) == null || c.get(0) < 0 || c.get(1) < 0) {
                    throw new InvalidValue("cells/" + i, "must be [row, column], two whole numbers from 0");
                }
                if (cells.indexOf(c) < i) {
                    throw new InvalidValue("cells/" + i, c + " is listed twice; list each cell once");
                }
            }
            cells = cells.stream().map(List::copyOf).toList();
        }
        if (connectivity != null && connected == null) {
            throw new InvalidValue("connectivity", "says which cells touch for 'connected'; give connected: true or false, or remove it");
        }
        connectivity = connectivity == null ? (connected == null ? null : 4) : connectivity;
        if (connectivity != null && connectivity != 4 && connectivity != 8) {
            throw new InvalidValue("connectivity", connectivity + " is not allowed; allowed: 4 (cells sharing a side) "
                    + "or 8 (also a corner)");
        }
        if (connected != null && dots != null && dots.count().min() < 1) {
            throw new InvalidValue("dots/count/min", "0 dots are neither one piece nor several; allowed: from 1 with 'connected'");
        }
    }

    /**
     * Random dots.
     *
     * @param count  how many dots: a number, or {min, max} (uniform)
     * @param region where: as a figure's region; absent: the whole retina
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dots(@JsonProperty(required = true) Count count, Region region) {
        public Dots {
            if (count == null) {
                throw new InvalidValue("count", "is missing; give a number of dots or {min, max}");
            }
            region = region == null ? Region.WHOLE : region;
        }
    }

    /** A number of dots, or a range to draw it from uniformly. */
    public record Count(int min, int max) {
        public Count {
            InvalidValue.requireRange("min", min, 0, 1_000_000);
            InvalidValue.requireRange("max", max, min, 1_000_000);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Count exactly(int n) {
            InvalidValue.requireRange(null, n, 0, 1_000_000);
            return new Count(n, n);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static Count range(@JsonProperty(value = "min", required = true) int min,
                @JsonProperty(value = "max", required = true) int max) {
            return new Count(min, max);
        }

        @JsonValue
        public Object written() {
            if (min == max) {
                return min;
            }
            Map<String, Integer> range = new java.util.LinkedHashMap<>(); // written in this order in every JVM (Map.of's order is not)
            range.put("min", min);
            range.put("max", max);
            return range;
        }
    }

    /** Whether the lit cells of a {@code rows x columns} card (row-major) satisfy this class's predicate. */
    public boolean accepts(BitSet lit, int rows, int columns) {
        if (parity != null && (lit.cardinality() % 2 == 0) != (parity == Parity.EVEN)) {
            return false;
        }
        if (connected == null) {
            return true;
        }
        int pieces = pieces(lit, rows, columns, connectivity);
        return pieces > 0 && (pieces == 1) == connected; // a blank card is neither one piece nor several
    }

    /** The number of separate pieces the lit cells form, cells touching under {@code connectivity} 4 or 8. */
    public static int pieces(BitSet lit, int rows, int columns, int connectivity) {
        BitSet seen = new BitSet(rows * columns);
        int pieces = 0;
        int[] stack = new int[rows * columns];
        for (int start = lit.nextSetBit(0); start >= 0; start = lit.nextSetBit(start + 1)) {
            if (seen.get(start)) {
                continue;
            }
            pieces++;
            int top = 0;
            stack[top++] = start;
            seen.set(start);
            while (top > 0) {
                int cell = stack[--top];
                int r = cell / columns;
                int c = cell % columns;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        boolean side = dr == 0 ^ dc == 0;
                        if ((dr == 0 && dc == 0) || (!side && connectivity == 4)) {
                            continue;
                        }
                        int rr = r + dr;
                        int cc = c + dc;
                        int n = rr * columns + cc;
                        if (rr >= 0 && rr < rows && cc >= 0 && cc < columns && lit.get(n) && !seen.get(n)) {
                            seen.set(n);
                            stack[top++] = n;
                        }
                    }
                }
            }
        }
        return pieces;
    }

    /** "dots 1-12 in the whole retina, odd", as captions show it. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (dots != null) {
            parts.add("dots " + (dots.count().min() == dots.count().max() ? String.valueOf(dots.count().min())
                    : dots.count().min() + "-" + dots.count().max()));
        } else {
            parts.add("cells " + cells);
        }
        if (parity != null) {
            parts.add(parity.id());
        }
        if (connected != null) {
            parts.add((connected ? "connected" : "disconnected") + " (" + connectivity + "-connectivity)");
        }
        return String.join(", ", parts);
    }
}
