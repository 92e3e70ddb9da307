package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.report.RunReport;
import org.mark1.report.RunWriter;

/**
 * A place the results cannot go is the user's to fix: every command that writes says so in one
 * line with the system's reason, exits with code 2, and leaves nothing behind — and {@code run}
 * and {@code figures} find out before they train, not after.
 * <ol>
 *   <li>run --out: a file, a device, the root, a folder under a file, a folder of other things,
 *       a read-only folder (where the tests do not run as root), the default runs/ when runs is a file.</li>
 *   <li>run into an earlier run's folder replaces it whole: the earlier trace does not survive.</li>
 *   <li>figures --out: a file; a folder where one picture's place is taken leaves none of the others.</li>
 *   <li>wiring --out: a folder, a device, a file under a file.</li>
 * </ol>
 */
class OutputPlaceTest {

    private static Path scenario(Path dir) throws Exception {
        return Files.writeString(dir.resolve("quick.yaml"), CliTest.SCENARIO);
    }

    private static String refused(String... args) {
        CliTest.Outcome o = CliTest.mark1(args);
        assertEquals(2, o.code(), String.join(" ", args) + ": " + o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        assertEquals("", o.out(), "nothing printed as if it had worked");
        return o.err().strip();
    }

    private static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runRefusesAPlaceThatIsNotAFolderItMayReplace(@TempDir Path dir) throws Exception {
        String s = scenario(dir).toString();
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals("mark1: " + file + ": is a file; name a folder for the results", refused("run", s, "--out", file.toString()));
        assertEquals("mine", Files.readString(file));
        assertEquals("mark1: /dev/null: is not a folder; name a folder for the results", refused("run", s, "--out", "/dev/null"));
        assertTrue(refused("run", s, "--out", "/").endsWith("is the root of the file system; name a new folder inside it"));

        Path under = file.resolve("runs").resolve("r");
        assertEquals("mark1: " + under + ": cannot write (" + file + " is a file, not a folder)",
                refused("run", s, "--out", under.toString()));

        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("summary.json"), "{}");
        Files.writeString(mixed.resolve("thesis.tex"), "mine");
        assertTrue(refused("run", s, "--out", mixed.toString()).contains("holds 1 entry that results do not (thesis.tex)"));
        assertEquals(List.of("summary.json", "thesis.tex"), names(mixed));
        assertEquals(List.of("mixed", "notes.txt", "quick.yaml"), names(dir), "nothing left behind");
    }

    @Test
    void runRefusesAReadOnlyFolderWhereTheSystemEnforcesIt(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "root writes anywhere: nothing to test as root");
            Path out = locked.resolve("r");
            assertEquals("mark1: " + out + ": cannot write (permission denied)",
                    refused("run", scenario(dir).toString(), "--out", out.toString()));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theDefaultFolderUnderARunsThatIsAFileIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("runs"), "not a folder");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Mark1.class.getName(), "run", scenario(dir).toString()).directory(dir.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes()).strip();
        assertEquals(2, p.exitValue(), err);
        assertEquals("mark1: runs/quick-seed8: cannot write (runs is a file, not a folder)", err);
        assertEquals(List.of("quick.yaml", "runs"), names(dir));
    }

    @Test
    void aRunIntoAnEarlierRunsFolderReplacesItWhole(@TempDir Path dir) throws Exception {
        String s = scenario(dir).toString();
        Path out = dir.resolve("r");
        assertEquals(0, CliTest.mark1("run", s, "--seed", "1", "--trace", "--out", out.toString()).code());
        Files.writeString(out.resolve("pots.csv"), "pot,position,volts\n"); // what an older version wrote
        assertEquals(0, CliTest.mark1("run", s, "--seed", "2", "--out", out.toString()).code());
        assertEquals(List.of(RunReport.CONFUSION_CSV, RunReport.CONFUSION_PNG, RunWriter.CURVE_CSV, RunWriter.CURVE_PNG,
                RunReport.FIELDS_PNG, RunWriter.MANIFEST, org.mark1.report.ReportPages.HTML, RunReport.REPORT, RunWriter.STATE, RunWriter.SUMMARY, RunWriter.WIRING),
                names(out), "no file of the earlier run survives");
        assertTrue(Files.readString(out.resolve(RunWriter.MANIFEST)).contains("\"seed\" : 2"));
        assertEquals(List.of("quick.yaml", "r"), names(dir));
    }

    @Test
    void figuresWritesAllItsPicturesOrNone(@TempDir Path dir) throws Exception {
        String s = scenario(dir).toString();
        Path file = Files.writeString(dir.resolve("img"), "a file");
        assertEquals("mark1: " + file + ": cannot write (" + file + " is a file, not a folder)",
                refused("figures", s, "--out", file.toString()));

        Path img = Files.createDirectory(dir.resolve("images"));
        Files.writeString(img.resolve("mcp-gates.png"), "another command's picture");
        Files.createDirectory(img.resolve("quick-field.png")); // the last picture's place is taken
        String why = refused("figures", s, "--out", img.toString());
        assertEquals("mark1: " + img.resolve("quick-field.png") + ": is a folder; name a file", why);
        assertEquals(List.of("mcp-gates.png", "quick-field.png"), names(img), "none of the other pictures is written");
        assertEquals("another command's picture", Files.readString(img.resolve("mcp-gates.png")));
    }

    @Test
    void wiringRefusesAPlaceThatIsNotAFile(@TempDir Path dir) throws Exception {
        assertEquals("mark1: " + dir + ": is a folder; name a file", refusedErr("wiring", "--out", dir.toString()));
        assertEquals("mark1: /dev/null: is not a regular file (a device or a pipe?); name a file",
                refusedErr("wiring", "--out", "/dev/null"));
        Path file = Files.writeString(dir.resolve("f"), "x");
        Path under = file.resolve("w.csv");
        assertEquals("mark1: " + under + ": cannot write (" + file + " is a file, not a folder)",
                refusedErr("wiring", "--out", under.toString()));
        assertEquals(List.of("f"), names(dir));
    }

    /** As {@link #refused}, for a command that prints nothing on standard output anyway. */
    private static String refusedErr(String... args) {
        return refused(args);
    }
}
