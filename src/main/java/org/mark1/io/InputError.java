package org.mark1.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A mistake the user can make and can fix: a malformed scenario, an unknown key, a missing file,
 * an absurd size. Its message is one line that names the file, the place and the fix; the command
 * line prints it without a stack trace and exits with code 2.
 *
 * <p>A message quotes a value the user gave only through {@link #excerpt}, so a megabyte-long
 * value is never echoed whole; as a last guard, a message longer than {@link #MAX_MESSAGE}
 * characters is cut.
 *
 * <p>Programming errors are not {@code InputError}s: they fail loudly with their stack trace.
 */
public final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Longest quotation of a user's value in a message. */
    public static final int MAX_QUOTE = 40;
    /** Longest message. */
    public static final int MAX_MESSAGE = 1000;

    public InputError(String message) {
        super(oneLine(message));
    }

    public InputError(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** An error at a line and column of a file: {@code file:line:column: problem}. */
    public static InputError at(String file, int line, int column, String problem) {
        return new InputError(file + ":" + line + ":" + column + ": " + problem);
    }

    /** Why {@code file} could not be read, as the user should hear it. */
    public static InputError reading(Path file, java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new InputError(file + ": no such file; check the path");
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new InputError(file + ": is not UTF-8 text (binary?); save it as UTF-8 text");
        }
        if (Files.isDirectory(file)) {
            return new InputError(file + ": is a directory; give the path of a file in it");
        }
        return new InputError(file + ": cannot read (" + excerpt(String.valueOf(e.getMessage()), 200) + ")");
    }

    /** The whole text of a file the user named: see {@link TextFile#read}. */
    public static String readText(Path file) {
        return TextFile.read(file);
    }

    /** A user's value as a message may quote it: at most {@value #MAX_QUOTE} characters, on one line. */
    public static String excerpt(Object value) {
        return excerpt(String.valueOf(value), MAX_QUOTE);
    }

    /**
     * At most {@code max} characters of {@code text}; a longer text is cut and marked with its
     * length ({@code "abcd…" (2000000 characters)}); line breaks and other control characters are
     * shown as {@code \n}-style escapes or '?', so the excerpt stays on one line.
     */
    public static String excerpt(String text, int max) {
        int n = text.length();
        int keep = Math.min(n, max);
        StringBuilder b = new StringBuilder(keep + 32);
        for (int i = 0; i < keep; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        if (n > max) {
            b.append("… (").append(n).append(" characters)");
        }
        return b.toString();
    }

    private static String oneLine(String message) {
        String m = message == null ? "" : message;
        if (m.length() > MAX_MESSAGE) {
            m = m.substring(0, MAX_MESSAGE) + "…";
        }
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
