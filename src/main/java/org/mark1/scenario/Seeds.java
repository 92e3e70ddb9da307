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

    /** The largest seed; seeds run from 0 to this. */
    public static final long LAST_SEED = Long.MAX_VALUE;

    private static final Pattern RANGE = Pattern.compile("(\\d{1,30})\\s*-\\s*(\\d{1,30})");
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
            try {
                return range(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            } catch (NumberFormatException e) {
                throw new InvalidValue(null, "'" + t + "' names a seed beyond the largest, " + LAST_SEED + "; " + FORMS);
            }
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
    public Object written() {
        return count != 0 ? (Object) count : first + "-" + last;
    }

    /**
     * The seeds, in order, counting from {@code base} with the count form; a count from a seed below 0,
     * or one that would run past {@link #LAST_SEED}, is an {@link InvalidValue}.
     */
    public List<Long> list(long base) {
        Seeds r = resolved(base);
        return LongStream.rangeClosed(r.first, r.last).boxed().toList();
    }

    /** The same seeds as a range, counted from {@code base} with the count form (checked as {@link #list}). */
    public Seeds resolved(long base) {
        return count != 0 ? range(first(base, count), base + count - 1) : this;
    }

    /**
     * {@code base}, if {@code count} seeds counted from it are all seeds (0 to {@link #LAST_SEED});
     * else an {@link InvalidValue} saying why. Every count of seeds (run, compare, sensitivity,
     * bench, replay, their files) is checked here.
     */
    public static long first(long base, long count) {
        if (base < 0) {
            throw new InvalidValue(null, count + " seeds counted from seed " + base + ": seeds run from 0 to " + LAST_SEED
                    + "; start from a seed of 0 or more, or give a range (e.g. 1001-1020)");
        }
        if (count > 0 && base > LAST_SEED - (count - 1)) {
            throw new InvalidValue(null, count + " seeds counted from seed " + base + " run past the largest seed, " + LAST_SEED
                    + "; start from a smaller seed, or give a range (e.g. 1001-1020)");
        }
        return base;
    }

    /** As {@link #first}, a fault an {@link org.mark1.io.InputError} that begins with {@code where} (an option or a file). */
    public static long first(String where, long base, long count) {
        try {
            return first(base, count);
        } catch (InvalidValue e) {
            throw new org.mark1.io.InputError(where + ": " + e.problem());
        }
    }

    /** As {@link #list}, a fault an {@link org.mark1.io.InputError} that begins with {@code where} (an option or a file). */
    public static List<Long> list(String where, Seeds seeds, long base) {
        try {
            return seeds.list(base);
        } catch (InvalidValue e) {
            throw new org.mark1.io.InputError(where + ": " + e.problem());
        }
    }

    /** How many seeds. */
    public int size() {
        return count != 0 ? count : (int) (last - first + 1);
    }
}
