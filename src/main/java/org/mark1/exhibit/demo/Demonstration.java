package org.mark1.exhibit.demo;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.StimulusSet;
import org.mark1.experiment.TraceReplay;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.mark1.event.Event;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.machine.ReceptiveField;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.RandomStreams.Stream;
import org.mark1.training.MachineSnapshot;
import org.mark1.training.Presentation;
import org.mark1.training.Session;

/**
 * The Mark I at work before an audience: it owns the machine and its timed {@link Session}, and
 * sets cards before the camera as simulated time is advanced. Views (the exhibit) only call
 * {@link #advance}, read the events that happened and paint {@link #snapshot()}s; they never hold
 * the machine.
 *
 * <p>Two decks: the scenario's training cards, shown in a fresh shuffled order each pass (the
 * attract loop of a museum), or the cards a visitor taught, rehearsed in turn between the visitor's
 * touches, as the period's trainers repeated their cards. A visitor's card goes before the camera
 * at once, the next card one presentation after it.
 *
 * <h2>Seeding</h2>
 * The machine comes from the scenario's seed as in {@link Experiment}; the order of the scenario's
 * cards from its PRESENTATION_ORDER stream; the shifts of a visitor's cards (when figures move) from
 * the STIMULUS_JITTER stream of a second set of streams whose master seed is the scenario's seed
 * plus one. Equal calls give equal events and snapshots.
 */
public final class Demonstration {

    /**
     * Which cards the trainer shows: the scenario's; the visitor's, rehearsed; or, to show
     * forgetting, the scenario's with every fourth card one of the visitor's, shown untaught.
     */
    public enum Deck { SCENARIO, VISITOR, FORGETTING }

    /** In the forgetting deck, one card in this many is a visitor's card, shown without teaching. */
    public static final int FORGETTING_EVERY = 4;

    /** Points kept on the learning curve (oldest dropped first), so days of running use bounded memory. */
    public static final int CURVE_POINTS = 240;
    /** Answers per point of the running learning curve (our choice: a visitor sees a point every minute). */
    public static final int CURVE_BLOCK = 20;

    private record ShownCard(Presentation presentation, boolean learn, VisitorDeck.TaughtCard visitor) {
        ShownCard(Presentation presentation, boolean learn) {
            this(presentation, learn, null);
        }
    }

    private final Scenario scenario;
    private final LampCode code;
    private final MarkOne machine;
    private final Session session;
    private final List<Event> happened = new ArrayList<>();
    private final StimulusSet cards;
    private final UniformRandomProvider order;
    private final int[] sequence;
    private final int[] initialPots;
    private final int[] initialThresholds;
    private final Deque<ShownCard> waiting = new ArrayDeque<>();
    /** Machine time the waiting card goes before the camera. */
    private long waitingAt;
    private final VisitorDeck visitorCards;
    private final LearningCurve curve;
    private final AnswerRing answers = new AnswerRing(AnswerRing.CARDS);
    private Presentation showing;
    private VisitorDeck.TaughtCard showingVisitor;
    private int forgettingTurn;
    private Deck deck = Deck.SCENARIO;
    private int nextCard;
    private long clock;
    private long answered;
    private TraceReplay replay;

    private Demonstration(Scenario s) {
        this.scenario = s;
        this.code = LampCode.of(s);
        RandomStreams streams = new RandomStreams(s.seed());
        this.machine = Experiment.machine(s, streams, Experiment.Options.defaults());
        this.session = new Session(machine, s.training().machineRule(s.machine().stepsPerReinforcement()), happened::add);
        this.cards = StimulusSet.draw(s, code, s.trainingCounts(), streams.open(Stream.STIMULUS_JITTER));
        this.order = streams.open(Stream.PRESENTATION_ORDER);
        this.visitorCards = new VisitorDeck(s.machine(), new RandomStreams(s.seed() + 1).open(Stream.STIMULUS_JITTER));
        this.sequence = PermutationSampler.natural(cards.size());
        this.initialPots = machine.pots().positions();
        this.initialThresholds = machine.responseUnits().thresholds();
        this.curve = new LearningCurve(CURVE_BLOCK, CURVE_POINTS);
    }

    /** The scenario's machine, fresh from its seed, with the scenario's cards in the deck. */
    public static Demonstration of(Scenario s) {
        return new Demonstration(s);
    }

    /**
     * A saved run played back instead of a live one: {@code events} (a run's trace) on the clock,
     * on the machine of scenario {@code s} and its seed (its wiring and starting pots; a run that
     * loaded other sheets replays with the seed's wiring). Nothing can be taught to a replay.
     */
    public static Demonstration replay(Scenario s, List<Event> events) {
        Demonstration d = new Demonstration(s);
        d.replay = new TraceReplay(events, d.machine);
        return d;
    }

    /** Whether this plays back a saved trace. */
    public boolean replaying() {
        return replay != null;
    }

    private void live() {
        if (replay != null) {
            throw new IllegalStateException("a replay cannot be taught, reset or restored");
        }
    }

    /**
     * Runs the machine {@code micros} of simulated time further, setting the deck's next card before
     * the camera whenever the machine is free; returns the events of that stretch, in order.
     */
    public List<Event> advance(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("time runs forward");
        }
        long target = clock + micros;
        happened.clear();
        if (replay != null) {
            happened.addAll(replay.advance(target));
            for (Event e : happened) {
                answers.hear(e);
                if (e instanceof Event.RUnitsAnswered a) {
                    answered++;
                    curve.add(!a.correct());
                }
            }
            showing = replay.card();
            clock = target;
            return List.copyOf(happened);
        }
        while (true) {
            if (waiting.isEmpty() && session.nextSlot() <= target) {
                ShownCard next = nextCard();
                if (next != null) {
                    waitingAt = Math.max(session.nextSlot(), session.now());
                    waiting.add(next);
                    session.offer(next.presentation(), next.learn());
                }
            }
            if (!session.hasPending() || session.nextEventTime() > target) {
                break;
            }
            int before = happened.size();
            session.stepEvent();
            for (int i = before; i < happened.size(); i++) {
                note(happened.get(i));
            }
        }
        clock = Math.max(target, session.now());
        return List.copyOf(happened);
    }

    private void note(Event e) {
        answers.hear(e);
        if (e instanceof Event.StimulusShown) {
            ShownCard card = waiting.poll();
            showing = card.presentation();
            showingVisitor = card.visitor();
        } else if (e instanceof Event.RUnitsAnswered a) {
            answered++;
            curve.add(!a.correct());
            if (showingVisitor != null) {
                showingVisitor.right = a.correct();
            }
        }
    }

    private ShownCard nextCard() {
        boolean visitorTurn = deck == Deck.VISITOR
                || deck == Deck.FORGETTING && ++forgettingTurn % FORGETTING_EVERY == 0;
        if (visitorTurn) {
            VisitorDeck.TaughtCard v = visitorCards.next();
            return v == null ? null : new ShownCard(visitorCards.shown(v), deck == Deck.VISITOR, v);
        }
        if (nextCard == 0 && scenario.training().order() == Scenario.Order.SHUFFLED) {
            PermutationSampler.shuffle(order, sequence);
        }
        Presentation p = cards.presentations().get(sequence[nextCard]);
        nextCard = (nextCard + 1) % sequence.length;
        return new ShownCard(p, true);
    }

    /**
     * A visitor teaches the machine: {@code light} (one value per photocell, 0 to 1) is a card of
     * class {@code cls}. It goes before the camera now, out of the slot schedule, so the lamps answer
     * it {@code settle + aUnit + rUnit} of machine time after the press (52 ms on the default
     * machine); a card still awaiting its answer or its reinforcement is withdrawn
     * ({@link Session#offerNow}). Then it joins the cards rehearsed.
     */
    public void teach(double[] light, int cls) {
        live();
        if (light.length != machine.config().photocells()) {
            throw new IllegalArgumentException("a card has " + machine.config().photocells() + " cells, not " + light.length);
        }
        Presentation p = new Presentation(code.className(cls), "drawn by a visitor", light.clone(), code.wanted(cls));
        VisitorDeck.TaughtCard v = visitorCards.add(p);
        deck = Deck.VISITOR;
        ShownCard card = new ShownCard(visitorCards.shown(v), true, v);
        waiting.clear(); // a card offered and not yet shown is withdrawn with it
        waiting.add(card);
        waitingAt = Math.max(clock, session.now());
        session.offerNow(card.presentation(), true, clock);
    }

    /**
     * Back to the scenario's cards with the pots and thresholds as the seed first set them (a
     * trainer resetting the knobs by hand), the visitor's cards forgotten. Waits for the machine to
     * come to rest first.
     */
    public void reset(Deck newDeck) {
        live();
        drain();
        for (int pot = 0; pot < initialPots.length; pot++) {
            machine.pots().set(pot, initialPots[pot]);
        }
        machine.responseUnits().setThresholds(initialThresholds);
        visitorCards.clear();
        deck = newDeck;
        curve.clear();
        clock = Math.max(clock, session.now());
    }

    /**
     * Lets the machine come to rest, every pending event read as {@link #advance} reads it (a card
     * offered meanwhile goes before the camera as the machine shows it), then nothing waits.
     */
    private void drain() {
        int before = happened.size();
        session.finish();
        for (int i = before; i < happened.size(); i++) {
            note(happened.get(i));
        }
        waiting.clear();
        happened.clear();
        answers.clear(); // given with knobs that are about to be set otherwise
    }

    /**
     * Keeps the card before the camera there until machine time {@code until} at least (a visitor's
     * card while its caption is read): the next card waits. Nothing to keep in a replay.
     */
    public void keepCard(long until) {
        if (replay == null) {
            session.holdSlot(until);
        }
    }

    /**
     * Machine time at which the next card goes before the camera, at the earliest (the one there
     * stays until then): the card waiting, else the next slot; {@link Long#MAX_VALUE} when no card
     * is to come (the visitor's deck still empty).
     */
    public long nextCardAt() {
        if (replay != null) {
            return replay.nextCardAt();
        }
        if (!waiting.isEmpty()) {
            return waitingAt;
        }
        return deck == Deck.VISITOR && visitorCards.presentations().isEmpty() ? Long.MAX_VALUE : session.nextSlot();
    }

    /** What the machine has learned now: its pots where they stand at this instant, and its thresholds. */
    public MachineState state() {
        MachineSnapshot now = snapshot();
        return new MachineState(machine.config().potSteps(), now.thresholds(), now.positions());
    }

    /**
     * Brings back a saved state (pots and thresholds) after letting the machine come to rest; the
     * deck and the cards go on as they were. The state must fit the machine ({@link MachineState#misfit}).
     */
    public void restore(MachineState state) {
        live();
        drain();
        state.restoreInto(machine);
        clock = Math.max(clock, session.now());
    }

    /**
     * The visit as it stands, to keep on disk: the machine now, the visitor's cards and how it did on
     * them, the deck; the kiosk adds what is its own ({@code visitor}, {@code forgetting}, {@code view},
     * the {@code drawing} on the retina or null) and the wall-clock time ({@code savedAt}).
     */
    public Visit visit(boolean visitor, boolean forgetting, String view, long savedAt, double[] drawing) {
        List<Visit.KeptCard> kept = visitorCards.cards().stream()
                .map(c -> new Visit.KeptCard(code.decode(c.presentation.wanted()), c.presentation.light().clone(), c.right))
                .toList();
        return new Visit(state(), kept, visitorCards.place(), deck, moving(), visitor, forgetting, view, savedAt, drawing);
    }

    /** Takes up a kept visit: its machine, the visitor's cards with their last answers, the deck and whether figures move. */
    public void resume(Visit v) {
        restore(v.machine());
        List<VisitorDeck.TaughtCard> kept = new ArrayList<>();
        for (Visit.KeptCard c : v.cards()) {
            VisitorDeck.TaughtCard t = new VisitorDeck.TaughtCard(
                    new Presentation(code.className(c.cls()), "drawn by a visitor", c.light().clone(), code.wanted(c.cls())));
            t.right = c.right();
            kept.add(t);
        }
        visitorCards.restore(kept, v.next());
        visitorCards.setMoving(v.moving());
        deck = v.deck();
    }

    /** Why {@code state} cannot be restored here, or null. */
    public String misfit(MachineState state) {
        return state.misfit(machine.config(), code.lamps());
    }

    /** Which deck the trainer now shows from. */
    public Deck deck() {
        return deck;
    }

    /** Switches the deck without touching the machine: the machine keeps what it learned (forgetting shows). */
    public void useDeck(Deck d) {
        deck = d;
    }

    /** Whether visitor cards are shifted at random each time they are shown (harder for the machine). */
    public void setMoving(boolean moving) {
        visitorCards.setMoving(moving);
    }

    public boolean moving() {
        return visitorCards.moving();
    }

    /** The machine as seen now. */
    public MachineSnapshot snapshot() {
        return replay != null ? replay.snapshot(clock) : session.snapshotAt(clock);
    }

    /** Simulated microseconds since the machine was switched on. */
    public long clock() {
        return clock;
    }

    /** The card before the camera, or null before the first. */
    public Presentation card() {
        return showing;
    }

    /** The last cards answered ({@link AnswerRing#CARDS} at most), oldest first, since the knobs were last set back or restored. */
    public AnswerRing.Recent recentAnswers() {
        return answers.recent();
    }

    /** Answers given since the start. */
    public long answered() {
        return answered;
    }

    /** Cards the visitor has taught that are kept for rehearsal. */
    public List<Presentation> visitorCards() {
        return visitorCards.presentations();
    }

    /**
     * How the machine did on the visitor's cards, each as it was last shown: {right, shown}, where
     * {@code shown} counts the cards shown at least once.
     */
    public int[] visitorScore() {
        return visitorCards.score();
    }

    /** Light of {@code figure} drawn in the middle of the retina, {@code size} cells across (a card to pick). */
    public double[] figure(org.mark1.stimulus.Figure figure, double size) {
        return VisitorDeck.figure(machine.config(), figure, size);
    }

    public LearningCurve curve() {
        return curve;
    }

    public Scenario scenario() {
        return scenario;
    }

    public MachineConfig config() {
        return machine.config();
    }

    /** R-units (lamps) in use. */
    public int lamps() {
        return code.lamps();
    }

    public int classes() {
        return scenario.classes().size();
    }

    public String className(int cls) {
        return code.className(cls);
    }

    /** The class whose lamps these are, or -1. */
    public int classOf(boolean[] lamps) {
        return code.decode(lamps);
    }

    /** The lamps class {@code cls} wants lit. */
    public boolean[] wanted(int cls) {
        return code.wanted(cls);
    }

    /** The photocells on A-unit {@code a}'s excitatory inputs. */
    public int[] excitatory(int a) {
        return machine.plugboard().excitatory(a);
    }

    /** The photocells on A-unit {@code a}'s inhibitory inputs. */
    public int[] inhibitory(int a) {
        return machine.plugboard().inhibitory(a);
    }

    /** The R-unit pot {@code pot} feeds. */
    public int rUnitOf(int pot) {
        return machine.sourceSets().rUnitOf(pot);
    }

    /** What R-unit {@code r} has learned, drawn back on the retina ({@link ReceptiveField}). */
    public double[][] receptiveField(int r) {
        return ReceptiveField.of(machine, r);
    }
}
