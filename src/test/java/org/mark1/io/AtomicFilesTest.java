package org.mark1.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single files written whole, and batches of files written all or none.
 * <ol>
 *   <li>A batch whose second file fails (a full disk) leaves the first file's target as it was,
 *       no temporary file, and no folder it made; the reason reaches the user.</li>
 *   <li>A batch that succeeds writes every file.</li>
 *   <li>Temporary files of a killed process are deleted at the next write of the same file.</li>
 *   <li>A symbolic link to a file stays a link; its file gets the new content.</li>
 * </ol>
 */
class AtomicFilesTest {

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void fullDisk(java.io.OutputStream out) throws IOException {
        out.write("half".getBytes(StandardCharsets.UTF_8));
        throw new IOException("No space left on device");
    }

    @Test
    void aBatchThatFailsLeavesEverythingAsItWas(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("a.png"), "old a");
        InputError e = assertThrows(InputError.class, () -> {
            try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
                batch.add(first, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
                batch.add(dir.resolve("b.png"), AtomicFilesTest::fullDisk);
                batch.commit();
            }
        });
        assertEquals(dir.resolve("b.png") + ": cannot write (no space left on device)", e.getMessage());
        assertEquals("old a", Files.readString(first));
        assertEquals(List.of("a.png"), names(dir), "no temporary file is left");

        Path fresh = dir.resolve("new").resolve("pictures");
        assertThrows(InputError.class, () -> {
            try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
                batch.add(fresh.resolve("a.png"), out -> out.write(1));
                batch.add(fresh.resolve("b.png"), AtomicFilesTest::fullDisk);
            }
        });
        assertEquals(List.of("a.png"), names(dir), "the folders the batch made are gone");
    }

    @Test
    void aBatchThatSucceedsWritesEveryFile(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("a.png"), "old a");
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            batch.add(first, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
            batch.add(dir.resolve("sub").resolve("b.png"), out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
            assertEquals("old a", Files.readString(first), "nothing replaced before the commit");
            assertEquals(List.of(first, dir.resolve("sub").resolve("b.png")), batch.commit());
        }
        assertEquals(Map.of("a", "new a", "b", "new b"),
                Map.of("a", Files.readString(first), "b", Files.readString(dir.resolve("sub").resolve("b.png"))));
        assertEquals(List.of("a.png", "sub"), names(dir));
    }

    @Test
    void theTemporaryFilesOfAKilledProcessGoAtTheNextWrite(@TempDir Path dir) throws Exception {
        long dead = AtomicFolderTest.deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve(".w.csv." + dead + ".1.tmp"), "half");
        Files.writeString(dir.resolve(".w.csv." + alive + ".1.tmp"), "being written");
        AtomicFiles.writeString(dir.resolve("w.csv"), "whole");
        assertEquals(List.of(".w.csv." + alive + ".1.tmp", "w.csv"), names(dir));
    }

    @Test
    void aLinkToAFileStaysALink(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertFalse(Files.exists(dir.resolve(".link.csv.tmp")));
    }
}
