package org.mark1.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDigestTest {

    private static void fill(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("seed1"));
        Files.writeString(dir.resolve("summary.json"), "{\"seeds\": 2}");
        Files.write(dir.resolve("seed1/curve.png"), new byte[] {1, 2, 3, 4});
    }

    @Test
    void equalFoldersHaveNoDifferenceAndEveryKindOfDifferenceIsNamed(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        fill(a);
        fill(b);
        assertNull(FolderDigest.firstDifference(a, b));

        Files.write(b.resolve("seed1/curve.png"), new byte[] {1, 2, 3, 5});
        assertEquals("seed1/curve.png", FolderDigest.firstDifference(a, b));

        fill(b);
        Files.writeString(b.resolve("extra.csv"), "x");
        assertTrue(FolderDigest.firstDifference(a, b).startsWith("extra.csv (only in " + b), FolderDigest.firstDifference(a, b));
        assertTrue(FolderDigest.firstDifference(b, a).startsWith("extra.csv (only in " + b), FolderDigest.firstDifference(b, a));

        Files.delete(b.resolve("extra.csv"));
        Files.delete(b.resolve("seed1/curve.png"));
        assertTrue(FolderDigest.firstDifference(a, b).startsWith("seed1/curve.png (only in " + a), FolderDigest.firstDifference(a, b));
    }
}
