package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.AtomicFolder;

/**
 * A run's folder is one consistent set, whatever moment the run is killed at.
 *
 * <p>An earlier run (seed 1, no trace) has written the folder. A new run (seed 2, with its trace
 * streaming) is started into the same folder in a separate JVM and killed with SIGKILL after a
 * seeded random delay, twenty times, from before the JVM has started to after the run has ended.
 * After every kill:
 * <ol>
 *   <li>the folder holds exactly the earlier run's files, byte for byte, or exactly the new run's —
 *       never a mix, never a file missing; or, if the kill fell between the two renames of the
 *       swap, the folder is absent and the earlier run's whole set waits beside it, set aside;</li>
 *   <li>once recovered (what the next run into the folder does first) it is the old or the new set,
 *       and no temporary or aside folder is left.</li>
 * </ol>
 * Both outcomes must occur over the twenty kills, so the kills do fall on both sides of the swap.
 */
class KilledRunTest {

    private static final String SCENARIO = CliTest.SCENARIO;
    private static final int KILLS = 20;

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                m.put(p.getFileName().toString(), Sheets.sha256(Files.readString(p, StandardCharsets.ISO_8859_1)));
            }
        }
        return m;
    }

    private static void inProcess(String... args) {
        StringWriter err = new StringWriter();
        int code = Mark1.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
    }

    private static Process child(Path scenario, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Mark1.class.getName(),
                "run", scenario.toString(), "--seed", "2", "--trace", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void restore(Path target, Path from) throws IOException {
        try (var files = Files.list(from)) {
            Files.createDirectory(target);
            for (Path p : files.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunKilledAtAnyMomentLeavesTheOldSetOrTheNewNeverAMix(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(dir.resolve("quick.yaml"), SCENARIO);
        Path oldRun = dir.resolve("old");
        Path newRun = dir.resolve("new");
        inProcess("run", scenario.toString(), "--seed", "1", "--out", oldRun.toString());
        inProcess("run", scenario.toString(), "--seed", "2", "--trace", "--out", newRun.toString());
        Map<String, String> before = snapshot(oldRun);
        Map<String, String> after = snapshot(newRun);
        assertTrue(after.containsKey("trace.jsonl") && !before.containsKey("trace.jsonl"));

        Path parent = Files.createDirectory(dir.resolve("runs"));
        Path target = parent.resolve("quick");
        restore(target, oldRun);
        long start = System.nanoTime();
        Process whole = child(scenario, target);
        assertEquals(0, whole.waitFor(), "an unkilled child run succeeds");
        long wholeNanos = System.nanoTime() - start;
        assertEquals(after, snapshot(target), "the child's run is the same as the run in this JVM");

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20260601L);
        List<String> outcomes = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            org.mark1.io.AtomicFolder.deleteTree(target);
            restore(target, oldRun);
            Process run = child(scenario, target);
            long delay = (long) (rng.nextDouble() * 1.3 * wholeNanos);
            if (run.waitFor(delay, TimeUnit.NANOSECONDS)) {
                outcomes.add("finished");
            } else {
                run.destroyForcibly();
                run.waitFor();
            }
            Path aside = parent.resolve("." + target.getFileName() + "." + run.pid() + ".old");
            if (Files.exists(target)) {
                Map<String, String> seen = snapshot(target);
                assertTrue(seen.equals(before) || seen.equals(after), "kill " + k + " after " + delay / 1_000_000
                        + " ms left a mix: " + seen.keySet());
            } else {
                assertEquals(before, snapshot(aside), "kill " + k + ": between the renames, the old set waits aside");
                outcomes.add("between the renames");
            }
            AtomicFolder.recover(target);
            Map<String, String> recovered = snapshot(target);
            assertTrue(recovered.equals(before) || recovered.equals(after), "kill " + k + ": recovered to a mix");
            outcomes.add(recovered.equals(before) ? "old" : "new");
            assertEquals(List.of("quick"), names(parent), "kill " + k + ": nothing left beside the folder");
        }
        assertTrue(outcomes.contains("old") && outcomes.contains("new"),
                "the kills fell on both sides of the swap: " + outcomes);
    }
}
