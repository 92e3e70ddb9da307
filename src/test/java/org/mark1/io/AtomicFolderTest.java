package org.mark1.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder written as one.
 * <ol>
 *   <li>A commit replaces an earlier set whole: no file of the old set survives beside the new.</li>
 *   <li>Without a commit nothing changes, and nothing is left: no hidden folder, no parent made.</li>
 *   <li>What is not a results folder is refused before anything is written, in one line with the reason.</li>
 *   <li>What a killed process leaves is recovered: a folder set aside goes back, stale temporaries go.</li>
 *   <li>The system's reasons reach the user in plain words.</li>
 * </ol>
 */
class AtomicFolderTest {

    private static final Set<String> NAMES = Set.of("a.txt", "b.txt", "c.txt");

    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The pid of a process that has ended. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aCommitReplacesTheEarlierSetWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectory(target);
        Files.writeString(target.resolve("a.txt"), "old a");
        Files.writeString(target.resolve("c.txt"), "old c");
        try (AtomicFolder f = AtomicFolder.replace(target, NAMES)) {
            f.writeString("a.txt", "new a");
            f.writeString("b.txt", "new b");
            assertEquals(Map.of("a.txt", "old a", "c.txt", "old c"), contents(target), "untouched until the commit");
            assertThrows(IllegalArgumentException.class, () -> f.writeString("d.txt", "not ours"),
                    "a file the folder may not hold would make the next replace refuse it");
            f.commit();
        }
        assertEquals(Map.of("a.txt", "new a", "b.txt", "new b"), contents(target));
        assertEquals(List.of("run"), names(dir), "no temporary or aside folder is left");
    }

    @Test
    void aFolderWithAKilledWritesTemporaryIsStillARunsFolder(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("run"));
        Files.writeString(target.resolve("a.txt"), "old a");
        Files.writeString(target.resolve(".b.txt." + deadPid() + ".3.tmp"), "half of b");
        try (AtomicFolder f = AtomicFolder.replace(target, NAMES)) {
            f.writeString("a.txt", "new a");
            f.commit();
        }
        assertEquals(Map.of("a.txt", "new a"), contents(target));
        assertTrue(refusal(Files.writeString(dir.resolve("other"), "x").resolveSibling("run2"), ".notes.1.2.tmp")
                .contains("holds 1 entry that results do not (.notes.1.2.tmp)"));
    }

    @Test
    void withoutACommitNothingChangesAndNothingIsLeft(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("run");
        Files.createDirectory(target);
        Files.writeString(target.resolve("a.txt"), "old a");
        try (AtomicFolder f = AtomicFolder.replace(target, NAMES)) {
            f.writeString("a.txt", "new a");
        }
        assertEquals(Map.of("a.txt", "old a"), contents(target));
        assertEquals(List.of("run"), names(dir));

        Path deep = dir.resolve("x").resolve("y").resolve("run");
        try (AtomicFolder f = AtomicFolder.replace(deep, NAMES)) {
            f.writeString("a.txt", "never");
        }
        assertEquals(List.of("run"), names(dir), "the parents it made are gone again");
    }

    @Test
    void aFullDiskMidwayLeavesTheEarlierSetAndSaysWhy(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("run"));
        Files.writeString(target.resolve("a.txt"), "old a");
        InputError e = assertThrows(InputError.class, () -> {
            try (AtomicFolder f = AtomicFolder.replace(target, NAMES)) {
                f.writeString("a.txt", "new a");
                f.write("b.txt", out -> {
                    out.write('h');
                    throw new IOException("No space left on device");
                });
                f.commit();
            }
        });
        assertEquals(target.resolve("b.txt") + ": cannot write (no space left on device)", e.getMessage());
        assertEquals(Map.of("a.txt", "old a"), contents(target));
        assertEquals(List.of("run"), names(dir));
    }

    @Test
    void whatIsNotAResultsFolderIsRefusedInOneLineAndLeftAlone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(file + ": is a file; name a folder for the results", refusal(file));

        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("photos"));
        Files.writeString(home.resolve("a.txt"), "a run's file");
        Files.writeString(home.resolve("letter.doc"), "mine");
        String why = refusal(home);
        assertTrue(why.startsWith(home + ": holds 2 entries that results do not (letter.doc, photos)"), why);
        assertEquals(Set.of("a.txt", "letter.doc", "photos"), Set.copyOf(names(home)));

        assertTrue(refusal(Path.of("/")).endsWith("is the root of the file system; name a new folder inside it"));
        assertEquals(".: is the current folder or holds it; name a new folder inside it", refusal(Path.of(".")));
        assertTrue(refusal(Path.of("").toAbsolutePath().getParent()).endsWith("is the current folder or holds it; "
                + "name a new folder inside it"));
        assertTrue(refusal(Path.of("/dev/null")).startsWith("/dev/null: is not a folder"), refusal(Path.of("/dev/null")));

        // A parent that is a regular file: the system's reason, and nothing made.
        String under = refusal(file.resolve("sub").resolve("run"));
        assertEquals(file.resolve("sub").resolve("run") + ": cannot write (" + file + " is a file, not a folder)", under);
        assertEquals(List.of("home", "notes.txt"), names(dir));
    }

    private static String refusal(Path target, String entry) throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve(entry), "");
        return refusal(target);
    }

    private static String refusal(Path target) {
        InputError e = assertThrows(InputError.class, () -> AtomicFolder.replace(target, NAMES).close());
        assertEquals(1, e.getMessage().lines().count());
        return e.getMessage();
    }

    @Test
    void aFolderSetAsideByAKilledCommitIsPutBack(@TempDir Path dir) throws Exception {
        long dead = deadPid();
        Path target = dir.resolve("run");
        // Killed between the two renames: the old folder aside, the new one complete but not in place.
        Path aside = Files.createDirectory(dir.resolve(AtomicFolder.hidden(target, dead, "old")));
        Files.writeString(aside.resolve("a.txt"), "old a");
        Path work = Files.createDirectory(dir.resolve(AtomicFolder.hidden(target, dead, "tmp")));
        Files.writeString(work.resolve("a.txt"), "new a");
        AtomicFolder.recover(target);
        assertEquals(Map.of("a.txt", "old a"), contents(target));
        assertEquals(List.of("run"), names(dir));
    }

    @Test
    void anAsideFolderBesideTheNewOneIsDeleted(@TempDir Path dir) throws Exception {
        long dead = deadPid();
        Path target = Files.createDirectory(dir.resolve("run"));
        Files.writeString(target.resolve("a.txt"), "new a");
        Path aside = Files.createDirectory(dir.resolve(AtomicFolder.hidden(target, dead, "old")));
        Files.writeString(aside.resolve("a.txt"), "old a");
        AtomicFolder.recover(target);
        assertEquals(Map.of("a.txt", "new a"), contents(target));
        assertEquals(List.of("run"), names(dir));
    }

    @Test
    void theFoldersOfARunningProcessAreLeftAlone(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("run"));
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path work = Files.createDirectory(dir.resolve(AtomicFolder.hidden(target, alive, "tmp")));
        Path stale = Files.createDirectory(dir.resolve(AtomicFolder.hidden(target, deadPid(), "tmp")));
        Files.writeString(stale.resolve("a.txt"), "half");
        try (AtomicFolder f = AtomicFolder.replace(target, NAMES)) {
            f.commit();
        }
        assertTrue(Files.isDirectory(work), "another running process's work is not ours to delete");
        assertFalse(Files.exists(stale), "a dead process's temporary folder is cleaned up");
    }

    @Test
    void theSystemsReasonsInPlainWords() {
        assertEquals("no space left on device",
                WriteFailure.reason(new FileSystemException("/x/y", null, "No space left on device")));
        assertEquals("no space left on device", WriteFailure.reason(new IOException("No space left on device")));
        assertEquals("permission denied", WriteFailure.reason(new AccessDeniedException("/x/y")));
        assertEquals("read-only file system", WriteFailure.reason(new FileSystemException("/x", null, "Read-only file system")));
        InputError e = WriteFailure.of(Path.of("runs/a"), new FileSystemException("runs/.a.1.tmp/curve.png", null,
                "No space left on device"));
        assertEquals("runs/a: cannot write (no space left on device)", e.getMessage());
    }
}
