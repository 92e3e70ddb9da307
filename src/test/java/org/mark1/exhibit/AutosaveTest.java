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
 * idle timeout's new visit does; (7) a press is saved at the next frame, not a minute later;
 * (8) a drawing in progress (strokes not yet taught, or a retina cleared) comes back on the retina
 * exactly, painted, after a restart within the idle time, and is saved a second after it changed;
 * (9) a new visit starts without it; (10) a file kept before drawings were kept (no {@code drawing}
 * key) still loads, the retina showing the card; (11) a malformed drawing is refused in one line
 * naming the file and the place.
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

    /** A visitor of {@link #visited} who then draws {@code strokes} random strokes (none: presses Clear) and does not teach them. */
    static Exhibit drawing(int strokes, long seed) {
        Exhibit ex = visited(1 + (int) (seed % 3), Exhibit.PanelMode.MACHINE, seed);
        java.util.Random random = new java.util.Random(seed);
        Kiosk k = ex.kiosk();
        k.press(Kiosk.Action.CLEAR);
        for (int i = 0; i < strokes; i++) {
            int r = random.nextInt(20);
            int c = random.nextInt(20);
            k.draw(r, c);
            k.drawLine(r, c, random.nextInt(20), random.nextInt(20));
        }
        ex.frame(KioskFlowTest.FRAME);
        return ex;
    }

    @Test
    void aDrawingInProgressComesBackOnTheRetina(@TempDir Path dir) {
        for (int seed = 0; seed < 8; seed++) {
            Exhibit ex = drawing(seed % 4, seed);
            double[] drawn = ex.kiosk().drawing();
            Path file = dir.resolve("visit" + seed + ".json");
            new Autosave(file, line -> { }).save(ex, NOW);
            Exhibit again = trained(0);
            FrameRenderer r = new FrameRenderer(again);
            assertTrue(new Autosave(file, line -> { }).restoreInto(again, NOW + 30_000));
            assertTrue(again.kiosk().sketching(), "the retina shows the drawing again");
            assertArrayEquals(drawn, again.kiosk().drawing(), "the drawing, cell by cell");
            again.frame(KioskFlowTest.FRAME);
            boolean[] lit = KioskFlowTest.litOnRetina(r.paint());
            for (int i = 0; i < drawn.length; i++) {
                assertEquals(drawn[i] > 0, lit[i], "case " + seed + ": retina cell " + i + " on screen after the restart");
            }
            again.kiosk().press(Kiosk.Action.TEACH_A); // and it can be taught as if nothing had happened
            assertEquals(ex.demonstration().visitorCards().size() + (seed % 4 == 0 ? 0 : 1), again.demonstration().visitorCards().size());
        }
    }

    @Test
    void aDrawingIsSavedASecondAfterItChanges(@TempDir Path dir) {
        Exhibit ex = drawing(0, 3);
        Autosave save = new Autosave(dir.resolve("visit.json"), line -> { });
        assertTrue(save.tick(ex, NOW));
        ex.kiosk().draw(4, 4);
        assertFalse(save.tick(ex, NOW + Autosave.DRAWING_EVERY_MILLIS - 1), "a save for every touch of a stroke");
        assertTrue(save.tick(ex, NOW + Autosave.DRAWING_EVERY_MILLIS), "the stroke waited for the minute's save");
        assertFalse(save.tick(ex, NOW + 3 * Autosave.DRAWING_EVERY_MILLIS), "saved again with nothing drawn");
        Exhibit again = trained(0);
        assertTrue(new Autosave(dir.resolve("visit.json"), line -> { }).restoreInto(again, NOW + 5_000));
        assertArrayEquals(ex.kiosk().drawing(), again.kiosk().drawing());
    }

    @Test
    void aNewVisitStartsWithoutTheDrawing(@TempDir Path dir) {
        Exhibit ex = drawing(3, 5);
        Path file = dir.resolve("visit.json");
        new Autosave(file, line -> { }).save(ex, NOW);
        Exhibit again = trained(0);
        assertFalse(new Autosave(file, line -> { }).restoreInto(again, NOW + Kiosk.IDLE_MICROS / 1000));
        assertFalse(again.kiosk().sketching());
        assertArrayEquals(new double[400], again.kiosk().drawing());
        // the drawing of a visit that ends by the idle time is not kept either
        for (long w = 0; ex.kiosk().visitor(); w += 100_000) {
            ex.frame(100_000);
        }
        new Autosave(file, line -> { }).save(ex, NOW);
        assertFalse(Files.exists(file) && readText(file).contains("drawing"), "a drawing kept after the visit ended");
    }

    @Test
    void aVisitKeptBeforeDrawingsWereKeptStillLoads(@TempDir Path dir) throws Exception {
        Exhibit ex = drawing(2, 4);
        Path file = dir.resolve("visit.json");
        new Autosave(file, line -> { }).save(ex, NOW);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertTrue(tree.has("drawing"));
        tree.remove("drawing");
        Files.writeString(file, tree.toString());
        Autosave.check(file, ex);
        Exhibit again = trained(0);
        assertTrue(new Autosave(file, line -> { }).restoreInto(again, NOW + 1_000));
        assertFalse(again.kiosk().sketching(), "no drawing kept: the retina shows the card before the camera");
        assertEquals(ex.demonstration().visitorCards().size(), again.demonstration().visitorCards().size());
    }

    @Test
    void aMalformedDrawingIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Exhibit ex = drawing(1, 6);
        Path file = dir.resolve("visit.json");
        new Autosave(file, line -> { }).save(ex, NOW);
        String good = readText(file);
        java.util.Random random = new java.util.Random(19);
        for (int trial = 0; trial < 6; trial++) {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(good);
            var cells = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("drawing");
            int cell = random.nextInt(cells.size());
            String place;
            if (trial % 3 == 0) {
                cells.remove(cell);
                place = ": drawing: holds 399 photocells";
            } else {
                cells.set(cell, cells.numberNode(trial % 3 == 1 ? -0.5 : 1.5));
                place = ": drawing[" + cell + "]: light " + (trial % 3 == 1 ? "-0.5" : "1.5") + " is not between 0 and 1";
            }
            Files.writeString(file, tree.toString());
            org.mark1.io.InputError e = org.junit.jupiter.api.Assertions.assertThrows(org.mark1.io.InputError.class,
                    () -> Autosave.check(file, trained(0)));
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(place) && !e.getMessage().contains("\n"),
                    e.getMessage());
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
