package org.mark1.experiment;

import org.mark1.compare.Sensitivity;
import org.mark1.compare.SensitivityWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/threshold-vs-sigmoid.md shows the sensitivity table the project wrote, not numbers typed by hand. */
class SensitivityDocTest {

    @Test
    void theSensitivityInTheDocIsTheOneInDocsSensitivity() throws Exception {
        String doc = Files.readString(Path.of("docs/threshold-vs-sigmoid.md"));
        String begin = "<!-- sensitivity:begin -->\n";
        int from = doc.indexOf(begin);
        int to = doc.indexOf("<!-- sensitivity:end -->");
        assertTrue(from >= 0 && to > from, "the doc has the sensitivity markers");
        Path folder = Path.of("docs/sensitivity");
        String report = Files.readString(folder.resolve(SensitivityWriter.REPORT));
        assertEquals(ThresholdDocTest.embedded(report), doc.substring(from + begin.length(), to),
                "regenerate: java -jar target/mark1.jar sensitivity --manifest docs/sensitivity/manifest.json --out docs/sensitivity, "
                        + "then paste report.md (without its title) between the markers");
        assertTrue(Files.size(folder.resolve(SensitivityWriter.PNG)) > 1000);
        assertTrue(doc.contains("](sensitivity/" + SensitivityWriter.PNG + ")"), "the doc shows the picture");
        assertTrue(report.contains("over 30 seeds"), "the doc shows the 30-seed measurement");
        String csv = Files.readString(folder.resolve(SensitivityWriter.CSV));
        assertEquals(1 + 2 * 5 * 30 * Sensitivity.SIZES.size(), csv.lines().count(), "modes x rules x seeds x sizes");
    }
}
