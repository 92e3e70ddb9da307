package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;
import org.mark1.exhibit.words.CaptionPacer;
import org.mark1.exhibit.words.Labels;
import org.mark1.exhibit.words.Narrator;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/**
 * At a card change the retina, the caption and the lamp panel name the same card in the same frame.
 * Over seeded random cases (the attract loop, a kiosk with a visitor pressing at random moments, a
 * replayed trace; speed 1, 20 or anything between 0.5 and 30; frames of 1/60 s, 100 ms or 200 ms of
 * wall time), in every frame:
 * <ol>
 *   <li>a caption that names a card names the card before the camera (its trial, its class; a replay
 *       knows its card only by the photocells it lit, so its camera is dark while they settle), or,
 *       for at most {@link CaptionPacer#SETTLE_MICROS} of wall time after a card comes, while no retina
 *       lamp and no answer lamp is lit yet, an earlier card: the new card's story waits that moment for
 *       its answer rather than flash "the camera sees a card" for three frames;</li>
 *   <li>every lit retina lamp is lit on that card (none is left from the card before: while the new
 *       card's light settles, none is lit);</li>
 *   <li>when the caption tells an answer, the lamps show that answer; when the lamps show an answer
 *       and the caption tells the card, the caption tells it too;</li>
 *   <li>the lamp panel's words name the lamps' answer to that card, or nothing before it.</li>
 * </ol>
 * Before the fix, at speed 1 a third of the frames named the card before in the caption and for
 * three frames at each change the retina's lamps still showed it.
 */
class CardChangeTest {

    static final long[] FRAMES = {1_000_000 / 60, 100_000, 200_000};

    @Test
    void theRetinaTheCaptionAndTheLampPanelNameOneCard() {
        Scenario flagship = ScenarioLoader.find(ScenarioLoader.FLAGSHIP);
        List<Event> trace = recorded(flagship);
        int changes = 0;
        int told = 0;
        for (int seed = 0; seed < 18; seed++) {
            Random random = new Random(1960 + seed);
            double speed = seed % 3 == 0 ? 1 : seed % 3 == 1 ? 20 : 0.5 + 29.5 * random.nextDouble();
            boolean replay = seed % 4 == 3;
            boolean visitor = !replay && seed % 2 == 0;
            Exhibit ex = new Exhibit(flagship, replay ? trace : null, Labels.Language.values()[seed % 2]);
            ex.setSpeed(speed);
            Kiosk k = visitor ? ex.kiosk() : null;
            long frame = FRAMES[random.nextInt(FRAMES.length)];
            int cards = 0;
            int last = -1;
            long cameAt = 0;
            for (long wall = 0; wall < 24_000_000; wall += frame) {
                if (k != null && random.nextInt(Math.max(2, (int) (4_000_000 / frame))) == 0) {
                    act(k, random);
                }
                ex.frame(Math.round(frame * speed), frame);
                Still s = ex.still();
                int card = s.machine().trial();
                if (card != last) {
                    changes++;
                    last = card;
                    cameAt = wall;
                }
                boolean settling = wall + frame - cameAt <= CaptionPacer.SETTLE_MICROS + frame;
                told += check(ex, s, settling, "case " + seed + " at speed " + speed + ", wall " + wall / 1000 + " ms");
            }
        }
        assertTrue(changes >= 300, "only " + changes + " card changes seen");
        assertTrue(told >= 2_000, "only " + told + " frames whose caption named a card");
    }

    /** Checks one frame; returns 1 when its caption named a card. */
    private static int check(Exhibit ex, Still s, boolean settling, String where) {
        int card = s.machine().trial();
        Narrator.Told t = ex.shownCaption().told();
        boolean sketching = s.kiosk() != null && s.kiosk().sketching();
        if (!sketching) {
            for (int cell : s.machine().lit()) {
                assertNotNull(s.card(), where + ": lamps lit with no card before the camera");
                assertTrue(s.card()[cell] > 0, where + ": retina lamp " + cell + " is lit but dark on the card before the camera");
            }
        }
        Event.RUnitsAnswered lamps = s.answer();
        if (lamps != null) {
            assertEquals(card, lamps.trial(), where + ": the lamps answer another card");
        }
        Event.RUnitsAnswered named = lamps;
        int namesCard = 0;
        if (t != null && !t.start() && t.trial() < card && settling && lamps == null && s.machine().lit().length == 0) {
            named = t.answer(); // the new card settles, dark, while the caption before stays a moment
        } else if (t != null && !t.start()) {
            namesCard = 1;
            assertEquals(card, t.trial(), where + ": the caption \"" + s.caption().line() + "\" tells of card " + t.trial()
                    + " while card " + card + " is before the camera");
            if (ex.demonstration().card() != null) { // a replay knows its card by the lit photocells: none while they settle
                assertEquals(ex.demonstration().card().label(), t.label(), where + ": the caption names another class");
            }
            assertEquals(lamps == null, t.answer() == null, where + ": the caption and the lamps disagree on the answer");
            named = t.answer();
        }
        String said = named == null ? "" : ex.narrator().name(ex.demonstration().classOf(named.lamps()));
        assertEquals(said, s.said(), where + ": the lamp panel's words");
        return namesCard;
    }

    /** A visitor's random touch: teaches a drawing (mostly), draws without teaching, picks a card, clears, or leaves. */
    private static void act(Kiosk k, Random random) {
        int what = random.nextInt(10);
        if (what < 6) {
            ScriptedVisitor.teach(k, random.nextInt(12));
        } else if (what == 6) {
            k.drawLine(random.nextInt(20), random.nextInt(20), random.nextInt(20), random.nextInt(20));
        } else if (what == 7) {
            k.press(Kiosk.Action.CARD);
            k.press(random.nextBoolean() ? Kiosk.Action.TEACH_A : Kiosk.Action.TEACH_B);
        } else if (what == 8) {
            k.press(Kiosk.Action.CLEAR);
        } else {
            k.attract();
        }
    }

    /** Two minutes of the flagship's machine as a trace, for the replayed cases. */
    private static List<Event> recorded(Scenario s) {
        Exhibit live = new Exhibit(s, Labels.Language.EN);
        List<Event> events = new ArrayList<>();
        for (int f = 0; f < 120; f++) {
            events.addAll(live.frame(1_000_000));
        }
        return events;
    }
}
