package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mark1.event.Event;
import org.mark1.scenario.ScenarioLoader;

/**
 * Captions a visitor can read: at the machine's own pace and faster, each caption stays up at least
 * 2.5 s of wall time, and a summary's figures are exactly the cards, corrections and distinct knobs
 * of the events since the caption before it went up.
 */
class CaptionPacingTest {

    @ParameterizedTest
    @ValueSource(doubles = {1, 5, 20, 200})
    void captionsStayUpAndSummariesCountWhatHappened(double speed) {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ex.setSpeed(speed);
        long frame = Math.round(speed * 1_000_000 / 60);
        long since = ex.captionSince();
        int cards = 0;
        int corrections = 0;
        BitSet knobs = new BitSet();
        int summaries = 0;
        int changes = 0;
        for (int f = 0; f < 60 * 60; f++) {
            List<Event> events = ex.frame(frame);
            for (Event e : events) {
                if (e instanceof Event.StimulusShown) {
                    cards++;
                } else if (e instanceof Event.Reinforced r && r.pots().length > 0) {
                    corrections++;
                    for (int p : r.pots()) {
                        knobs.set(p);
                    }
                }
            }
            if (ex.captionSince() != since) {
                changes++;
                assertTrue(ex.captionSince() - since >= CaptionPacer.HOLD_MICROS, "a caption was up only " + (ex.captionSince() - since) + " us");
                String expected = ex.labels().get("caption.summary", cards, corrections, knobs.cardinality());
                if (cards >= 2) {
                    summaries++;
                    assertEquals(expected, ex.caption().line());
                } else {
                    assertTrue(!ex.caption().line().equals(expected));
                }
                since = ex.captionSince();
                cards = 0;
                corrections = 0;
                knobs.clear();
            }
        }
        assertTrue(changes >= 20, "only " + changes + " captions in a minute");
        assertTrue(speed < 5 || summaries >= changes / 2, summaries + " summaries of " + changes + " captions at speed " + speed);
    }
}
