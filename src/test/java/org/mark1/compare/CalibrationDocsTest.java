package org.mark1.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.SweepSummary;
import org.mark1.io.YamlDocument;
import org.mark1.report.CalibrationSheet;
import org.mark1.report.Replay;
import org.mark1.scenario.HistorySpec;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/**
 * The calibrations committed under docs/scenarios/NAME/calibration* are what their files give: each
 * was made from the shipped scenario as it stands (its manifest holds it), measures a reading of its
 * history block against the value the block gives, covers the grid its manifest names, and its
 * report.md is exactly what its manifest and calibration.csv make. Every scenario whose history lies
 * outside our interval has one, so that its "why" cell states a measured reason. Nothing is rerun.
 */
class CalibrationDocsTest {

    private static final Path DOCS = Path.of("docs");

    @Test
    void everyCommittedCalibrationIsWhatItsFilesGive() throws Exception {
        int seen = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Path dir = DOCS.resolve("scenarios").resolve(name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> folders;
            try (var list = Files.list(dir)) {
                folders = list.filter(p -> p.getFileName().toString().startsWith(CalibrationSheet.FOLDER_PREFIX)).sorted().toList();
            }
            for (Path f : folders) {
                seen++;
                Path manifest = f.resolve(CalibrationWriter.MANIFEST);
                YamlDocument doc = YamlDocument.read(manifest);
                CalibrationWriter.CalibrationManifest m = doc.bind("", doc.root(), CalibrationWriter.CalibrationManifest.class);
                // Not fromManifest: a new version of mark1 need not make the committed calibrations stale.
                Calibration c = Calibration.of(m.scenario(), m.measure(), m.vary().stream().map(CalibrationAxis::parse).toList(),
                        m.seeds());
                Scenario shipped = ScenarioLoader.builtIn(name);
                assertEquals(shipped.withSeed(c.seeds().get(0)), c.scenario(),
                        f + ": the scenario has changed since; run the calibration again (docs/replaying.md)");
                CalibrationSheet sheet = CalibrationSheet.parse(Files.readString(f.resolve(CalibrationSheet.CSV)));
                HistorySpec h = shipped.history();
                assertEquals(h.value(), sheet.history(), f + ": history's value");
                assertTrue(h.figures().contains(sheet.measure()), f + ": measures a reading of the history block");
                assertEquals(c.measure(), sheet.measure(), f.toString());
                assertEquals(c.axes().stream().map(CalibrationAxis::key).toList(), sheet.keys(), f.toString());
                assertEquals(c.grid(), sheet.points().stream().map(CalibrationSheet.GridPoint::values).toList(), f.toString());
                sheet.points().forEach(p -> assertEquals(c.seeds().size(), p.figure().of(), f + " " + p.values()));
                assertEquals(CalibrationWriter.report(c, sheet), Files.readString(f.resolve(CalibrationWriter.REPORT)),
                        f + "/report.md is stale or was edited by hand");
                assertTrue(Files.size(f.resolve(CalibrationWriter.PNG)) > 0, f.toString());
            }
        }
        assertTrue(seen > 0, "no calibration committed");
    }

    @Test
    void everyScenarioOutsideHistoryHasACalibration() {
        for (String name : ScenarioLoader.BUILT_IN) {
            HistorySpec h = ScenarioLoader.builtIn(name).history();
            if (h == null || h.value() == null) {
                continue;
            }
            for (Measure m : h.figures()) {
                Estimate ours = SweepSummary.estimate(Replay.rows(DOCS, name), m);
                if (!ours.covers(h.value())) {
                    var sheets = Replay.calibrations(DOCS, name);
                    assertFalse(sheets.isEmpty(), name + ": history lies outside our interval (" + m.id()
                            + ") and no calibration under docs/scenarios/" + name + "/ says why");
                }
            }
        }
    }
}
