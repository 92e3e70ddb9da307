package org.mark1.io;

/**
 * A mistake the user can make and can fix: a malformed scenario, an unknown key, a missing file,
 * an absurd size. Its message is one line that names the file, the place and the fix; the command
 * line prints it without a stack trace and exits with code 2.
 *
 * <p>Programming errors are not {@code InputError}s: they fail loudly with their stack trace.
 */
public final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

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
    public static InputError reading(java.nio.file.Path file, java.io.IOException e) {
        return e instanceof java.nio.file.NoSuchFileException
                ? new InputError(file + ": no such file; check the path")
                : new InputError(file + ": cannot read (" + e.getMessage() + ")");
    }

    /** The whole text of a file the user named (UTF-8); a missing or unreadable file is an {@code InputError}. */
    public static String readText(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw reading(file, e);
        }
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
