package org.mark1.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {

    @Test
    void readsUtf8TextOfAnyScript(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "name: квадраты\nother: 正方形\n", StandardCharsets.UTF_8);
        assertEquals("name: квадраты\nother: 正方形\n", TextFile.read(f));
    }

    @Test
    void dropsALeadingByteOrderMarkOnly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.csv");
        Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'});
        assertEquals("a,b", TextFile.read(f));
        Path g = dir.resolve("g.csv");
        Files.writeString(g, "a\uFEFFb");
        assertEquals("a\uFEFFb", TextFile.read(g), "a mark inside the text is the user's");
    }

    @Test
    void aDirectoryIsNamedAsOne(@TempDir Path dir) {
        InputError e = assertThrows(InputError.class, () -> TextFile.read(dir));
        assertTrue(e.getMessage().endsWith(": is a directory; give the path of a file in it"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamedAsOne(@TempDir Path dir) {
        InputError e = assertThrows(InputError.class, () -> TextFile.read(dir.resolve("nope.yaml")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        InputError under = assertThrows(InputError.class, () -> TextFile.read(dir.resolve("nope/deeper.yaml")));
        assertTrue(under.getMessage().contains("no such file"), under.getMessage());
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        InputError e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputError.class, () -> TextFile.read(Path.of("/dev/zero"))));
        assertTrue(e.getMessage().contains("is not a regular file (a device or a pipe)"), e.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo");
            return;
        }
        assumeTrue(p.waitFor() == 0);
        // Opening a FIFO for reading blocks until a writer comes: the check must come first.
        InputError e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputError.class, () -> TextFile.read(fifo)));
        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(TextFile.MAX_BYTES + 1L);
        }
        InputError e = assertThrows(InputError.class, () -> TextFile.read(f));
        assertTrue(e.getMessage().contains("is larger than 16 MB"), e.getMessage());
        Path small = dir.resolve("small.yaml");
        Files.writeString(small, "x".repeat(2049));
        assertTrue(assertThrows(InputError.class, () -> TextFile.read(small, 2048)).getMessage().contains("larger than 2 KB"));
        assertEquals(2048, TextFile.read(small, 4096).length() - 1);
    }

    /** Random bytes are almost never UTF-8: each such file is reported as binary, never as a decoder's jargon. */
    @Test
    void binaryIsReportedPlainly(@TempDir Path dir) throws Exception {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + rng.nextInt(200)];
            rng.nextBytes(bytes);
            Path f = dir.resolve("b" + i);
            Files.write(f, bytes);
            try {
                String text = TextFile.read(f);
                assertTrue(text.indexOf('\0') < 0, "text read never holds a NUL");
            } catch (InputError e) {
                refused++;
                assertTrue(e.getMessage().contains("(binary?)"), e.getMessage());
                assertTrue(!e.getMessage().contains("Input length"), e.getMessage());
            }
        }
        assertTrue(refused > 190, refused + " of 200 random files refused");
    }

    @Test
    void excerptsAreShortOneLineAndSayHowLongTheValueWas() {
        assertEquals("short", InputError.excerpt("short"));
        String big = "q".repeat(2_000_000);
        String e = InputError.excerpt(big);
        assertEquals("q".repeat(InputError.MAX_QUOTE) + "… (2000000 characters)", e);
        assertEquals("a\\nb\\tc?", InputError.excerpt("a\nb\tc\u0007"));
        String message = new InputError("f: " + "z".repeat(100_000)).getMessage();
        assertTrue(message.length() <= InputError.MAX_MESSAGE + 1, "a message is bounded: " + message.length());
    }
}
