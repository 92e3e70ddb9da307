package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.report.RunWriter;

/** Scenario names of any script reach the disk, and sheets saved with a byte-order mark load. */
class FileNamesTest {

    private static final String SCENARIO = """
            name: NAME
            seed: 3
            stimuli:
              size: {min: 5, max: 9}
            classes:
              - name: square
                shapes: [square]
              - name: other
                shapes: [circle]
            training:
              rule: error-correction
              examplesPerClass: 4
              maxPasses: 2
            evaluation:
              freshPerClass: 2
            """;

    /**
     * The default folder runs/NAME-seedN is made in the working folder, so the command line runs
     * in a child JVM whose working folder is a temporary one (with a UTF-8 locale, as a museum's
     * computer would have).
     */
    @Test
    void aScenarioNamedInAnyScriptWritesItsDefaultFolder(@TempDir Path dir) throws Exception {
        for (String name : List.of("квадраты", "正方形")) {
            Path s = dir.resolve(name + ".yaml");
            Files.writeString(s, SCENARIO.replace("NAME", name), StandardCharsets.UTF_8);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    Mark1.class.getName(), "run", s.getFileName().toString())
                    .directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put("LANG", "C.UTF-8");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
            Path folder = dir.resolve("runs").resolve(name + "-seed3");
            assertTrue(Files.isRegularFile(folder.resolve(RunWriter.MANIFEST)), output);
            assertTrue(Files.readString(folder.resolve(RunWriter.SUMMARY)).contains(name));
        }
    }

    @Test
    void aWiringSheetWithAByteOrderMarkLoads(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, SCENARIO.replace("NAME", "bom"));
        Path sheet = dir.resolve("wiring.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, Mark1.execute(new String[] {"wiring", s.toString(), "--out", sheet.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        byte[] plain = Files.readAllBytes(sheet);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        Path bom = dir.resolve("wiring-bom.csv");
        Files.write(bom, marked);
        assertEquals(Sheets.read(sheet), Sheets.read(bom));
        assertEquals(0, Mark1.execute(new String[] {"run", s.toString(), "--wiring", bom.toString(), "--out",
            dir.resolve("r").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        assertEquals(Files.readString(sheet), Files.readString(dir.resolve("r").resolve(RunWriter.WIRING)));
    }
}
