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

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
