package org.mark1.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;

/**
 * Writes the files of one {@code mark1 mcp} command all or nothing: every file goes to a temporary
 * file beside its target first, and only when all are written are they renamed into place. A place
 * that cannot be written is the user's to fix: one line with the system's reason, exit code 2, and
 * nothing left behind, not even a folder made for the purpose.
 */
final class McpFiles {

    private McpFiles() {
    }

    /** Writes {@code files} (target to content), in order. */
    static void write(Map<Path, byte[]> files) {
        List<Path> madeFolders = new ArrayList<>();
        List<AtomicFiles.Output> outputs = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                current = f.getKey();
                if (Files.isDirectory(current)) {
                    throw new InputError(current + ": cannot write (it is a folder); give a file name");
                }
                makeFolders(current.toAbsolutePath().getParent(), madeFolders);
                AtomicFiles.Output out = AtomicFiles.open(current);
                outputs.add(out);
                out.write(f.getValue());
            }
            int i = 0;
            for (Path target : files.keySet()) {
                current = target;
                outputs.get(i++).commit();
            }
        } catch (IOException e) {
            throw failed(current, e, outputs, madeFolders);
        } catch (UncheckedIOException e) {
            throw failed(current, e.getCause(), outputs, madeFolders);
        } catch (InputError e) {
            cleanUp(outputs, madeFolders);
            throw e;
        }
    }

    /** Creates the missing folders above a file, remembering them (outermost first) to remove on failure. */
    private static void makeFolders(Path folder, List<Path> made) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            made.add(p);
        }
    }

    private static InputError failed(Path target, IOException e, List<AtomicFiles.Output> outputs, List<Path> made) {
        cleanUp(outputs, made);
        return new InputError(target + ": cannot write (" + reason(e) + ")");
    }

    /** The system's reason, as a user should hear it. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException f) {
            Path folder = f.getFile() == null ? null : Path.of(f.getFile()).getParent();
            return folder != null && Files.isDirectory(folder) ? "no file can be made in " + folder : "no such folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT); // not the file: it may be our temporary one
        }
        return String.valueOf(e.getMessage());
    }

    private static void cleanUp(List<AtomicFiles.Output> outputs, List<Path> made) {
        for (AtomicFiles.Output out : outputs) {
            try {
                out.close(); // deletes its temporary file unless it was committed
            } catch (IOException ignored) {
                // Best effort: the failure being reported matters more.
            }
        }
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException ignored) {
                // A folder something else has written into stays.
            }
        }
    }
}
