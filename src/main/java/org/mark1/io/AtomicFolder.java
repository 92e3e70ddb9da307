package org.mark1.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of results written as one: a reader finds either the whole earlier set of files or the
 * whole new set, never a mix, even when the process is killed at any moment.
 *
 * <h2>How</h2>
 * {@link #replace} first makes a sibling folder {@code .<name>.<pid>.tmp} beside the target (so a
 * folder that cannot be written fails at once, before any work); every file goes there. On
 * {@link #commit} the old folder is renamed aside to {@code .<name>.<pid>.old}, the new one renamed
 * into place, and the old one deleted. Renames within one folder are atomic. {@link #close} without
 * a commit deletes the temporary folder: nothing is left behind.
 *
 * <h2>The instant between two renames</h2>
 * A process killed between the two renames of a commit leaves the target absent for a moment, its
 * earlier contents whole in {@code .<name>.<pid>.old}. {@link #recover} (called by every
 * {@code replace} of the same target) puts such a folder back, and deletes the temporary and aside
 * folders of processes that no longer run. So: after any kill, once recovered, the target holds
 * exactly the old set or exactly the new set.
 *
 * <h2>What it will replace</h2>
 * Only a folder that holds nothing but the files this kind of folder holds ({@code names}): an
 * earlier run's folder, or an empty one. A folder with anything else in it (a home folder,
 * {@code /}, a folder of notes) is refused, not replaced; so is the current folder, a file, a
 * device, a pipe.
 */
public final class AtomicFolder implements AutoCloseable {

    private final Path target;
    private final Path work;
    private final Set<String> names;
    private final Set<String> folders;
    private final List<Path> created;
    private boolean committed;

    private AtomicFolder(Path target, Path work, Set<String> names, Set<String> folders, List<Path> created) {
        this.target = target;
        this.work = work;
        this.names = Set.copyOf(names);
        this.folders = Set.copyOf(folders);
        this.created = created;
    }

    /**
     * As {@link #replace(Path, Set)}, for a folder that also holds subfolders named in {@code folders}
     * (a run over several seeds: one run's folder per seed), each holding only files named in {@code names}.
     */
    public static AtomicFolder replace(Path target, Set<String> names, Set<String> folders) {
        return start(target, names, folders);
    }

    /** A subfolder of the new folder, made now; only the names given to {@link #replace} may be made. */
    public Path folder(String name) {
        if (!folders.contains(name)) {
            throw new IllegalArgumentException(name + " is not one of this folder's subfolders " + folders);
        }
        try {
            return Files.createDirectories(work.resolve(name));
        } catch (IOException e) {
            throw WriteFailure.of(target.resolve(name), e);
        }
    }

    /**
     * Starts writing a new {@code target} folder that may hold only files named in {@code names};
     * checks now that the place can be written. A failure is an {@link InputError} that names the
     * folder and the system's reason.
     */
    public static AtomicFolder replace(Path target, Set<String> names) {
        return start(target, names, Set.of());
    }

    private static AtomicFolder start(Path target, Set<String> names, Set<String> folders) {
        Path t = resolved(target);
        Path parent = t.getParent();
        if (parent == null || t.getFileName() == null) {
            throw WriteFailure.because(target, "is the root of the file system; name a new folder inside it");
        }
        if (Path.of("").toAbsolutePath().normalize().startsWith(t)) {
            // Replacing it would leave this process and the user's shell in a deleted folder.
            throw WriteFailure.because(target, "is the current folder or holds it; name a new folder inside it");
        }
        List<Path> created = new ArrayList<>();
        try {
            makeFolders(parent, created);
            recover(t);
            refuseForeign(target, t, names, folders);
            Path work = Files.createDirectory(parent.resolve(hidden(t, ProcessHandle.current().pid(), "tmp")));
            return new AtomicFolder(t, work, names, folders, created);
        } catch (IOException e) {
            removeCreated(created);
            throw WriteFailure.of(target, e);
        } catch (RuntimeException e) {
            removeCreated(created);
            throw e;
        }
    }

    /**
     * Where a file of the new folder is written until the commit. Only the names given to
     * {@link #replace} may be written: a folder holding any other could not be replaced next time.
     */
    public Path file(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(name + " is not one of this folder's files " + names);
        }
        return work.resolve(name);
    }

    /** A stream to the new folder's file {@code name} (the caller closes it before {@link #commit}). */
    public OutputStream open(String name) {
        try {
            return Files.newOutputStream(file(name));
        } catch (IOException e) {
            throw WriteFailure.of(target.resolve(name), e);
        }
    }

    public void write(String name, AtomicFiles.Content content) {
        try (OutputStream out = open(name)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw WriteFailure.of(target.resolve(name), e);
        }
    }

    public void writeString(String name, String text) {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Puts the new folder in the target's place, whole; the earlier one is gone. */
    public void commit() {
        Path aside = target.resolveSibling(hidden(target, ProcessHandle.current().pid(), "old"));
        try {
            boolean replacing = Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (replacing) {
                Files.move(target, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(work, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (replacing) {
                    Files.move(aside, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            committed = true;
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
        try {
            deleteTree(aside);
        } catch (IOException e) {
            // The new folder is in place; the old one, left aside, goes at the next recover().
        }
    }

    /** Without a commit: deletes the new folder, and any parent folder this one created. */
    @Override
    public void close() {
        if (!committed) {
            committed = true;
            try {
                deleteTree(work);
            } catch (IOException ignored) {
                // Best effort: the failure that led here is the one worth reporting.
            }
            removeCreated(created);
        }
    }

    /**
     * Brings {@code target} back to a whole folder after a process was killed while writing it:
     * restores an earlier folder left aside by a commit that did not finish, and deletes the
     * temporary and aside folders of processes that no longer run. Folders of running processes
     * are left alone.
     */
    public static void recover(Path target) throws IOException {
        Path t = resolved(target);
        Path parent = t.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        Pattern mine = Pattern.compile("\\." + Pattern.quote(t.getFileName().toString()) + "\\.(\\d+)\\.(tmp|old)");
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + escapeGlob(t.getFileName().toString()) + ".*")) {
            for (Path p : siblings) {
                Matcher m = mine.matcher(p.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)))) {
                    stale.add(p);
                }
            }
        }
        for (Path p : stale) {
            if (p.getFileName().toString().endsWith(".old") && !Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(p, t, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(p);
            }
        }
    }

    /** The hidden name of a temporary ({@code tmp}) or set-aside ({@code old}) folder of {@code target}. */
    static String hidden(Path target, long pid, String kind) {
        return "." + target.getFileName() + "." + pid + "." + kind;
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The absolute target; a symbolic link to a folder is followed, so the link stays a link. */
    private static Path resolved(Path target) {
        Path t = target.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(t) && Files.isDirectory(t) ? t.toRealPath() : t;
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
    }

    private static void refuseForeign(Path shown, Path t, Set<String> names, Set<String> folders) throws IOException {
        if (!Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw WriteFailure.because(shown, (Files.isRegularFile(t) ? "is a file" : "is not a folder")
                    + "; name a folder for the results");
        }
        Set<String> foreign = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(t)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                Matcher leftover = AtomicFiles.TEMPORARY.matcher(name); // a file's temporary from a killed run
                String own = leftover.matches() ? leftover.group(1) : name;
                boolean ownFile = names.contains(own) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                boolean ownFolder = folders.contains(name) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && holdsOnly(p, names);
                if (!ownFile && !ownFolder) {
                    foreign.add(name);
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw WriteFailure.because(shown, "holds " + foreign.size() + " entr" + (foreign.size() == 1 ? "y" : "ies")
                    + " that results do not (" + excerpt(foreign) + "); it would be replaced whole, so name a new or "
                    + "empty folder");
        }
    }

    /** Whether {@code dir} holds nothing but regular files named in {@code names}. */
    private static boolean holdsOnly(Path dir, Set<String> names) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!names.contains(p.getFileName().toString()) || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String excerpt(Set<String> names) {
        List<String> first = names.stream().limit(3).map(n -> n.length() > 40 ? n.substring(0, 40) + "..." : n).toList();
        return String.join(", ", first) + (names.size() > 3 ? ", ..." : "");
    }

    /** Creates {@code dir} and its missing parents, noting the ones made (outermost first). */
    static void makeFolders(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            missing.add(0, p);
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            Path here = Path.of("").toAbsolutePath();
            Path shown = p.startsWith(here) ? here.relativize(p) : p; // as the user would have written it
            throw new java.nio.file.FileSystemException(p.toString(), null, shown + " is a file, not a folder");
        }
        for (Path m : missing) {
            Files.createDirectory(m);
            created.add(m);
        }
    }

    static void removeCreated(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                return; // not empty after all (someone else wrote there): leave it
            }
        }
    }

    /** Deletes {@code root} and all it holds (links are deleted, not followed); nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path p : entries) {
                    deleteTree(p);
                }
            }
        }
        Files.delete(root);
    }

    private static String escapeGlob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
