package org.mark1.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.event.Event;
import org.mark1.learning.ErrorCorrection;
import org.mark1.learning.ForcedTraining;
import org.mark1.learning.LearningRule;
import org.mark1.learning.PotStepper;
import org.mark1.learning.Rules;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.CardMaker;
import org.mark1.stimulus.Layout;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;
import org.mark1.stimulus.Card;

class SessionTest {

    /** Squares (lamp wanted) and other figures at random, from a seeded stream. */
    static List<Presentation> stimuli(int n, long seed) {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        CardMaker maker = new CardMaker(20, 20, new Layout(Region.WHOLE, Position.RANDOM, 5, 12, 0, 0, 0));
        List<Presentation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Figure f = Figure.values()[r.nextInt(4)];
            Card s = maker.make(f, r);
            out.add(new Presentation(s.label(), s.description(), s.light(), new boolean[] {f == Figure.SQUARE}));
        }
        return out;
    }

    @Test
    void withIdealTimingTheEventsGiveExactlyThePotsOfThePlainLoopForEveryRule() {
        MachineConfig[] configs = {
            MachineConfig.defaults(),
            TestConfigs.with("potSteps", 4, "initialSpread", 2), // end stops reached often
            TestConfigs.with("photocellNoise", 0.15, "stuckCells", 0.05, "stepsPerReinforcement", 3),
            TestConfigs.with("adaptiveThreshold", false, "motorStepMillis", 0),
        };
        int checked = 0;
        int skipped = 0;
        for (MachineConfig c : configs) {
            for (long seed = 1; seed <= 2; seed++) {
                for (Rules id : Rules.values()) {
                    if (!id.singleUnit()) {
                        continue;
                    }
                    // Each operator has its own rule: a pot stepper keeps remainders, learned state.
                    MarkOne plain = new MarkOne(c, 1, new RandomStreams(seed));
                    MarkOne timed = new MarkOne(c, 1, new RandomStreams(seed));
                    // The timing is ideal only while every pulse's largest step fits before the next card;
                    // a gradient rule's step is not bounded by the quantum, so the premise is checked.
                    int[] largest = {0};
                    LearningRule stepper = id.create(c.stepsPerReinforcement());
                    Trainer trainer = new Trainer(plain, (answer, wanted) -> {
                        var pulse = stepper.reinforce(answer, wanted);
                        for (int s : pulse.steps()) {
                            largest[0] = Math.max(largest[0], Math.abs(s));
                        }
                        return pulse;
                    });
                    Session session = new Session(timed, id.create(c.stepsPerReinforcement()), e -> { });
                    List<TrialResult[]> pairs = new java.util.ArrayList<>();
                    for (Presentation p : stimuli(120, seed)) {
                        pairs.add(new TrialResult[] {trainer.present(p), session.present(p)});
                    }
                    session.finish();
                    if (!c.motorsFinishBeforeNextStimulus(largest[0])) {
                        skipped++;
                        continue;
                    }
                    for (TrialResult[] ab : pairs) {
                        assertEquals(ab[0].correct(), ab[1].correct(), id + " " + c);
                        assertArrayEquals(ab[0].active(), ab[1].active());
                        assertEquals(ab[0].potsMoved(), ab[1].potsMoved());
                    }
                    String what = id.id() + " " + c + " seed " + seed;
                    assertArrayEquals(plain.pots().positions(), timed.pots().positions(), what);
                    assertArrayEquals(plain.responseUnits().thresholds(), timed.responseUnits().thresholds(), what);
                    assertEquals(trainer.simulatedMicros(), session.simulatedMicros(), what);
                    checked++;
                }
            }
        }
        assertEquals(4 * 2 * 7, checked + skipped);
        assertTrue(skipped <= 2 * 3, skipped + " runs whose motors could not finish in time: at most the gradient rules on one machine");
    }

    @Test
    void theAlphaSystemStillMovesPots() {
        MachineConfig c = MachineConfig.defaults();
        MarkOne plain = new MarkOne(c, 1, new RandomStreams(1));
        Trainer trainer = new Trainer(plain, new PotStepper(new ErrorCorrection(1)));
        int[] before = plain.pots().positions();
        for (Presentation p : stimuli(50, 1)) {
            trainer.present(p);
        }
        assertNotEquals(0, Arrays.stream(plain.pots().positions()).filter(x -> x != 0).count());
        assertTrue(!Arrays.equals(before, plain.pots().positions()));
    }

    @Test
    void aPresentationUnfoldsAsTimedEventsInOrder() {
        MachineConfig c = TestConfigs.with("initialSpread", 0);
        List<Event> events = new ArrayList<>();
        Session s = new Session(new MarkOne(c, 1, new RandomStreams(3)), new PotStepper(new ErrorCorrection(1)), events::add);
        s.present(stimuli(1, 3).get(0)); // all pots at 0: a tie, so a correction
        s.finish();
        assertInstanceOf(Event.StimulusShown.class, events.get(0));
        assertInstanceOf(Event.PhotocellsSettled.class, events.get(1));
        assertInstanceOf(Event.AUnitsFired.class, events.get(2));
        assertInstanceOf(Event.RUnitsAnswered.class, events.get(3));
        assertInstanceOf(Event.Reinforced.class, events.get(4));
        long settled = c.settleMillis() * 1000L;
        assertEquals(0, events.get(0).time());
        assertEquals(settled, events.get(1).time());
        assertEquals(settled + c.aUnitMillis() * 1000L, events.get(2).time());
        long answered = settled + (c.aUnitMillis() + c.rUnitMillis()) * 1000L;
        assertEquals(answered, events.get(3).time());
        long pulse = answered + c.reinforceMillis() * 1000L;
        assertEquals(pulse, events.get(4).time());
        int moved = ((Event.Reinforced) events.get(4)).pots().length;
        assertEquals(((Event.AUnitsFired) events.get(2)).active().length, moved);
        List<Event> rest = events.subList(5, events.size());
        assertEquals(2 * moved, rest.size());
        assertTrue(rest.subList(0, moved).stream().allMatch(e -> e instanceof Event.MotorStarted && e.time() == pulse));
        long stop = pulse + c.motorStepMillis() * 1000L;
        assertTrue(rest.subList(moved, 2 * moved).stream().allMatch(e -> e instanceof Event.MotorStopped && e.time() == stop));
    }

    @Test
    void whenStimuliComeFasterThanTheMotorsTheAnswerReadsThePotsMidTurn() {
        // Each correction turns 3 steps of 1 s each; cards come every 1.5 s.
        MachineConfig c = TestConfigs.with("initialSpread", 0, "stepsPerReinforcement", 3, "motorStepMillis", 1000,
                "presentationMillis", 1500);
        assertTrue(!c.motorsFinishBeforeNextStimulus(3));
        List<Event> events = new ArrayList<>();
        MarkOne machine = new MarkOne(c, 1, new RandomStreams(5));
        Session s = new Session(machine, new PotStepper(new ErrorCorrection(3)), events::add);
        Presentation square = stimuli(40, 5).stream().filter(p -> p.wanted()[0]).findFirst().orElseThrow();
        s.present(square); // tie at 0: every active pot starts turning +3, the threshold drops to -1
        s.present(square);
        Event.RUnitsAnswered second = events.stream().filter(e -> e instanceof Event.RUnitsAnswered)
                .map(e -> (Event.RUnitsAnswered) e).filter(e -> e.trial() == 1).findFirst().orElseThrow();
        int active = events.stream().filter(e -> e instanceof Event.AUnitsFired).map(e -> (Event.AUnitsFired) e)
                .findFirst().orElseThrow().active().length;
        long pulseAt = (c.settleMillis() + c.aUnitMillis() + c.rUnitMillis() + c.reinforceMillis()) * 1000L;
        long steps = (second.time() - pulseAt) / (c.motorStepMillis() * 1000L);
        assertEquals(1, steps, "one step done when the second card is answered");
        assertEquals(active * steps, second.sums()[0], "each active pot is one step along, not three");
        assertTrue(second.correct());
        s.finish();
        assertTrue(Arrays.stream(machine.pots().positions()).allMatch(p -> p == 0 || p == 3));
    }

    @Test
    void aPulseToATurningMotorExtendsItsTurn() {
        MachineConfig c = TestConfigs.with("initialSpread", 0, "motorStepMillis", 2000, "presentationMillis", 1000);
        List<Event> events = new ArrayList<>();
        MarkOne machine = new MarkOne(c, 1, new RandomStreams(8));
        Session s = new Session(machine, new PotStepper(new ForcedTraining(1)), events::add);
        Presentation p = stimuli(1, 8).get(0);
        for (int i = 0; i < 4; i++) {
            s.present(p);
        }
        s.finish();
        int[] expected = new int[machine.pots().size()];
        events.stream().filter(e -> e instanceof Event.Reinforced).map(e -> (Event.Reinforced) e).forEach(r -> {
            for (int k = 0; k < r.pots().length; k++) {
                expected[r.pots()[k]] += r.steps()[k];
            }
        });
        assertArrayEquals(expected, machine.pots().positions(), "no pulse is lost");
        long stops = events.stream().filter(e -> e instanceof Event.MotorStopped).count();
        long starts = events.stream().filter(e -> e instanceof Event.MotorStarted).count();
        assertTrue(stops < starts, "superseded turns end in one stop");
        assertTrue(s.simulatedMicros() > 4 * 1_000_000L, "the last motors run past the last card");
    }

    @Test
    void driveOneEventAtATime() {
        MarkOne machine = new MarkOne(MachineConfig.defaults(), 1, new RandomStreams(2));
        Session s = new Session(machine, new PotStepper(new ErrorCorrection(1)), e -> { });
        for (Presentation p : stimuli(3, 2)) {
            s.offer(p, true);
        }
        int count = 0;
        long last = -1;
        Event e;
        while ((e = s.stepEvent()) != null) {
            assertTrue(e.time() >= last, "time never runs backward");
            last = e.time();
            count++;
            MachineSnapshot snap = s.snapshot();
            assertEquals(e.time(), snap.time());
            assertEquals(512, snap.positions().length);
        }
        assertTrue(count >= 15, "3 presentations, 5 events each at least");
        assertEquals(3 * 3_000_000L, s.simulatedMicros());
    }
}
