package org.mark1.exhibit.demo;

import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;
import org.mark1.event.Trace;
import org.mark1.training.MachineSnapshot;

/**
 * The demonstration the exhibit drives:
 * <ol>
 *   <li>cutting the same stretch of machine time into different frames (random lengths, many seeds)
 *       gives the same events and the same machine at the end;</li>
 *   <li>between events a turning pot is seen one motor step at a time, at the motor's step time;</li>
 *   <li>a card is shown every presentation time, and every answer reaches the learning curve;</li>
 *   <li>the running curve keeps a bounded number of points;</li>
 *   <li>a replay of the run's events shows the same machine at every instant as the live run.</li>
 * </ol>
 */
class DemonstrationTest {

    static Scenario flagship() {
        return ScenarioLoader.find(ScenarioLoader.FLAGSHIP);
    }

    @Test
    void framesOfAnyLengthGiveTheSameRun() {
        long total = 40_000_000;
        Demonstration whole = Demonstration.of(flagship());
        List<String> expected = lines(whole.advance(total));
        for (long seed = 1; seed <= 12; seed++) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            Demonstration cut = Demonstration.of(flagship());
            List<String> events = new ArrayList<>();
            long done = 0;
            while (done < total) {
                long step = Math.min(total - done, 1 + rng.nextLong(3_000_000));
                events.addAll(lines(cut.advance(step)));
                done += step;
            }
            assertEquals(expected, events, "seed " + seed);
            assertArrayEquals(whole.snapshot().positions(), cut.snapshot().positions());
            assertEquals(whole.clock(), cut.clock());
        }
    }

    private static List<String> lines(List<Event> events) {
        return events.stream().map(Trace::line).toList();
    }

    @Test
    void aTurningPotIsSeenOneStepAtATime() {
        Scenario s = ScenarioLoader.withSettings(flagship(), List.of("stepsPerReinforcement=5"));
        Demonstration d = Demonstration.of(s);
        long stepMicros = s.machine().motorStepMillis() * 1000L;
        int checked = 0;
        for (int frame = 0; frame < 30_000 && checked < 20; frame++) {
            List<Event> events = d.advance(10_000);
            for (Event e : events) {
                if (e instanceof Event.MotorStarted m && Math.abs(m.target() - m.from()) >= 3) {
                    int pot = m.pot();
                    int last = d.snapshot().positions()[pot];
                    long started = m.time();
                    boolean stopped = false;
                    while (!stopped) {
                        List<Event> more = d.advance(10_000);
                        int now = d.snapshot().positions()[pot];
                        assertTrue(Math.abs(now - last) <= 1, "pot " + pot + " jumped from " + last + " to " + now);
                        long steps = Math.min(Math.abs(m.target() - m.from()), (d.clock() - started) / stepMicros);
                        stopped = more.stream().anyMatch(x -> x instanceof Event.MotorStopped st && st.pot() == pot);
                        if (!stopped && d.snapshot().turning().length > 0 && contains(d.snapshot().turning(), pot)) {
                            assertEquals(m.from() + Integer.signum(m.target() - m.from()) * steps, now,
                                    "pot " + pot + " at " + d.clock() + " us");
                        }
                        last = now;
                    }
                    checked++;
                    break;
                }
            }
        }
        assertTrue(checked >= 20, "only " + checked + " motor turns seen");
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aCardEveryPresentationTimeAndEveryAnswerOnTheCurve() {
        Demonstration d = Demonstration.of(flagship());
        long shown = d.advance(300_000_000 - 1).stream().filter(e -> e instanceof Event.StimulusShown).count();
        assertEquals(300_000 / flagship().machine().presentationMillis(), shown);
        assertEquals(shown, d.answered());
        int[] filling = d.curve().filling();
        assertEquals(d.answered(), (long) d.curve().points().length * d.curve().block() + filling[0]);
        MachineSnapshot m = d.snapshot();
        assertEquals(shown - 1, m.trial());
    }

    @Test
    void theRunningCurveForgetsItsOldestPoints() {
        LearningCurve c = new LearningCurve(3, 4);
        for (int i = 0; i < 3 * 10; i++) {
            c.add(i >= 27);
        }
        double[] p = c.points();
        assertEquals(4, p.length);
        assertEquals(1.0, p[3]);
        assertEquals(0.0, p[0]);
    }

    @Test
    void aReplayShowsTheMachineAsItRan() {
        Demonstration live = Demonstration.of(flagship());
        List<Event> events = new ArrayList<>();
        List<MachineSnapshot> seen = new ArrayList<>();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        long[] steps = new long[400];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = 1 + rng.nextLong(400_000);
            events.addAll(live.advance(steps[i]));
            seen.add(live.snapshot());
        }
        Demonstration replay = Demonstration.replay(flagship(), events);
        for (int i = 0; i < steps.length; i++) {
            replay.advance(steps[i]);
            MachineSnapshot a = seen.get(i);
            MachineSnapshot b = replay.snapshot();
            String at = "step " + i + " at " + a.time() + " us";
            assertEquals(a.time(), b.time(), at);
            assertEquals(a.trial(), b.trial(), at);
            assertArrayEquals(a.lit(), b.lit(), at);
            assertArrayEquals(a.active(), b.active(), at);
            assertArrayEquals(a.positions(), b.positions(), at);
            assertArrayEquals(a.thresholds(), b.thresholds(), at);
            assertArrayEquals(a.lamps(), b.lamps(), at);
            assertArrayEquals(a.turning(), b.turning(), at);
        }
        assertEquals(live.answered(), replay.answered());
    }
}
