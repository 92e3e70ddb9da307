package org.mark1.stimulus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.Keyword;

/**
 * A typeface whose capitals A-Z ship with the project: three of the Hershey vector fonts (A. V.
 * Hershey, U.S. National Bureau of Standards, 1967; data format by James Hurt), read from
 * {@code /fonts/hershey/*.jhf} (see the NOTICE there). No font of the computer is ever used, so a
 * letter is the same card on every machine.
 *
 * <p>A Hershey glyph is a set of pen strokes on a grid of whole units, y downward; every capital of
 * the three faces stands 21 units high (the letter H), which is what "size" measures.
 */
public enum Typeface implements Keyword {
    /** Hershey's simplex face: single strokes, no serifs ("futural" in the distribution). */
    FUTURAL,
    /** Hershey's roman face with serifs and doubled stems ("timesr" in the distribution). */
    TIMESR,
    /**
     * Hershey's italic face with serifs ("timesi" in the distribution): slanted, hairline and doubled
     * strokes. No shipped scenario trains on it, so that one can test on a face never seen.
     */
    TIMESI;

    /** The faces' names as files write them, for messages: "futural, timesr, timesi". */
    public static String names() {
        return java.util.Arrays.stream(values()).map(Typeface::id).collect(java.util.stream.Collectors.joining(", "));
    }

    private final List<Glyph> glyphs = read(id());

    /** The glyph of a capital letter A-Z. */
    public Glyph glyph(char letter) {
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("no glyph for '" + letter + "': only capitals A-Z ship");
        }
        return glyphs.get(letter - 'A');
    }

    /** The height of a capital (the letter H), in glyph units. */
    public double capHeight() {
        return glyph('H').height();
    }

    private static List<Glyph> read(String name) {
        String resource = "/fonts/hershey/" + name + ".jhf";
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the classpath");
            }
            List<Glyph> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(Glyph.parse(line));
                }
            }
            if (out.size() != 26) {
                throw new IllegalStateException(resource + " holds " + out.size() + " glyphs, not the 26 capitals");
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
