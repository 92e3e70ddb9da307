package org.mark1.training;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import org.mark1.event.Event;
import org.mark1.event.EventListener;
import org.mark1.event.EventQueue;
import org.mark1.learning.LearningRule;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Motor;
import org.mark1.machine.Reinforcement;

/**
 * The machine in operation on a simulated clock: the discrete-event model. A presentation unfolds
 * as events, each at its time:
 * <pre>
 *   t0                      StimulusShown        (a card before the camera)
 *   t0 + settle             PhotocellsSettled
 *   ... + aUnit             AUnitsFired
 *   ... + rUnit             RUnitsAnswered       (sums read from the pots' positions at this instant)
 *   ... + reinforce         Reinforcement        (the rule's decision; thresholds move at once)
 *   same instant            MotorStarted         (one per pot to turn)
 *   + steps x motorStep     MotorStopped
 *   t0 + presentation       next StimulusShown
 * </pre>
 * Motors take time. When stimuli come faster than the motors turn, the answer uses the pots where
 * they are at that instant. With ideal timing the pots end exactly as in the plain {@link Trainer}.
 *
 * <p>It can be driven one event at a time ({@link #offer} then {@link #stepEvent}, for the
 * animation) or one presentation at a time ({@link #present}). Every event goes to the listener.
 */
public final class Session implements Operator {

    private enum SessionStep { SHOW, SETTLE, FIRE, ANSWER, REINFORCE, MOTOR_START, MOTOR_STOP }

    private record Step(SessionStep kind, int trial, int pot, int steps, long run) {
        static Step of(SessionStep kind, int trial) {
            return new Step(kind, trial, -1, 0, 0);
        }
    }

    private record Offered(Presentation presentation, boolean learn) {
    }

    private final MarkOne machine;
    private final LearningRule rule;
    private final EventListener listener;
    private final MachineConfig config;
    private final EventQueue<Step> queue = new EventQueue<>();
    private final Deque<Offered> offered = new ArrayDeque<>();
    private final Motor[] motors;
    private final BitSet turning = new BitSet();
    private final long stepMicros;

    private long nextSlot;
    private int trials;
    /** Trials below this number that have not yet been reinforced are withdrawn ({@link #offerNow}); 0 in ordinary runs. */
    private int withdrawBelow;
    private int trial = -1;
    private Offered current;
    private int activeCount;
    private Answer answer;
    private TrialResult result;
    private int litCount;
    /** Between a card's SHOW and its SETTLE: the photocells are settling, none reads as lit (the last card's light is gone). */
    private boolean settling;

    public Session(MarkOne machine, LearningRule rule, EventListener listener) {
        this.machine = machine;
        this.rule = rule;
        this.listener = listener;
        this.config = machine.config();
        this.motors = new Motor[machine.pots().size()];
        this.stepMicros = config.motorStepMillis() * 1000L;
    }

    /** Schedules {@code p} at the next free slot; returns its trial number. */
    public int offer(Presentation p, boolean learn) {
        offered.add(new Offered(p, learn));
        queue.schedule(Math.max(nextSlot, queue.now()), Step.of(SessionStep.SHOW, trials));
        nextSlot = Math.max(nextSlot, queue.now()) + config.presentationMillis() * 1000L;
        return trials++;
    }

    /**
     * Sets {@code p} before the camera at {@code at} (or the clock's present, if later), out of the
     * slot schedule, as an operator does for a card handed over by a visitor; the next slot falls one
     * presentation after it. A card shown earlier and not yet reinforced, or offered and not yet
     * shown, is withdrawn: none of its later steps happen (no answer, no reinforcement), so the pots
     * learn only from cards seen through. Motors already turning go on turning. Ordinary runs never
     * call this; returns the trial number.
     */
    public int offerNow(Presentation p, boolean learn, long at) {
        long t = Math.max(at, queue.now());
        withdrawBelow = trials;
        offered.clear();
        offered.add(new Offered(p, learn));
        queue.schedule(t, Step.of(SessionStep.SHOW, trials));
        nextSlot = t + config.presentationMillis() * 1000L;
        return trials++;
    }

    /**
     * The next card offered is shown no earlier than {@code at}: the card before the camera stays
     * there until then (the exhibit keeps a visitor's card while its caption is read). Ordinary runs
     * never call this.
     */
    public void holdSlot(long at) {
        nextSlot = Math.max(nextSlot, at);
    }

    /** Whether any event is pending. */
    public boolean hasPending() {
        return !queue.isEmpty();
    }

    /** Time of the next pending event, in microseconds; only when {@link #hasPending()}. */
    public long nextEventTime() {
        return queue.nextTime();
    }

    /** When the next offered stimulus would be shown. */
    public long nextSlot() {
        return nextSlot;
    }

    public long now() {
        return queue.now();
    }

    /** Processes the earliest pending event and returns it, or null when nothing is pending. */
    public Event stepEvent() {
        while (!queue.isEmpty()) {
            Event e = handle(queue.next());
            if (e != null) {
                listener.onEvent(e);
                return e;
            }
        }
        return null;
    }

    @Override
    public TrialResult present(Presentation p) {
        int n = offer(p, true);
        return runUntilDone(n);
    }

    @Override
    public Answer test(Presentation p) {
        int n = offer(p, false);
        runUntilDone(n);
        return answer;
    }

    private TrialResult runUntilDone(int n) {
        result = null;
        while (result == null || result.trial() != n) {
            if (stepEvent() == null) {
                throw new IllegalStateException("trial " + n + " never finished");
            }
        }
        return result;
    }

    @Override
    public void finish() {
        while (stepEvent() != null) {
            // drain: let every motor come to rest
        }
    }

    @Override
    public long simulatedMicros() {
        return Math.max(nextSlot, queue.now());
    }

    /** The machine as it stands now. */
    public MachineSnapshot snapshot() {
        syncMotors();
        return new MachineSnapshot(queue.now(), trial, current == null ? "" : current.presentation().label(),
                lit(), answer == null ? new int[0] : answer.active(), machine.pots().positions(),
                machine.responseUnits().thresholds(), answer == null ? new boolean[0] : answer.lamps(),
                turning.stream().toArray());
    }

    /**
     * The machine as it would be seen at {@code at}, a moment between the last event and the next:
     * turning pots are read where their motors have brought them by then, step by step. Changes
     * nothing; a view uses it to draw instants that fall between events.
     */
    public MachineSnapshot snapshotAt(long at) {
        if (at < queue.now()) {
            throw new IllegalArgumentException("cannot look back to " + at + " us, the clock is at " + queue.now() + " us");
        }
        int[] positions = machine.pots().positions();
        for (int pot = turning.nextSetBit(0); pot >= 0; pot = turning.nextSetBit(pot + 1)) {
            positions[pot] = motors[pot].positionAt(at);
        }
        int[] moving = turning.stream().filter(pot -> motors[pot].turning(at)).toArray();
        return new MachineSnapshot(at, trial, current == null ? "" : current.presentation().label(),
                lit(), answer == null ? new int[0] : answer.active(), positions,
                machine.responseUnits().thresholds(), answer == null ? new boolean[0] : answer.lamps(), moving);
    }

    /** The photocells that read as lit: none while a new card's light settles on them. */
    private int[] lit() {
        return settling ? new int[0] : machine.litCells();
    }

    private Event handle(Step s) {
        long now = queue.now();
        if (s.trial() < withdrawBelow && s.kind().compareTo(SessionStep.REINFORCE) <= 0) {
            return null; // withdrawn by offerNow before it was reinforced
        }
        return switch (s.kind()) {
            case SHOW -> {
                current = offered.poll();
                trial = s.trial();
                answer = null;
                settling = true;
                queue.schedule(now + config.settleMillis() * 1000L, Step.of(SessionStep.SETTLE, trial));
                Presentation p = current.presentation();
                yield new Event.StimulusShown(now, trial, p.label(), p.description());
            }
            case SETTLE -> {
                litCount = machine.settle(current.presentation().light());
                settling = false;
                queue.schedule(now + config.aUnitMillis() * 1000L, Step.of(SessionStep.FIRE, trial));
                yield new Event.PhotocellsSettled(now, trial, machine.litCells());
            }
            case FIRE -> {
                activeCount = machine.fire();
                queue.schedule(now + config.rUnitMillis() * 1000L, Step.of(SessionStep.ANSWER, trial));
                yield new Event.AUnitsFired(now, trial, machine.activeUnits(activeCount));
            }
            case ANSWER -> answer(now);
            case REINFORCE -> reinforce(now);
            case MOTOR_START -> startMotor(now, s.pot(), s.steps());
            case MOTOR_STOP -> stopMotor(now, s.pot(), s.run());
        };
    }

    private Event answer(long now) {
        syncMotors();
        answer = machine.respond(activeCount);
        boolean[] wanted = current.presentation().wanted();
        boolean correct = answer.correct(wanted);
        if (current.learn()) {
            queue.schedule(now + config.reinforceMillis() * 1000L, Step.of(SessionStep.REINFORCE, trial));
        } else {
            result = new TrialResult(trial, current.presentation().label(), litCount, answer.active(), answer.lamps(),
                    correct, 0);
        }
        return new Event.RUnitsAnswered(now, trial, answer.sums(), answer.thresholds(), answer.lamps(), wanted.clone(),
                correct);
    }

    private Event reinforce(long now) {
        Presentation p = current.presentation();
        Reinforcement pulse = rule.reinforce(answer, p.wanted());
        machine.responseUnits().adjust(pulse);
        for (int i = 0; i < pulse.pots().length; i++) {
            queue.schedule(now, new Step(SessionStep.MOTOR_START, trial, pulse.pots()[i], pulse.steps()[i], 0));
        }
        result = new TrialResult(trial, p.label(), litCount, answer.active(), answer.lamps(), answer.correct(p.wanted()),
                pulse.pots().length);
        return new Event.Reinforced(now, trial, pulse.pots(), pulse.steps(), pulse.thresholdSteps());
    }

    private Event startMotor(long now, int pot, int steps) {
        Motor motor = motors[pot] == null ? (motors[pot] = new Motor(stepMicros)) : motors[pot];
        boolean running = turning.get(pot);
        int position = running ? motor.positionAt(now) : machine.pots().position(pot);
        long asked = (long) (running ? motor.target() : position) + steps;
        int target = machine.pots().clamp(asked);
        machine.pots().refuse(Math.abs(asked - target));
        machine.pots().set(pot, position);
        if (target == position && !running) {
            return null; // resting on an end stop: the motor does not start
        }
        long run = motor.start(now, position, target);
        turning.set(pot);
        queue.schedule(motor.stopTime(), new Step(SessionStep.MOTOR_STOP, trial, pot, 0, run));
        return new Event.MotorStarted(now, pot, position, target);
    }

    private Event stopMotor(long now, int pot, long run) {
        Motor motor = motors[pot];
        if (motor.run() != run) {
            return null; // superseded by a later pulse to the same motor
        }
        machine.pots().set(pot, motor.target());
        turning.clear(pot);
        return new Event.MotorStopped(now, pot, motor.target());
    }

    /** Brings every turning pot's position up to the present instant. */
    private void syncMotors() {
        long now = queue.now();
        for (int pot = turning.nextSetBit(0); pot >= 0; pot = turning.nextSetBit(pot + 1)) {
            machine.pots().set(pot, motors[pot].positionAt(now));
        }
    }
}
