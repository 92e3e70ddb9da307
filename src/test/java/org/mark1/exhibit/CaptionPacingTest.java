package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mark1.event.Event;
import org.mark1.exhibit.words.CaptionPacer;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * Captions a visitor can read: at the machine's own pace and faster, each caption stays up at least
 * 2.5 s of wall time; a summary's figures are exactly the cards, corrections and distinct knobs of
 * the events since the caption before it went up; a card's story goes up when its card does, one
 * card after the caption before.
 */
class CaptionPacingTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 5, 20, 200})
    void captionsStayUpAndSummariesCountWhatHappened(double speed) {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ex.setSpeed(speed);
        long frame = Math.round(speed * 1_000_000 / 60);
        for (int f = 0; f < 60 && ex.shownCaption().told() != null && ex.shownCaption().told().start(); f++) {
            ex.frame(frame); // the first card: "waits for its first card" gives way once the card's story can be told
        }
        List<Event> since0 = new java.util.ArrayList<>();
        long since = ex.captionSince();
        int summaries = 0;
        int changes = 0;
        for (int f = 0; f < 60 * 60; f++) {
            since0.addAll(ex.frame(frame));
            if (ex.captionSince() == since) {
                continue;
            }
            changes++;
            assertTrue(ex.captionSince() - since >= CaptionPacer.HOLD_MICROS, "a caption was up only " + (ex.captionSince() - since) + " us");
            long cards = since0.stream().filter(Event.StimulusShown.class::isInstance).count();
            List<int[]> moved = since0.stream().filter(Event.Reinforced.class::isInstance).map(e -> ((Event.Reinforced) e).pots())
                    .filter(p -> p.length > 0).toList();
            long knobs = moved.stream().flatMapToInt(java.util.Arrays::stream).distinct().count();
            String expected = ex.labels().get("caption.summary", cards, moved.size(), knobs);
            if (ex.shownCaption().told() == null) {
                summaries++;
                assertEquals(expected, ex.caption().line());
            } else {
                assertEquals(1, cards, "a card's story went up after " + cards + " cards");
            }
            since = ex.captionSince();
            since0.clear();
        }
        assertTrue(changes >= 20, "only " + changes + " captions in a minute");
        assertTrue(speed < 5 || summaries >= changes / 2, summaries + " summaries of " + changes + " captions at speed " + speed);
    }

    /**
     * A caption that starts late in a card's time (a render's first frame after its run-up) tells
     * that card when cards come slowly enough to be read one by one (--speed 1: a card every 3 s),
     * and names none, saying the machine is faster than words, when they do not (--speed 20).
     */
    @ParameterizedTest
    @ValueSource(longs = {2_250_000, 2_900_000, 4_000_000, 5_500_000})
    void aCaptionStartedLateInACardTellsItOnlyWhenCardsCanBeRead(long runUp) {
        for (double speed : new double[] {1, 20}) {
            Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
            ex.setSpeed(speed);
            ex.frame(runUp);
            ex.settle();
            if (speed == 1) {
                assertNotNull(ex.shownCaption().told(), "after " + runUp + " us: " + ex.caption().line());
                assertEquals(ex.still().machine().trial(), ex.shownCaption().told().trial());
            } else {
                assertNull(ex.shownCaption().told(), "after " + runUp + " us at speed 20: " + ex.caption().line());
                assertEquals(ex.labels().get("caption.working"), ex.caption().line());
            }
        }
    }
}
