package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * The exhibit's memory: (1) a machine saved mid-training comes back with the same pots and
 * thresholds in a new exhibit; (2) saves come at most once a minute; (3) a file that does not fit is
 * set aside with one line and the machine starts fresh; (4) a restart after a fault comes back from
 * the last save.
 */
class AutosaveTest {

    static Exhibit trained(long micros) {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ex.frame(micros);
        return ex;
    }

    @Test
    void aSavedMachineComesBack(@TempDir Path dir) {
        Exhibit ex = trained(180_000_000 + 12_345);
        Autosave save = new Autosave(dir.resolve("state.json"), line -> { });
        save.save(ex);
        Exhibit again = trained(0);
        assertFalse(java.util.Arrays.equals(ex.demonstration().state().pots(), again.demonstration().state().pots()));
        assertTrue(new Autosave(dir.resolve("state.json"), line -> { }).restoreInto(again));
        assertArrayEquals(ex.demonstration().state().pots(), again.demonstration().state().pots());
        assertArrayEquals(ex.demonstration().state().thresholds(), again.demonstration().state().thresholds());
    }

    @Test
    void savesComeAtMostOnceAMinute(@TempDir Path dir) throws Exception {
        Exhibit ex = trained(10_000_000);
        Autosave save = new Autosave(dir.resolve("state.json"), line -> { });
        assertTrue(save.tick(ex, 1_000));
        assertFalse(save.tick(ex, 1_000 + Autosave.EVERY_MILLIS - 1));
        assertTrue(save.tick(ex, 1_000 + Autosave.EVERY_MILLIS));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("state.json")), files.toList(), "a temporary file was left behind");
        }
    }

    @Test
    void aFileThatDoesNotFitIsSetAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"format\": \"mark1 machine state\", \"endStop\": 100, \"thresholds\": [0], \"pots\": [1, 2]}");
        List<String> log = new ArrayList<>();
        Exhibit ex = trained(0);
        int[] before = ex.demonstration().state().pots();
        assertFalse(new Autosave(file, log::add).restoreInto(ex));
        assertArrayEquals(before, ex.demonstration().state().pots());
        assertTrue(Files.exists(dir.resolve("state.json.unused")));
        assertFalse(Files.exists(file));
        assertEquals(1, log.size());
        assertTrue(log.get(0).contains("2 pots"), log.get(0));
    }

    @Test
    void aRestartComesBackFromTheLastSave(@TempDir Path dir) {
        Exhibit ex = trained(120_000_000);
        Autosave save = new Autosave(dir.resolve("state.json"), line -> { });
        save.save(ex);
        int[] saved = ex.demonstration().state().pots();
        ex.frame(60_000_000);
        ex.restart();
        save.restoreInto(ex);
        assertArrayEquals(saved, ex.demonstration().state().pots());
    }
}
