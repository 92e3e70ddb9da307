package org.mark1.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A result that cannot be written, as the user should hear it: one line naming the file or folder
 * and the system's reason ("permission denied", "no space left on device", "is a file"), reported
 * like any other mistake the user can fix ({@link InputError}, exit code 2).
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    /** {@code where: cannot write (reason)}. */
    public static InputError of(Path where, IOException e) {
        return new InputError(where + ": cannot write (" + reason(e) + ")", e);
    }

    /** {@code where: problem}, for a refusal found before writing (a folder that is a file, say). */
    public static InputError because(Path where, String problem) {
        return new InputError(where + ": " + problem);
    }

    /** The system's reason for {@code e}, in lower case, without the file names Java adds. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lower(f.getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lower(m);
    }

    private static String lower(String reason) {
        String r = reason.strip();
        return r.isEmpty() ? r : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
}
