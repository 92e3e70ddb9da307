package org.mark1.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.mark1.io.InvalidValue;

/**
 * The master seeds an experiment is repeated with, as a scenario's {@code seeds:} key or the
 * {@code --seeds} option writes them: a count ({@code 20}: the scenario's own seed and the next 19)
 * or a range ({@code 1001-1020}, both ends included).
 *
 * @param count with the count form, how many seeds from the base seed on; 0 with the range form
 * @param first with the range form, the first seed
 * @param last  with the range form, the last seed
 */
public record Seeds(int count, long first, long last) {

    /** The most seeds one experiment may be repeated with. */
    public static final int MAX = 1000;

    private static final Pattern RANGE = Pattern.compile("(\\d{1,18})\\s*-\\s*(\\d{1,18})");
    private static final String FORMS = "write a count of seeds (e.g. 20) or a range (e.g. 1001-1020)";

    public Seeds {
        if (count != 0) {
            InvalidValue.requireRange(null, count, 1, MAX);
        } else {
            if (first < 0 || last < first) {
                throw new InvalidValue(null, first + "-" + last + " is an empty range; " + FORMS);
            }
            if (last - first >= MAX) {
                throw new InvalidValue(null, first + "-" + last + " holds " + (last - first + 1) + " seeds; at most " + MAX);
            }
        }
    }

    /** {@code n} seeds from the base seed on. */
    public static Seeds count(int n) {
        return new Seeds(InvalidValue.requireRange(null, n, 1, MAX), 0, 0);
    }

    /** The seeds {@code first} to {@code last}, both included. */
    public static Seeds range(long first, long last) {
        return new Seeds(0, first, last);
    }

    /** Reads {@code 20} or {@code 1001-1020}; anything else is an {@link InvalidValue} saying both forms. */
    public static Seeds parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,9}")) {
            return count(Integer.parseInt(t));
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            return range(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        }
        throw new InvalidValue(null, "'" + t + "' is not a number of seeds; " + FORMS);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Seeds fromFile(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return count(node.intValue());
        }
        if (node.isTextual()) {
            return parse(node.textValue());
        }
        throw new InvalidValue(null, "'" + (node.isValueNode() ? node.asText() : node.toString()) + "' is not a number of seeds; " + FORMS);
    }

    /** As written in files: the count, or the range as text. */
    @JsonValue
    Object written() {
        return count != 0 ? (Object) count : first + "-" + last;
    }

    /** The seeds, in order, counting from {@code base} with the count form. */
    public List<Long> list(long base) {
        return count != 0 ? LongStream.range(base, base + count).boxed().toList()
                : LongStream.rangeClosed(first, last).boxed().toList();
    }

    /** The same seeds as a range, counted from {@code base} with the count form. */
    public Seeds resolved(long base) {
        return count != 0 ? range(base, base + count - 1) : this;
    }

    /** How many seeds. */
    public int size() {
        return count != 0 ? count : (int) (last - first + 1);
    }
}
