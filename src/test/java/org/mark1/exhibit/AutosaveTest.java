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
 * the last save; (5) a visit (the machine, the visitor's cards and score, the view) saved and read
 * into a new exhibit within the idle time comes back whole, and the first touch goes on with it;
 * (6) one saved longer ago starts a fresh machine and the screen says so in both languages, as the
 * idle timeout's new visit does; (7) a press is saved at the next frame, not a minute later.
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

    static final long NOW = 1_780_000_000_000L;

    /** A visitor who taught {@code cards} cards, watched the machine, and went to another view. */
    static Exhibit visited(int cards, Exhibit.PanelMode view, long seed) {
        Exhibit ex = trained(20_000_000 + seed * 777_777);
        Kiosk k = ex.kiosk();
        for (int n = 0; n < cards; n++) {
            ScriptedVisitor.teach(k, (int) (n + seed));
            ex.frame(4_000_000 + seed * 1_000);
        }
        if (seed % 2 == 1) {
            k.press(Kiosk.Action.MOVING);
        }
        while (ex.mode() != view) {
            k.press(Kiosk.Action.VIEW);
        }
        return ex;
    }

    @Test
    void aVisitComesBackWholeAfterARestart(@TempDir Path dir) {
        for (int seed = 0; seed < 6; seed++) {
            Exhibit.PanelMode view = Exhibit.PanelMode.values()[seed % Exhibit.PanelMode.values().length];
            Exhibit ex = visited(2 + seed, view, seed);
            Path file = dir.resolve("visit" + seed + ".json");
            new Autosave(file, line -> { }).save(ex, NOW);
            Exhibit again = trained(0);
            assertTrue(new Autosave(file, line -> { }).restoreInto(again, NOW + 30_000));
            var was = ex.demonstration();
            var is = again.demonstration();
            assertArrayEquals(was.state().pots(), is.state().pots(), "pots");
            assertArrayEquals(was.state().thresholds(), is.state().thresholds(), "thresholds");
            assertEquals(was.visitorCards().size(), is.visitorCards().size(), "cards");
            for (int c = 0; c < was.visitorCards().size(); c++) {
                assertArrayEquals(was.visitorCards().get(c).light(), is.visitorCards().get(c).light(), "card " + c);
                assertArrayEquals(was.visitorCards().get(c).wanted(), is.visitorCards().get(c).wanted(), "class of card " + c);
            }
            assertArrayEquals(ex.kiosk().score(), again.kiosk().score(), "score");
            assertEquals(view, again.mode(), "view");
            assertEquals(was.moving(), is.moving(), "figures move");
            assertEquals(was.deck(), is.deck(), "deck");
            assertTrue(again.kiosk().visitor());
            assertEquals(again.labels().get("visit.resumed"), again.caption().line());
            int[] resumed = is.state().pots();
            again.kiosk().press(Kiosk.Action.BACK);
            again.kiosk().draw(3, 3); // the first touch goes on with the visit
            assertArrayEquals(resumed, is.state().pots(), "the first touch reset the knobs of a resumed visit");
            assertEquals(was.visitorCards().size(), is.visitorCards().size(), "the first touch forgot the visitor's cards");
        }
    }

    @Test
    void aVisitKeptLongerThanTheIdleTimeStartsFreshAndSaysSo(@TempDir Path dir) {
        Exhibit ex = visited(3, Exhibit.PanelMode.MACHINE, 1);
        Path file = dir.resolve("visit.json");
        new Autosave(file, line -> { }).save(ex, NOW);
        Exhibit again = trained(0);
        int[] fresh = again.demonstration().state().pots();
        assertFalse(new Autosave(file, line -> { }).restoreInto(again, NOW + Kiosk.IDLE_MICROS / 1000 + 1));
        assertArrayEquals(fresh, again.demonstration().state().pots());
        assertTrue(again.demonstration().visitorCards().isEmpty());
        assertFalse(again.kiosk().visitor());
        for (Labels.Language lang : Labels.Language.values()) {
            again.setLanguage(lang);
            assertEquals(new Labels(lang).get("visit.new"), again.caption().line(), lang.toString());
        }
        // the idle timeout's new visit says the same
        Exhibit idle = visited(1, Exhibit.PanelMode.MACHINE, 2);
        for (long w = 0; w <= Kiosk.IDLE_MICROS && idle.kiosk().visitor(); w += 100_000) {
            idle.frame(100_000);
        }
        assertFalse(idle.kiosk().visitor());
        assertEquals(idle.labels().get("visit.new"), idle.caption().line());
    }

    @Test
    void aPressIsSavedAtTheNextFrame(@TempDir Path dir) {
        Exhibit ex = visited(1, Exhibit.PanelMode.MACHINE, 0);
        Path file = dir.resolve("visit.json");
        Autosave save = new Autosave(file, line -> { });
        assertTrue(save.tick(ex, NOW));
        assertFalse(save.tick(ex, NOW + 16));
        ScriptedVisitor.teach(ex.kiosk(), 5);
        assertTrue(save.tick(ex, NOW + 33), "a taught card waited for the minute's save");
        Exhibit again = trained(0);
        assertTrue(new Autosave(file, line -> { }).restoreInto(again, NOW + 1_000));
        assertEquals(ex.demonstration().visitorCards().size(), again.demonstration().visitorCards().size());
    }
}
