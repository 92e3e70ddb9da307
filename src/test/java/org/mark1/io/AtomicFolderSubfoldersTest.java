package org.mark1.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of results with named subfolders (a run over seeds, one folder per seed), written as one. */
class AtomicFolderSubfoldersTest {

    private static final Set<String> NAMES = Set.of("a.txt", "b.txt");
    private static final Set<String> FOLDERS = Set.of("seed1", "seed2");

    private static void write(Path target, String text) {
        try (AtomicFolder f = AtomicFolder.replace(target, NAMES, FOLDERS)) {
            f.writeString("a.txt", text);
            for (String sub : FOLDERS) {
                AtomicFiles.writeString(f.folder(sub).resolve("b.txt"), text + " " + sub);
            }
            f.commit();
        }
    }

    @Test
    void anEarlierFolderWithItsSubfoldersIsReplacedWhole(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("sweep");
        write(t, "old");
        write(t, "new");
        assertEquals("new", Files.readString(t.resolve("a.txt")));
        assertEquals("new seed2", Files.readString(t.resolve("seed2/b.txt")));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "no temporary or set-aside folder is left");
        }
    }

    @Test
    void aSubfolderNotNamedOrHoldingAForeignFileIsRefused(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("sweep");
        write(t, "old");
        Files.writeString(t.resolve("seed1/notes.txt"), "mine");
        InputError e = assertThrows(InputError.class, () -> AtomicFolder.replace(t, NAMES, FOLDERS));
        assertTrue(e.getMessage().contains("seed1"), e.getMessage());
        Files.delete(t.resolve("seed1/notes.txt"));
        Files.createDirectory(t.resolve("seed3"));
        assertThrows(InputError.class, () -> AtomicFolder.replace(t, NAMES, FOLDERS));
        assertTrue(Files.exists(t.resolve("seed1/b.txt")), "a refused folder is left as it was");
        try (AtomicFolder f = AtomicFolder.replace(dir.resolve("other"), NAMES, FOLDERS)) {
            assertThrows(IllegalArgumentException.class, () -> f.folder("seed3"));
        }
        assertFalse(Files.exists(dir.resolve("other")));
    }
}
