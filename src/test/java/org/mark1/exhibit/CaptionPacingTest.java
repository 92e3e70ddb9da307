package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
