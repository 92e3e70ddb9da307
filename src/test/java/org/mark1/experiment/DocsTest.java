package org.mark1.experiment;

import org.mark1.report.ParameterTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mark1.machine.MachineConfig;

/** The documentation says what the code does. */
class DocsTest {

    @Test
    void theParameterTableInTheModelDocIsTheCodes() throws Exception {
        String doc = Files.readString(Path.of("docs/model.md"));
        int begin = doc.indexOf("<!-- params:begin -->\n");
        int end = doc.indexOf("<!-- params:end -->");
        assertTrue(begin >= 0 && end > begin, "docs/model.md has the params markers");
        String table = doc.substring(begin + "<!-- params:begin -->\n".length(), end);
        assertEquals(ParameterTable.markdown(MachineConfig.defaults()), table,
                "regenerate with: java -jar target/mark1.jar params");
    }

    @Test
    void everyGapParameterIsMarkedAsOurs() {
        String table = ParameterTable.markdown(MachineConfig.defaults());
        for (MachineConfig.Parameter p : MachineConfig.PARAMETERS) {
            String row = table.lines().filter(l -> l.startsWith("| `" + p.name() + "` |")).findFirst().orElseThrow();
            assertTrue(row.contains(p.source() == MachineConfig.Source.GAP ? "[gap]" : p.source() == MachineConfig.Source.WEAK
                    ? "[weak]" : "[history]"), row);
        }
    }

    @Test
    void theReadmeStartsWithItsTwoCommands() throws Exception {
        var lines = Files.readAllLines(Path.of("README.md"));
        assertEquals("    mvn -q -B package -DskipTests && java -jar target/mark1.jar run", lines.get(2));
        assertEquals("    mvn -B test", lines.get(3));
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("mvn -B test"), ".ci/run runs the README's test command");
    }
}
