package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;
import org.mark1.exhibit.demo.Demonstration;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * The kiosk with a scripted visitor, headless, at real time (60 frames a second, 1/60 s of machine
 * time each):
 * <ol>
 *   <li>a visitor teaching a ring and a cross, one card every 10 s, has the machine answer all of
 *       their cards rightly within 5 minutes, after at least one wrong answer (it learned);</li>
 *   <li>the machine answers a taught card within one presentation time;</li>
 *   <li>forgetting: trained on the scenario's cards afterwards, it gets some of the visitor's wrong;</li>
 *   <li>with nobody touching for the idle time, the attract loop comes back with fresh knobs.</li>
 * </ol>
 */
class KioskTest {

    static final long FRAME = 1_000_000 / 60;

    @Test
    void aVisitorsTwoClassesAreLearnedWithinFiveMinutes() {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        Kiosk k = ex.kiosk();
        int wrong = 0;
        Integer learnedAt = null;
        for (int frame = 0; frame < 5 * 60 * 60 && learnedAt == null; frame++) {
            if (frame % 600 == 0 && frame / 600 < 12) {
                ScriptedVisitor.teach(k, frame / 600);
            }
            for (Event e : ex.frame(FRAME)) {
                if (e instanceof Event.RUnitsAnswered a && !a.correct()) {
                    wrong++;
                }
            }
            int[] score = k.score();
            if (frame >= 6 * 600 && score[1] >= 6 && score[0] == score[1]) {
                learnedAt = frame;
            }
        }
        assertNotNull(learnedAt, "the visitor's cards were not all answered rightly within 5 minutes");
        assertTrue(wrong > 0, "the machine never erred, so it showed no learning");
    }

    @Test
    void aTaughtCardIsAnsweredWithinOnePresentation() {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        Kiosk k = ex.kiosk();
        ex.frame(5_000_000);
        ScriptedVisitor.teach(k, 0);
        long presentation = ex.demonstration().config().presentationMillis() * 1000L;
        boolean answered = false;
        for (long t = 0; t <= presentation && !answered; t += FRAME) {
            answered = ex.frame(FRAME).stream().anyMatch(e -> e instanceof Event.RUnitsAnswered);
        }
        assertTrue(answered);
    }

    @Test
    void trainingOnOtherCardsForgetsTheVisitorsCards() {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ex.setSpeed(1000); // the machine's half hour of forgetting passes in seconds: the visitor is never idle for 90 s
        Kiosk k = ex.kiosk();
        for (int n = 0; n < 8; n++) {
            ScriptedVisitor.teach(k, n);
            ex.frame(10_000_000);
        }
        // the last card stays before the camera while its caption is read (2.5 s of wall time), then two minutes of rehearsal
        ex.frame(Math.round(org.mark1.exhibit.words.CaptionPacer.HOLD_MICROS * 1000.0) + 120_000_000);
        assertEquals(k.score()[1], k.score()[0], "the visitor's cards should be learned before forgetting");
        k.press(Kiosk.Action.FORGET);
        assertEquals(Demonstration.Deck.FORGETTING, ex.demonstration().deck());
        boolean forgot = false;
        for (int minute = 0; minute < 30 && !forgot; minute++) {
            ex.frame(60_000_000);
            forgot = k.score()[0] < k.score()[1];
        }
        assertTrue(forgot, "after 30 minutes on other cards the machine still knew every visitor card");
    }

    @Test
    void idleTimeBringsBackTheAttractLoop() {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        int[] fresh = ex.demonstration().snapshot().positions();
        Kiosk k = ex.kiosk();
        ScriptedVisitor.teach(k, 0);
        assertTrue(k.visitor());
        for (long w = 0; w < Kiosk.IDLE_MICROS; w += FRAME) {
            ex.frame(FRAME);
        }
        assertFalse(k.visitor());
        assertEquals(Demonstration.Deck.SCENARIO, ex.demonstration().deck());
        assertTrue(java.util.Arrays.equals(fresh, ex.demonstration().snapshot().positions()), "knobs not reset");
        List<Event> later = ex.frame(10_000_000);
        assertTrue(later.stream().anyMatch(e -> e instanceof Event.StimulusShown s && !s.description().contains("visitor")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Exhibit.PanelMode.class)
    void idleTimeReturnsToTheAttractLoopFromEveryView(Exhibit.PanelMode view) {
        for (boolean visitor : new boolean[] {true, false}) {
            Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
            ex.setSpeed(20);
            Kiosk k = ex.kiosk();
            if (visitor) {
                ScriptedVisitor.teach(k, 0);
            }
            while (ex.mode() != view) {
                k.press(Kiosk.Action.VIEW);
            }
            long wall = 0;
            while (ex.mode() != Exhibit.PanelMode.MACHINE || k.visitor()) {
                ex.frame(20 * FRAME);
                wall += FRAME;
                assertTrue(wall <= 95_000_000, view + " (visitor " + visitor + ") still shown after 95 s without a touch");
            }
            assertTrue(wall >= Kiosk.IDLE_MICROS || !visitor && (view == Exhibit.PanelMode.MACHINE || view == Exhibit.PanelMode.HISTORY), view + " left after " + wall + " us");
        }
    }

    @Test
    void theAttractLoopShowsTheHistoryWallAndComesBack() {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ex.setSpeed(20);
        ex.kiosk();
        long wall = 0;
        long shown = -1;
        long back = -1;
        while (wall < 200_000_000 && back < 0) {
            ex.frame(20 * FRAME);
            wall += FRAME;
            if (shown < 0 && ex.mode() == Exhibit.PanelMode.HISTORY) {
                shown = wall;
            } else if (shown >= 0 && ex.mode() == Exhibit.PanelMode.MACHINE) {
                back = wall;
            }
        }
        assertTrue(shown >= Kiosk.HISTORY_EVERY && shown <= Kiosk.HISTORY_EVERY + FRAME, "history wall at " + shown);
        assertTrue(back - shown >= Kiosk.HISTORY_FOR && back - shown <= Kiosk.HISTORY_FOR + FRAME, "back after " + (back - shown));
    }
}
