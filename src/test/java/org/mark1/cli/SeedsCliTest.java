package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.report.RunWriter;
import org.mark1.experiment.SeedRow;
import org.mark1.report.SweepWriter;

/** {@code mark1 run --seeds}: the same bytes on one thread or several, and each seed's folder is that seed's run. */
class SeedsCliTest {

    private static Path scenario(Path dir) throws Exception {
        Path f = dir.resolve("quick.yaml");
        Files.writeString(f, CliTest.SCENARIO);
        return f;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static void assertSameTree(Path a, Path b) throws Exception {
        assertEquals(files(a), files(b));
        for (Path f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }

    @Test
    void oneThreadOrTwoWriteTheSameBytes(@TempDir Path dir) throws Exception {
        Path s = scenario(dir);
        CliTest.Outcome one = CliTest.mark1("run", s.toString(), "--seeds", "3", "--threads", "1", "--out", dir.resolve("one").toString());
        assertEquals(0, one.code(), one.err());
        CliTest.Outcome two = CliTest.mark1("run", s.toString(), "--seeds", "3", "--threads", "2", "--out", dir.resolve("two").toString());
        assertEquals(0, two.code(), two.err());
        assertSameTree(dir.resolve("one"), dir.resolve("two"));
        assertEquals(one.out().replace(dir.resolve("one").toString(), "DIR"), two.out().replace(dir.resolve("two").toString(), "DIR"));
        assertTrue(one.out().contains("3 seeds (8-10)") && one.out().contains("95 % CI"), one.out());
        for (String f : List.of(RunWriter.MANIFEST, RunWriter.SUMMARY, SweepWriter.SEEDS_CSV, RunWriter.CURVE_CSV,
                RunWriter.CURVE_PNG, "report.md")) {
            assertTrue(Files.size(dir.resolve("one").resolve(f)) > 0, f);
        }
        List<SeedRow> rows = SeedRow.parse(Files.readString(dir.resolve("one").resolve(SweepWriter.SEEDS_CSV)));
        assertEquals(List.of(8L, 9L, 10L), rows.stream().map(SeedRow::seed).toList());
    }

    @Test
    void eachSeedsFolderIsThatSeedsOwnRunAndTheManifestRunsTheSweepAgain(@TempDir Path dir) throws Exception {
        Path s = scenario(dir);
        assertEquals(0, CliTest.mark1("run", s.toString(), "--seeds", "20-21", "--out", dir.resolve("sweep").toString()).code());
        assertEquals(0, CliTest.mark1("run", s.toString(), "--seed", "21", "--out", dir.resolve("single").toString()).code());
        assertSameTree(dir.resolve("single"), dir.resolve("sweep").resolve("seed21"));
        Files.delete(s);
        CliTest.Outcome again = CliTest.mark1("run", "--manifest", dir.resolve("sweep/manifest.json").toString(), "--out",
                dir.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
        assertSameTree(dir.resolve("sweep"), dir.resolve("again"));
        CliTest.Outcome over = CliTest.mark1("run", "--manifest", dir.resolve("sweep/manifest.json").toString(), "--out",
                dir.resolve("again").toString());
        assertEquals(0, over.code(), "an earlier sweep's folder is replaced whole: " + over.err());
        assertSameTree(dir.resolve("sweep"), dir.resolve("again"));
        Files.writeString(dir.resolve("again").resolve("notes.txt"), "mine");
        CliTest.Outcome refused = CliTest.mark1("run", "--manifest", dir.resolve("sweep/manifest.json").toString(), "--out",
                dir.resolve("again").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("notes.txt"), refused.err());
        assertEquals("mine", Files.readString(dir.resolve("again").resolve("notes.txt")));
    }

    @Test
    void seedsInTheFileRunUnlessOneSeedIsAskedFor(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("seeded.yaml");
        Files.writeString(s, CliTest.SCENARIO + "seeds: 2\n");
        CliTest.Outcome swept = CliTest.mark1("run", s.toString(), "--out", dir.resolve("a").toString());
        assertEquals(0, swept.code(), swept.err());
        assertTrue(Files.isDirectory(dir.resolve("a").resolve("seed9")));
        CliTest.Outcome single = CliTest.mark1("run", s.toString(), "--seed", "4", "--out", dir.resolve("b").toString());
        assertEquals(0, single.code(), single.err());
        assertTrue(single.out().startsWith("quick, seed 4"), single.out());
        assertFalse(Files.readString(dir.resolve("b").resolve(RunWriter.MANIFEST)).contains("\"seeds\""),
                "one seed's manifest runs one seed again");
    }

    @Test
    void badSeedOptionsAreOneLineExitTwoAndNothingWritten(@TempDir Path dir) throws Exception {
        Path s = scenario(dir);
        Path out = dir.resolve("never");
        for (List<String> args : List.of(List.of("--seeds", "x"), List.of("--seeds", "0"), List.of("--seeds", "9-2"),
                List.of("--seeds", "3", "--threads", "0"), List.of("--seeds", "3", "--trace"),
                List.of("--seeds", "5-6", "--seed", "3"))) {
            List<String> all = new java.util.ArrayList<>(List.of("run", s.toString(), "--out", out.toString()));
            all.addAll(args);
            CliTest.Outcome o = CliTest.mark1(all.toArray(String[]::new));
            assertEquals(2, o.code(), args + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().startsWith("mark1: --seeds") || o.err().startsWith("mark1: --threads")
                    || o.err().startsWith("mark1: --trace"), o.err());
            assertFalse(Files.exists(out), args + ": nothing written");
        }
    }
}
