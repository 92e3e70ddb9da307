package org.mark1.exhibit.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;
import org.mark1.scenario.ScenarioLoader;

/**
 * The ring of answered cards the view "what each lamp has learned" shows:
 * <ol>
 *   <li>over many seeded random streams of events, it holds the last N answers in order, each with
 *       the photocells of its own trial; the cards sorted under "lit" for lamp r are exactly those
 *       whose answer lit lamp r, in order; the counts equal a count made from the events;</li>
 *   <li>on the running exhibit (the flagship and the five-lamp letters, frames of random length),
 *       it equals the last answers among the events the demonstration gave, and setting the knobs
 *       back empties it.</li>
 * </ol>
 */
class AnswerRingTest {

    @Test
    void holdsTheLastAnswersInOrderSortedAndCountedAsTheEventsSay() {
        for (long seed = 1; seed <= 200; seed++) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            int capacity = 1 + rng.nextInt(30);
            int lamps = 1 + rng.nextInt(8);
            AnswerRing ring = new AnswerRing(capacity);
            List<Event> events = new ArrayList<>();
            int trials = rng.nextInt(80);
            for (int t = 0; t < trials; t++) {
                events.add(new Event.StimulusShown(t * 10L, t, "card", "a card"));
                if (rng.nextInt(10) > 0) { // now and then a trial's settling is not heard
                    events.add(new Event.PhotocellsSettled(t * 10L + 1, t, rng.ints(rng.nextInt(40), 0, 400).sorted().distinct().toArray()));
                }
                if (rng.nextInt(8) > 0) { // now and then a card is withdrawn before its answer
                    boolean[] lit = new boolean[lamps];
                    boolean[] wanted = new boolean[lamps];
                    for (int r = 0; r < lamps; r++) {
                        lit[r] = rng.nextBoolean();
                        wanted[r] = rng.nextBoolean();
                    }
                    events.add(new Event.RUnitsAnswered(t * 10L + 3, t, new int[lamps], new int[lamps], lit, wanted, rng.nextBoolean()));
                }
            }
            events.forEach(ring::hear);

            List<Event.RUnitsAnswered> answers = new ArrayList<>();
            Map<Integer, int[]> settled = new HashMap<>();
            for (Event e : events) {
                if (e instanceof Event.RUnitsAnswered a) {
                    answers.add(a);
                } else if (e instanceof Event.PhotocellsSettled p) {
                    settled.put(p.trial(), p.lit());
                }
            }
            List<Event.RUnitsAnswered> last = answers.subList(Math.max(0, answers.size() - capacity), answers.size());
            AnswerRing.Recent recent = ring.recent();
            assertEquals(capacity, recent.capacity());
            assertEquals(last.size(), recent.cards().size(), "seed " + seed);
            for (int i = 0; i < last.size(); i++) {
                AnswerRing.Answered c = recent.cards().get(i);
                assertEquals(last.get(i).trial(), c.trial(), "seed " + seed + " card " + i);
                assertArrayEquals(last.get(i).lamps(), c.lamps());
                assertArrayEquals(last.get(i).desired(), c.wanted());
                assertEquals(last.get(i).correct(), c.correct());
                int[] lit = settled.get(c.trial());
                if (lit == null) {
                    assertNull(c.lit(), "seed " + seed + ": a card whose light was not heard shows none");
                } else {
                    assertArrayEquals(lit, c.lit(), "seed " + seed + ": the light of trial " + c.trial());
                }
            }
            int right = 0;
            for (Event.RUnitsAnswered a : last) {
                right += a.correct() ? 1 : 0;
            }
            assertEquals(right, recent.right(), "seed " + seed);
            for (int r = 0; r < lamps; r++) {
                final int lamp = r;
                for (boolean lit : new boolean[] {true, false}) {
                    List<Integer> expected = last.stream().filter(a -> a.lamps()[lamp] == lit).map(Event.RUnitsAnswered::trial).toList();
                    assertEquals(expected, recent.sorted(r, lit).stream().map(AnswerRing.Answered::trial).toList(),
                            "seed " + seed + " lamp " + r + (lit ? " lit" : " dark"));
                }
                long asWanted = last.stream().filter(a -> a.lamps()[lamp] == a.desired()[lamp]).count();
                assertEquals(asWanted, recent.asWanted(r), "seed " + seed + " lamp " + r);
            }
        }
    }

    @Test
    void aReplayStartingOverBeginsAnEmptyRing() {
        AnswerRing ring = new AnswerRing(5);
        for (int t : new int[] {7, 8, 9, 0, 1}) {
            ring.hear(new Event.PhotocellsSettled(t, t, new int[] {t}));
            ring.hear(new Event.RUnitsAnswered(t, t, new int[1], new int[1], new boolean[] {true}, new boolean[] {true}, true));
        }
        assertEquals(List.of(0, 1), ring.recent().cards().stream().map(AnswerRing.Answered::trial).toList());
    }

    @Test
    void theRunningExhibitKeepsTheLastAnswersItGave() {
        for (String name : List.of(ScenarioLoader.FLAGSHIP, "navy1960-one-typeface")) {
            Demonstration d = Demonstration.of(ScenarioLoader.find(name));
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(name.length());
            List<Event> events = new ArrayList<>();
            for (int frame = 0; frame < 120; frame++) {
                events.addAll(d.advance(1 + rng.nextLong(6_000_000)));
            }
            List<Event.RUnitsAnswered> answers = events.stream().filter(e -> e instanceof Event.RUnitsAnswered)
                    .map(e -> (Event.RUnitsAnswered) e).toList();
            assertTrue(answers.size() > AnswerRing.CARDS, name + ": too few answers to fill the ring: " + answers.size());
            List<Event.RUnitsAnswered> last = answers.subList(answers.size() - AnswerRing.CARDS, answers.size());
            AnswerRing.Recent recent = d.recentAnswers();
            assertEquals(last.stream().map(Event.RUnitsAnswered::trial).toList(),
                    recent.cards().stream().map(AnswerRing.Answered::trial).toList(), name);
            for (int i = 0; i < last.size(); i++) {
                final int trial = last.get(i).trial();
                int[] lit = events.stream().filter(e -> e instanceof Event.PhotocellsSettled p && p.trial() == trial)
                        .map(e -> ((Event.PhotocellsSettled) e).lit()).findFirst().orElseThrow();
                assertArrayEquals(lit, recent.cards().get(i).lit(), name + " trial " + trial);
                assertArrayEquals(last.get(i).lamps(), recent.cards().get(i).lamps(), name + " trial " + trial);
            }
            d.reset(Demonstration.Deck.SCENARIO);
            assertEquals(List.of(), d.recentAnswers().cards(), name + ": answers given with the knobs set back are forgotten");
        }
    }
}
