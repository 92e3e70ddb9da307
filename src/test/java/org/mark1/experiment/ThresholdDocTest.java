package org.mark1.experiment;

import org.mark1.compare.CompareWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/threshold-vs-sigmoid.md shows the comparison the project wrote, not numbers typed by hand. */
class ThresholdDocTest {

    /** The report as the doc embeds it: without its title, headings one level down. */
    static String embedded(String report) {
        String body = report.substring(report.indexOf('\n') + 1).stripLeading();
        return body.replace("\n## ", "\n### ");
    }

    @Test
    void theComparisonInTheDocIsTheOneInDocsCompare() throws Exception {
        String doc = Files.readString(Path.of("docs/threshold-vs-sigmoid.md"));
        String begin = "<!-- compare:begin -->\n";
        int from = doc.indexOf(begin);
        int to = doc.indexOf("<!-- compare:end -->");
        assertTrue(from >= 0 && to > from, "the doc has the compare markers");
        String report = Files.readString(Path.of("docs/compare", CompareWriter.REPORT));
        assertEquals(embedded(report), doc.substring(from + begin.length(), to),
                "regenerate: java -jar target/mark1.jar compare --manifest docs/compare/manifest.json --out docs/compare, "
                        + "then paste report.md (without its title) between the markers");
        assertTrue(Files.size(Path.of("docs/compare", CompareWriter.PNG)) > 1000);
        assertTrue(report.contains("over 30 seeds"), "the doc shows the 30-seed comparison");
    }
}
