package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mark1.exhibit.demo.Demonstration;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * A visitor never gets lost and sees one picture at a time: a fast stroke is joined; while drawing,
 * the retina's lit lamps are exactly the drawing; Clear leaves the retina dark; a taught drawing
 * goes before the camera and the next strokes start afresh; Forgetting turns off as it turned on;
 * every other view shows a way back that works.
 */
class KioskFlowTest {

    static Exhibit exhibit() {
        return new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
    }

    static boolean[] litOnRetina(BufferedImage img) {
        boolean[] lit = new boolean[400];
        for (int i = 0; i < 400; i++) {
            lit[i] = FramePixelsTest.brightness(img, PanelGeometry.retinaX(i, 20, 20), PanelGeometry.retinaY(i, 20, 20)) > 450;
        }
        return lit;
    }

    @Test
    void strokesAreJoinedAndTheRetinaShowsOnlyTheDrawing() {
        Random random = new Random(17);
        for (int trial = 0; trial < 12; trial++) {
            Exhibit ex = exhibit();
            FrameRenderer r = new FrameRenderer(ex);
            ex.frame(7_000_000); // a card of the attract loop is lit
            Kiosk k = ex.kiosk();
            int r0 = random.nextInt(20);
            int c0 = random.nextInt(20);
            int r1 = random.nextInt(20);
            int c1 = random.nextInt(20);
            k.draw(r0, c0);
            k.drawLine(r0, c0, r1, c1);
            double[] d = k.drawing();
            int steps = Math.max(Math.abs(r1 - r0), Math.abs(c1 - c0));
            for (int s = 0; s <= steps; s++) {
                int row = r0 + Math.round((r1 - r0) * s / (float) Math.max(1, steps));
                int col = c0 + Math.round((c1 - c0) * s / (float) Math.max(1, steps));
                assertTrue(d[row * 20 + col] > 0, "gap at " + row + "," + col + " of a stroke " + r0 + "," + c0 + " to " + r1 + "," + c1);
            }
            ex.frame(FRAME);
            boolean[] lit = litOnRetina(r.paint());
            for (int i = 0; i < 400; i++) {
                assertEquals(d[i] > 0, lit[i], "retina cell " + i + " while drawing");
            }
            k.press(Kiosk.Action.TEACH_A);
            assertFalse(k.sketching());
            assertEquals(0, java.util.Arrays.stream(k.drawing()).sum(), "the next strokes start afresh");
            ex.frame(3_000_000);
            k.press(Kiosk.Action.CLEAR);
            ex.frame(FRAME);
            boolean[] cleared = litOnRetina(r.paint());
            for (boolean b : cleared) {
                assertFalse(b, "Clear left a lit lamp on the retina");
            }
        }
    }

    static final long FRAME = 1_000_000 / 60;

    @Test
    void forgettingTurnsOffAsItTurnedOn() {
        Exhibit ex = exhibit();
        Kiosk k = ex.kiosk();
        ScriptedVisitor.teach(k, 0);
        ex.frame(5_000_000);
        k.press(Kiosk.Action.FORGET);
        assertTrue(k.forgetting());
        assertEquals(Demonstration.Deck.FORGETTING, ex.demonstration().deck());
        k.press(Kiosk.Action.FORGET);
        assertFalse(k.forgetting());
        assertEquals(Demonstration.Deck.VISITOR, ex.demonstration().deck());
    }

    @Test
    void everyOtherViewShowsAWayBackThatWorks() {
        for (Labels.Language lang : Labels.Language.values()) {
            Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), lang);
            FrameRenderer r = new FrameRenderer(ex);
            Kiosk k = ex.kiosk();
            for (Exhibit.PanelMode view : new Exhibit.PanelMode[] {Exhibit.PanelMode.FIELD, Exhibit.PanelMode.MCP}) {
                ex.setMode(view);
                ex.frame(FRAME);
                BufferedImage img = r.paint();
                int bright = 0;
                for (int y = (int) KioskView.BACK.y(); y < KioskView.BACK.y() + KioskView.BACK.h(); y++) {
                    for (int x = (int) KioskView.BACK.x(); x < KioskView.BACK.x() + KioskView.BACK.w(); x++) {
                        bright += FramePixelsTest.raw(img, x, y) > 500 ? 1 : 0;
                    }
                }
                assertTrue(bright > 50, view + " shows no lettered way back (" + bright + " bright pixels)");
                k.press(Kiosk.Action.BACK);
                assertEquals(Exhibit.PanelMode.MACHINE, ex.mode());
            }
        }
    }
}
