package org.mark1.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.mark1.event.Event;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Motor;
import org.mark1.training.MachineSnapshot;
import org.mark1.training.Presentation;

/**
 * A saved timeline ({@code trace.jsonl} of {@code mark1 run --trace}) played back on the clock: the
 * machine's state at each instant is rebuilt from the events alone, with pots turning at the motor
 * speed between MotorStarted and MotorStopped. The machine it is given lends only its wiring and its
 * starting pots and thresholds (those of the run's seed); the events then set everything else. At
 * the end the replay starts again from the beginning.
 */
public final class TraceReplay {

    /** Pause after the last event before the replay starts again. */
    static final long PAUSE = 5_000_000;

    private final List<Event> events;
    private final MarkOne machine;
    private final int[] initialPots;
    private final int[] initialThresholds;
    private final Motor[] motors;
    private final BitSet turning = new BitSet();
    private final long stepMicros;
    private int next;
    private long offset;
    private int trial = -1;
    private String label = "";
    private int[] lit = new int[0];
    private int[] active = new int[0];
    private int[] fired = new int[0];
    private boolean[] lamps = new boolean[0];
    private Presentation card;

    /** Plays {@code events} on {@code machine}; events that do not fit it ({@link TraceCheck}) are refused here. */
    public TraceReplay(List<Event> events, MarkOne machine) {
        TraceCheck.require(events, machine);
        this.events = List.copyOf(events);
        this.machine = machine;
        this.initialPots = machine.pots().positions();
        this.initialThresholds = machine.responseUnits().thresholds();
        this.motors = new Motor[initialPots.length];
        this.stepMicros = machine.config().motorStepMillis() * 1000L;
    }

    /** The events up to {@code target} (microseconds of the replay's own clock), applied in order. */
    public List<Event> advance(long target) {
        List<Event> out = new ArrayList<>();
        if (events.isEmpty()) {
            return out;
        }
        while (true) {
            if (next == events.size()) {
                long end = offset + events.get(events.size() - 1).time() + PAUSE;
                if (end > target) {
                    break;
                }
                restart(end);
            }
            Event e = events.get(next);
            if (offset + e.time() > target) {
                break;
            }
            apply(e);
            out.add(e);
            next++;
        }
        return out;
    }

    private void restart(long at) {
        for (int p = 0; p < initialPots.length; p++) {
            machine.pots().set(p, initialPots[p]);
        }
        machine.responseUnits().setThresholds(initialThresholds);
        turning.clear();
        next = 0;
        offset = at;
    }

    private void apply(Event e) {
        if (e instanceof Event.StimulusShown s) {
            trial = s.trial();
            label = s.label();
            lamps = new boolean[0];
            active = new int[0];
            lit = new int[0]; // the photocells settle: the last card is gone, the new one not yet seen
            card = null;
        } else if (e instanceof Event.PhotocellsSettled p) {
            lit = p.lit().clone();
            double[] light = new double[machine.config().photocells()];
            for (int c : lit) {
                light[c] = 1;
            }
            card = new Presentation(label, "replayed: the lit photocells", light, new boolean[0]);
        } else if (e instanceof Event.AUnitsFired a) {
            fired = a.active().clone();
        } else if (e instanceof Event.RUnitsAnswered a) {
            lamps = a.lamps().clone();
            active = fired; // as the live machine shows them: with its answer
            machine.responseUnits().setThresholds(a.thresholds());
        } else if (e instanceof Event.Reinforced r) {
            machine.responseUnits().adjust(new org.mark1.machine.Reinforcement(new int[0], new int[0], r.thresholdSteps()));
        } else if (e instanceof Event.MotorStarted m) {
            Motor motor = motors[m.pot()] == null ? (motors[m.pot()] = new Motor(stepMicros)) : motors[m.pot()];
            motor.start(offset + m.time(), m.from(), m.target());
            machine.pots().set(m.pot(), m.from());
            turning.set(m.pot());
        } else if (e instanceof Event.MotorStopped m) {
            machine.pots().set(m.pot(), m.position());
            turning.clear(m.pot());
        }
    }

    /** The machine at {@code at}, as the events so far make it. */
    public MachineSnapshot snapshot(long at) {
        int[] positions = machine.pots().positions();
        for (int p = turning.nextSetBit(0); p >= 0; p = turning.nextSetBit(p + 1)) {
            positions[p] = motors[p].positionAt(at);
        }
        int[] moving = turning.stream().filter(p -> motors[p].turning(at)).toArray();
        return new MachineSnapshot(at, trial, label, lit.clone(), active.clone(), positions,
                machine.responseUnits().thresholds(), lamps.clone(), moving);
    }

    /**
     * When the next card goes before the camera, in microseconds of the replay's clock: the next
     * card of the trace, or, after its last, no earlier than the pause before it plays again.
     */
    public long nextCardAt() {
        for (int i = next; i < events.size(); i++) {
            if (events.get(i) instanceof Event.StimulusShown s) {
                return offset + s.time();
            }
        }
        return events.isEmpty() ? Long.MAX_VALUE : offset + events.get(events.size() - 1).time() + PAUSE;
    }

    /** The card as the lit photocells show it (a trace does not keep the light itself), or null. */
    public Presentation card() {
        return card;
    }
}
