package org.mark1.scenario;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.mark1.io.InputError;
import org.mark1.io.InvalidValue;

/**
 * What a scenario may be called. The name becomes part of a folder name
 * ({@code runs/<name>-seed<N>}), so it takes letters and digits of any script ({@code квадраты},
 * {@code 正方形}) with '.', '_' and '-', and refuses what is unsafe in a file name on any system:
 * path separators, "..", control characters, spaces, {@code : * ? " < > |}, a leading dot or dash.
 */
public final class ScenarioName {

    /** Most characters in a name. */
    public static final int MAX_CHARACTERS = 64;
    /** Most bytes of a name in UTF-8: a folder name (name, "-seed", the seed) stays within 255 bytes. */
    public static final int MAX_BYTES = 200;

    // A letter or digit first; then letters (with their combining marks), digits, '.', '_', '-'.
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]*+");

    private ScenarioName() {
    }

    /** Checks {@code name}; an unsafe one is an {@link InvalidValue} for the key {@code name}. */
    public static String require(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidValue("name", "is missing; give the scenario a name (letters, digits, '.', '_' or '-')");
        }
        int characters = name.codePointCount(0, name.length());
        if (characters > MAX_CHARACTERS) {
            throw new InvalidValue("name", "'" + InputError.excerpt(name) + "' is longer than " + MAX_CHARACTERS
                    + " characters; shorten it");
        }
        if (!SAFE.matcher(name).matches() || name.contains("..")) {
            throw new InvalidValue("name", "'" + InputError.excerpt(name) + "' must be letters (of any script), digits, '.', "
                    + "'_' or '-', starting with a letter or digit, without '..' (it names the run's folder)");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidValue("name", "'" + InputError.excerpt(name) + "' takes " + bytes + " bytes in UTF-8, more than the "
                    + MAX_BYTES + " a folder name can hold with its seed; shorten it");
        }
        return name;
    }
}
