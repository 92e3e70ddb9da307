package org.mark1.mcp;

import java.util.Arrays;
import org.mark1.io.InvalidValue;

/**
 * When an input neuron fires: one symbol per tick from tick 0, {@code 1} for firing and {@code 0}
 * for silence, spaces allowed between ticks ({@code "0 0 1 0"} or {@code "0010"}). After its last
 * symbol the input is silent.
 */
public final class Timeline {
    /** The longest timeline, in ticks: as long as the longest run. */
    public static final int MAX_TICKS = 10_000;

    private final boolean[] ticks;

    private Timeline(boolean[] ticks) {
        this.ticks = ticks;
    }

    public static Timeline of(boolean... ticks) {
        return new Timeline(ticks.clone());
    }

    /**
     * Reads a timeline. A bad symbol is an {@link InvalidValue} whose problem names its column,
     * counted from {@code firstColumn} (the column of the text's first character where it came from).
     */
    public static Timeline parse(String text, int firstColumn) {
        boolean[] ticks = new boolean[Math.min(text.length(), MAX_TICKS)];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '0' || c == '1') {
                if (n == MAX_TICKS) {
                    throw new InvalidValue(null, "column " + (firstColumn + i) + ": more than " + MAX_TICKS
                            + " ticks; the limit is " + MAX_TICKS);
                }
                ticks[n++] = c == '1';
            } else if (!Character.isWhitespace(c)) {
                throw new InvalidValue(null, "column " + (firstColumn + i) + ": " + shown(c)
                        + " is not 0 or 1; write one 0 (silent) or 1 (fires) per tick, e.g. 0 1 0 0");
            }
        }
        return new Timeline(Arrays.copyOf(ticks, n));
    }

    private static String shown(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
                ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    /** Whether the input fires at tick t (silent before 0 and after the timeline's end). */
    public boolean fires(int t) {
        return t >= 0 && t < ticks.length && ticks[t];
    }

    /** The number of ticks written. */
    public int length() {
        return ticks.length;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (boolean tick : ticks) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tick ? '1' : '0');
        }
        return b.toString();
    }
}
