package org.mark1.experiment;

import org.mark1.report.Replay;
import org.mark1.report.RunWriter;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/scenarios.md is generated and true: (1) it is exactly what the shipped scenario files and
 * the committed seeds' rows give (no hand edit, no stale history text); (2) every shipped scenario
 * has rows over at least 20 seeds, the seeds a replay uses; (3) the first seed of each, run again
 * now, gives exactly its committed row, so a change to the model that moves the figures makes this
 * test fail until `mark1 replay --all` is run again. (A full replay is not run here: it takes minutes.)
 */
class ScenarioDocsTest {

    private static final Path DOCS = Path.of("docs");

    @Test
    void theTableIsWhatTheFilesAndTheRowsGive() throws Exception {
        String committed = Files.readString(DOCS.resolve(Replay.TABLE));
        assertEquals(Replay.table(DOCS), committed, "docs/scenarios.md is stale or was edited by hand: run mark1 replay --all");
    }

    @Test
    void theModelQuotesTheSameHistoryRowsAsTheTable() throws Exception {
        String committed = Files.readString(DOCS.resolve(Replay.MODEL));
        assertEquals(Replay.modelText(DOCS), committed,
                "docs/model.md's history rows are stale or were edited by hand: run mark1 replay --all");
        for (String name : ScenarioLoader.BUILT_IN) {
            org.mark1.scenario.HistorySpec h = ScenarioLoader.builtIn(name).history();
            if (h != null && h.value() != null) {
                for (org.mark1.scenario.Measure m : h.figures()) {
                    String ours = m.label() + ": " + SweepSummary.estimate(Replay.rows(DOCS, name), m).describe(m.unit());
                    assertTrue(committed.contains(ours), name + " in docs/model.md: " + ours);
                    assertTrue(Files.readString(DOCS.resolve(Replay.TABLE)).contains(ours), name + " in docs/scenarios.md: " + ours);
                }
            }
        }
    }

    @Test
    void everyShippedScenarioHasRowsOverItsReplaySeeds() {
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario s = ScenarioLoader.builtIn(name);
            List<SeedRow> rows = Replay.rows(DOCS, name);
            assertEquals(Replay.seeds(s, null), rows.stream().map(SeedRow::seed).toList(), name);
            assertTrue(rows.size() >= 20, name + ": " + rows.size() + " seeds");
            assertTrue(Files.exists(DOCS.resolve("scenarios").resolve(name).resolve(RunWriter.CURVE_PNG)), name);
        }
    }

    @Test
    void theFirstSeedOfEachScenarioStillGivesItsCommittedRow() {
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario s = ScenarioLoader.builtIn(name);
            SeedRow committed = Replay.rows(DOCS, name).get(0);
            Summary now = Experiment.run(s.withSeeds(null).withSeed(committed.seed()), Experiment.Options.defaults(),
                    Progress.NONE).summary();
            assertEquals(committed, SeedRow.of(now), name + ": the model has changed; run mark1 replay --all");
        }
    }
}
