package org.mark1.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that no reader ever sees it half-written: the bytes go to a temporary file in
 * the same folder, which is renamed over the target in one step once complete. A run killed
 * mid-write leaves at most a hidden {@code .tmp} file, never a truncated result.
 */
public final class AtomicFiles {

    /** Something that writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A stream to a temporary file that becomes {@code target} on {@link #commit()}; closing it
     * without committing deletes the temporary file.
     */
    public static final class Output extends FilterOutputStream {
        private final Path tmp;
        private final Path target;
        private boolean done;

        private Output(Path tmp, Path target) throws IOException {
            super(Files.newOutputStream(tmp));
            this.tmp = tmp;
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        /** Closes the stream and renames the temporary file over the target. */
        public void commit() {
            try {
                super.close();
                move(tmp, target);
                done = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            } finally {
                if (!done) {
                    deleteQuietly(tmp);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                try {
                    super.close();
                } finally {
                    deleteQuietly(tmp);
                    done = true;
                }
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private AtomicFiles() {
    }

    /** Opens a stream whose content replaces {@code target} only when committed. */
    public static Output open(Path target) {
        requireReplaceable(target);
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: it makes the file private (0600); results are for everyone to read.
            Path tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + COUNTER.incrementAndGet() + ".tmp"));
            return new Output(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a target that is a folder, a device or a pipe: renaming a file over it would fail
     * after all the work, or, run as root, replace a device such as {@code /dev/full} with a file.
     */
    public static void requireReplaceable(Path target) {
        if (Files.isDirectory(target)) {
            throw new InputError(target + ": is a folder; give the path of a file to write");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new InputError(target + ": is not a regular file (a device or a pipe); give the path of a file to write");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            requireFolder(parent);
        }
    }

    /** Refuses a folder to write into that is a file, or lies under a file. */
    public static void requireFolder(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new InputError(p + ": is a file, not a folder; give a folder to write into");
                }
                return;
            }
        }
    }

    public static void write(Path target, Content content) {
        try (Output out = open(target)) {
            content.writeTo(out);
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // Best effort: the original failure is the one worth reporting.
        }
    }
}
