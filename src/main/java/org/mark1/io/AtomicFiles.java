package org.mark1.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that no reader ever sees it half-written: the bytes go to a temporary file in
 * the same folder, which is renamed over the target in one step once complete. A run killed
 * mid-write leaves at most a hidden {@code .tmp} file, never a truncated result, and the next write
 * to the same file deletes the temporary files of processes that no longer run.
 *
 * <p>A {@link Batch} writes several files in one folder as far as possible as one: every file is
 * written to its temporary file first (where a full disk or a refused permission shows), and only
 * then are they renamed into place. A folder of results that must be exactly one set is an
 * {@link AtomicFolder}.
 *
 * <p>A file that cannot be written is reported as {@link WriteFailure}: one line, the system's
 * reason, exit code 2. A folder, a device or a pipe is never replaced.
 */
public final class AtomicFiles {

    /** Something that writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A stream to a temporary file that becomes {@code target} on {@link #commit()}; closing it
     * without committing deletes the temporary file (and any folder made for it).
     */
    public static final class PendingFile extends FilterOutputStream {
        private final Path tmp;
        private final Path target;
        private final List<Path> createdFolders;
        private boolean done;

        private PendingFile(Path tmp, Path target, List<Path> createdFolders) throws IOException {
            super(Files.newOutputStream(tmp));
            this.tmp = tmp;
            this.target = target;
            this.createdFolders = createdFolders;
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
                throw WriteFailure.of(target, e);
            } finally {
                if (!done) {
                    abandon();
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                try {
                    super.close();
                } finally {
                    abandon();
                }
            }
        }

        private void abandon() {
            done = true;
            deleteQuietly(tmp);
            AtomicFolder.removeCreated(createdFolders);
        }
    }

    /**
     * Several files written together: each is written whole to a temporary file when added; none
     * replaces its target until {@link #commit}; {@link #close} without a commit removes them all.
     */
    public static final class Batch implements AutoCloseable {
        private final List<PendingFile> pending = new ArrayList<>();
        private final List<Path> targets = new ArrayList<>();

        private Batch() {
        }

        /** Writes {@code content} to a temporary file that will become {@code target}. */
        public void add(Path target, Content content) {
            PendingFile out = open(target);
            pending.add(out);
            try {
                content.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw WriteFailure.of(target, e);
            }
            targets.add(target);
        }

        /** Renames every file into place; returns the files written. */
        public List<Path> commit() {
            for (PendingFile out : pending) {
                out.commit();
            }
            return List.copyOf(targets);
        }

        @Override
        public void close() {
            for (int i = pending.size() - 1; i >= 0; i--) { // the last first: a folder the first made empties last
                try {
                    pending.get(i).close();
                } catch (IOException ignored) {
                    // Best effort: the failure that led here is the one worth reporting.
                }
            }
        }
    }

    private static final AtomicLong COUNTER = new AtomicLong();

    /** The name of a temporary file: {@code .<name>.<pid>.<n>.tmp}; group 1 is the name, group 2 the pid. */
    static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(\\d+)\\.\\d+\\.tmp");

    private AtomicFiles() {
    }

    /** Opens a stream whose content replaces {@code target} only when committed. */
    public static PendingFile open(Path target) {
        Path t = checked(target);
        List<Path> created = new ArrayList<>();
        Path dir = t.getParent();
        try {
            AtomicFolder.makeFolders(dir, created);
            deleteStaleTemporaries(dir, t.getFileName().toString());
            // Not Files.createTempFile: it makes the file private (0600); results are for everyone to read.
            Path tmp = Files.createFile(dir.resolve("." + t.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + COUNTER.incrementAndGet() + ".tmp"));
            try {
                return new PendingFile(tmp, t, created);
            } catch (IOException e) {
                deleteQuietly(tmp);
                throw e;
            }
        } catch (IOException e) {
            AtomicFolder.removeCreated(created);
            throw WriteFailure.of(target, e);
        }
    }

    /** A batch of files to be written together. */
    public static Batch batch() {
        return new Batch();
    }

    /**
     * Checks now, before any long work, that files can be written in folder {@code dir}: makes it if
     * missing, writes and removes a temporary file, and removes the folders it made. Leaves nothing.
     */
    public static void checkWritable(Path dir) {
        List<Path> created = new ArrayList<>();
        try {
            AtomicFolder.makeFolders(dir.toAbsolutePath().normalize(), created);
            Files.delete(Files.createFile(dir.resolve(".mark1-probe." + ProcessHandle.current().pid() + "."
                    + COUNTER.incrementAndGet() + ".tmp")));
        } catch (IOException e) {
            throw WriteFailure.of(dir, e);
        } finally {
            AtomicFolder.removeCreated(created);
        }
    }

    /**
     * Checks now, before any long work, that the file {@code target} can be written: not a folder,
     * a device or a pipe, in a folder that can be written (made if missing, and removed again). Leaves nothing.
     */
    public static void checkFileWritable(Path target) {
        if (Files.isDirectory(target)) {
            throw WriteFailure.because(target, "is a folder; name a file to write");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw WriteFailure.because(target, "is not a regular file (a device or a pipe); name a file to write");
        }
        Path parent = target.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            checkWritable(parent);
        }
    }

    public static void write(Path target, Content content) {
        try (PendingFile out = open(target)) {
            content.writeTo(out);
            out.commit();
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The absolute target, refused if it is something other than a file; a symbolic link is followed. */
    private static Path checked(Path target) {
        Path t = target.toAbsolutePath().normalize();
        if (t.getParent() == null || t.getFileName() == null) {
            throw WriteFailure.because(target, "is the root of the file system; name a file");
        }
        if (Files.isDirectory(t)) {
            throw WriteFailure.because(target, "is a folder; name a file");
        }
        if (Files.exists(t) && !Files.isRegularFile(t)) {
            throw WriteFailure.because(target, "is not a regular file (a device or a pipe?); name a file");
        }
        try {
            return Files.isSymbolicLink(t) && Files.exists(t) ? t.toRealPath() : t;
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
    }

    /** Deletes {@code .<name>.<pid>.<n>.tmp} files in {@code dir} left by processes that no longer run. */
    private static void deleteStaleTemporaries(Path dir, String name) throws IOException {
        List<Path> dead = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(name)
                        && !ProcessHandle.of(Long.parseLong(m.group(2))).map(ProcessHandle::isAlive).orElse(false)) {
                    dead.add(p);
                }
            }
        }
        for (Path p : dead) {
            deleteQuietly(p);
        }
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
