package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * The lamps answer a visitor's card within 100 ms of wall time after the class button, whatever the
 * machine was doing (a rehearsal card just shown, its answer pending, its reinforcement pending, its
 * motors turning): measured in frames of 1/60 s at {@code --speed} 1 and 20, the press falling at
 * random moments of the session. The answer on the lamp panel is the answer to the visitor's card,
 * and the panel's words name it in the same frame.
 */
class AnswerAtOnceTest {

    static final long FRAME = 1_000_000 / 60;
    static final long LIMIT = 100_000;

    @Test
    void theLampsAnswerTheVisitorsCardWithin100Milliseconds() {
        Random random = new Random(1957);
        for (double speed : new double[] {1, 20}) {
            long worst = 0;
            for (int trial = 0; trial < 20; trial++) {
                Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
                ex.setSpeed(speed);
                Kiosk k = ex.kiosk();
                ScriptedVisitor.teach(k, 0);
                // the visitor's cards are rehearsed every 3 s: press at a random phase of a rehearsal
                int wait = 1 + random.nextInt((int) (6_000_000 / (speed * FRAME)));
                for (int f = 0; f < wait; f++) {
                    ex.frame(Math.round(speed * FRAME), FRAME);
                }
                int card = 1 + random.nextInt(8);
                ScriptedVisitor.teach(k, card);
                long waited = 0;
                int visitorTrial = -1;
                Event.RUnitsAnswered answer = null;
                while (answer == null && waited < 1_000_000) {
                    for (Event e : ex.frame(Math.round(speed * FRAME), FRAME)) {
                        if (e instanceof Event.StimulusShown s && visitorTrial < 0) {
                            assertTrue(s.description().contains("visitor"), "the card shown after the press is not the visitor's");
                            visitorTrial = s.trial();
                        }
                    }
                    waited += FRAME;
                    Still s = ex.still();
                    if (s.answer() != null && s.answer().trial() == visitorTrial) {
                        answer = s.answer();
                        // the lamp panel's words and the caption tell of the same answer at once
                        assertEquals(ex.narrator().name(ex.demonstration().classOf(answer.lamps())), s.said(), "the lamp panel's words");
                    }
                }
                assertNotNull(answer, "no answer within a second at speed " + speed);
                assertEquals(card % 2, ex.demonstration().classOf(answer.desired()), "the answer is to another card");
                worst = Math.max(worst, waited);
            }
            assertTrue(worst <= LIMIT, "at speed " + speed + " the answer came " + worst / 1000 + " ms after the press");
        }
    }
}
