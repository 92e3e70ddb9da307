package org.mark1.mcp;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.mark1.io.InputError;

/**
 * What the McCulloch–Pitts files and commands accept as names and free text, and how messages quote
 * what they refuse. Names are letters of any script (a museum in Moscow writes {@code тепло} and
 * {@code холод}); what would be unsafe in a file name, a CSV header or a one-line message is refused.
 */
public final class Names {
    /**
     * A net's name, which becomes part of a folder name ({@code runs/mcp-NAME}): a letter or digit of
     * any script, then letters, digits, marks, {@code _ . -}. No slash, no space, no control character.
     */
    public static final Pattern NET = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}_.-]*");

    /** The longest net name, in characters. */
    public static final int MAX_NET_NAME = 64;

    /** The longest note or description, in characters. */
    public static final int MAX_TEXT = 2000;

    private Names() {
    }

    /** The name in one canonical form (Unicode NFC), so that one word typed two ways is one name. */
    public static String canonical(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** A net name made from a file's name when the file gives none: unsafe characters become '_'. */
    public static String fromFileName(String stem) {
        String name = canonical(stem).replaceAll("[^\\p{L}\\p{M}\\p{Nd}_.-]", "_");
        name = NET.matcher(name).matches() ? name : "net-" + name;
        return name.length() > MAX_NET_NAME ? name.substring(0, MAX_NET_NAME) : name;
    }

    /** Why {@code name} cannot name a net, or null when it can. */
    public static String netNameProblem(String name) {
        if (name.length() > MAX_NET_NAME) {
            return "a net name of " + name.length() + " characters; the limit is " + MAX_NET_NAME;
        }
        if (!NET.matcher(name).matches()) {
            return "'" + InputError.excerpt(name) + "' is not a valid net name; use letters (of any script), digits, _ . or -"
                    + " (it becomes part of a folder name)";
        }
        return null;
    }

    /** Why a note or description cannot be shown on one line, or null when it can. */
    public static String textProblem(String text) {
        if (text.length() > MAX_TEXT) {
            return "a text of " + text.length() + " characters; the limit is " + MAX_TEXT;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return "a control character (U+" + String.format("%04X", (int) text.charAt(i)) + ") at character " + (i + 1)
                        + "; write the text on one line";
            }
        }
        return null;
    }
}
