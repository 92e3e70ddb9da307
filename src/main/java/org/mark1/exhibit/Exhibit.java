package org.mark1.exhibit;

import java.util.List;
import org.mark1.event.Event;
import org.mark1.exhibit.demo.Demonstration;
import org.mark1.exhibit.demo.McpShow;
import org.mark1.exhibit.words.Caption;
import org.mark1.exhibit.words.CaptionPacer;
import org.mark1.exhibit.words.Labels;
import org.mark1.exhibit.words.Narrator;
import org.mark1.scenario.Scenario;
import org.mark1.training.MachineSnapshot;

/**
 * The exhibit's own state between frames, none of it the machine's: the demonstration it advances,
 * the caption, the last answer, the A-unit whose wires are shown and the pot shown magnified. The
 * sketch calls {@link #frame} once per frame and paints {@link #still()}. No drawing here, so it
 * runs (and is tested) without a display.
 */
public final class Exhibit {

    /** What fills the panel: the machine, what its lamps learned, a McCulloch–Pitts net, or the history wall. */
    public enum PanelMode { MACHINE, FIELD, MCP, HISTORY }

    /** The net shown in the MCP view. */
    static final String MCP_NET = "heat-illusion";

    /** Frames the wiring highlight stays on one A-unit when nobody points at one. */
    static final int CYCLE_FRAMES = 90;

    private final Scenario scenario;
    private Demonstration demo;
    private Labels labels;
    private Narrator narrator;
    private Event.RUnitsAnswered answer;
    private int spotlight = -1;
    private int pointed = -1;
    private long frames;
    private PanelMode mode = PanelMode.MACHINE;
    private McpShow mcp;
    private Kiosk kiosk;

    private final List<Event> trace;

    /** How long the knobs of a correction stay marked, in wall-clock microseconds, at any speed [ours]. */
    static final long MARK_MICROS = 1_800_000;

    /** Machine seconds per wall-clock second: what {@link #frame(long)} divides by to count wall time. */
    private double speed = 1;
    /** Machine microseconds per wall microsecond in the latest frame (infinite when a stretch took no wall time). */
    private double rate = 1;
    /** Wall-clock time the visitor has watched, in microseconds (machine time divided by the speed). */
    private long wall;
    /** For each pot, the wall time it last turned, or Long.MIN_VALUE. */
    private long[] turnedAt;
    private CaptionPacer pacer;
    /** The pots of the latest correction and the wall time it came. */
    private int[] lastCorrection = new int[0];
    private long lastCorrectionAt = Long.MIN_VALUE;
    /** Machine time the card before the camera came, or -1 before a card came in this exhibit's sight. */
    private long cardCameAt = -1;

    /** How long the latest correction's knobs glow, in wall-clock microseconds [ours]. */
    static final long GLOW_MICROS = 400_000;

    public Exhibit(Scenario scenario, Labels.Language language) {
        this(scenario, null, language);
    }

    /** An exhibit that replays {@code trace} (a run's saved events) on the machine of {@code scenario}, or runs it live when null. */
    public Exhibit(Scenario scenario, List<Event> trace, Labels.Language language) {
        this.scenario = scenario;
        this.trace = trace == null ? null : List.copyOf(trace);
        this.labels = new Labels(language);
        restart();
    }

    /** Starts again from the scenario's fresh machine (after a fault, say). */
    public void restart() {
        demo = trace == null ? Demonstration.of(scenario) : Demonstration.replay(scenario, trace);
        kiosk = null;
        narrator = new Narrator(demo, labels);
        pacer = newPacer();
        turnedAt = new long[demo.config().associationUnits()];
        java.util.Arrays.fill(turnedAt, Long.MIN_VALUE);
        answer = null;
        spotlight = -1;
        frames = 0;
    }

    /** Turns on the visitor's controls (kiosk mode). */
    public Kiosk kiosk() {
        if (kiosk == null) {
            kiosk = new Kiosk(this);
        }
        return kiosk;
    }

    public PanelMode mode() {
        return mode;
    }

    public void setMode(PanelMode m) {
        mode = m;
        if (m == PanelMode.MCP && mcp == null) {
            mcp = new McpShow(MCP_NET);
        }
    }

    /** The next view, round the three. */
    public void nextMode() {
        setMode(PanelMode.values()[(mode.ordinal() + 1) % PanelMode.values().length]);
    }

    /** Sets the machine seconds that pass in one wall-clock second (the window's and render's {@code --speed}). */
    public void setSpeed(double machinePerWall) {
        if (!(machinePerWall > 0)) {
            throw new IllegalArgumentException("speed " + machinePerWall);
        }
        speed = machinePerWall;
        rate = machinePerWall;
    }

    /** Wall-clock time watched so far, in microseconds. */
    public long wall() {
        return wall;
    }

    /** Advances the machine {@code micros} of simulated time (micros / speed of wall time) and reads what happened. */
    public List<Event> frame(long micros) {
        return frame(micros, Math.round(micros / speed));
    }

    /** Advances the machine {@code micros} of simulated time while {@code wallMicros} pass for the visitor. */
    public List<Event> frame(long micros, long wallMicros) {
        frames++;
        if (micros > 0) {
            rate = wallMicros > 0 ? (double) micros / wallMicros : Double.POSITIVE_INFINITY;
        }
        long machineStart = demo.clock();
        long wallStart = wall;
        wall += wallMicros;
        if (kiosk != null) {
            kiosk.tick(wallMicros);
        }
        if (mode == PanelMode.MCP) {
            mcp.advance(micros);
        }
        List<Event> events = demo.advance(micros);
        hear(events, t -> micros <= 0 ? wall : wallStart + Math.round((double) (t - machineStart) * wallMicros / micros));
        MachineSnapshot now = demo.snapshot();
        for (int p : now.turning()) {
            turnedAt[p] = wall;
        }
        if (pacer.tick(wall, now.trial(), cardStays()) && rate < Double.POSITIVE_INFINITY) {
            demo.keepCard(demo.clock() + Math.round(CaptionPacer.HOLD_MICROS * rate)); // the visitor's card stays while its caption is read
        }
        return events;
    }

    /** Whether the card before the camera stays there for a caption's hold ({@link CaptionPacer#HOLD_MICROS} of wall time). */
    private boolean cardStays() {
        return staysFrom(demo.clock());
    }

    /** Whether the card before the camera is there a caption's hold from machine time {@code from} on. */
    private boolean staysFrom(long from) {
        long next = demo.nextCardAt();
        return next == Long.MAX_VALUE || next - from >= CaptionPacer.HOLD_MICROS * rate;
    }

    /**
     * A caption pacer starting now, with the story of the card before the camera if it stays to be
     * read, or if cards come slowly enough at this speed to be read one by one (a render that starts
     * late in a card's 3 s at --speed 1 tells that card, not "faster than words").
     */
    private CaptionPacer newPacer() {
        return new CaptionPacer(narrator, wall, demo.snapshot().trial(), cardStays() || cardCameAt >= 0 && staysFrom(cardCameAt));
    }

    /** Reads the events; {@code wallOf} gives the wall time at which a machine time passed in this frame. */
    void hear(List<Event> events, java.util.function.LongUnaryOperator wallOf) {
        boolean firstMotor = true;
        for (Event e : events) {
            long at = Math.min(wall, wallOf.applyAsLong(e.time()));
            if (narrator.hear(e)) {
                pacer.offer(e);
            }
            if (e instanceof Event.StimulusShown) {
                answer = null;
                cardCameAt = e.time();
            } else if (e instanceof Event.RUnitsAnswered a) {
                answer = a;
            } else if (e instanceof Event.MotorStarted m) {
                turnedAt[m.pot()] = at;
                if (firstMotor) {
                    spotlight = m.pot(); // the magnified knob is one that turns now
                    firstMotor = false;
                }
            } else if (e instanceof Event.MotorStopped m) {
                turnedAt[m.pot()] = at;
            } else if (e instanceof Event.Reinforced r && r.pots().length > 0) {
                lastCorrection = r.pots().clone();
                java.util.Arrays.sort(lastCorrection);
                lastCorrectionAt = at;
            }
        }
    }

    /** The pots that turned within the last {@link #MARK_MICROS} of wall time, ascending. */
    int[] marked() {
        int n = 0;
        int[] out = new int[turnedAt.length];
        for (int p = 0; p < turnedAt.length; p++) {
            if (turnedAt[p] != Long.MIN_VALUE && wall - turnedAt[p] <= MARK_MICROS) {
                out[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The caption on screen, as what it says: one card's story (its trial named), a summary or a notice. */
    CaptionPacer.Shown shownCaption() {
        return pacer.shown();
    }

    /** Wall time the caption on screen went up. */
    public long captionSince() {
        return pacer.shownAt();
    }

    /** The pots of the latest correction while they glow ({@link #GLOW_MICROS} of wall time), else none. */
    int[] glowing() {
        return lastCorrectionAt != Long.MIN_VALUE && wall - lastCorrectionAt <= GLOW_MICROS ? lastCorrection.clone() : new int[0];
    }

    /** The caption on screen: each stays up at least {@link CaptionPacer#HOLD_MICROS} of wall time. */
    public Caption caption() {
        return pacer.words(labels);
    }

    /**
     * The caption as of now, shown at once and held from now (after a long run-up, say, that a
     * visitor did not watch: no summary of it).
     */
    public void settle() {
        pacer = newPacer();
    }

    /** Forgets the marks and puts up {@code notice} (a key of the labels) as the caption: a visit begins afresh or resumes. */
    void freshScreen(String notice) {
        java.util.Arrays.fill(turnedAt, Long.MIN_VALUE);
        lastCorrection = new int[0];
        answer = null;
        pacer = newPacer();
        pacer.announce(notice);
    }

    /**
     * A visitor teaches {@code light} as class {@code cls}: the card goes before the camera at once,
     * its caption and the lamp panel's words follow it in the same frame, and it stays there while
     * its caption is held (at speed 20, 2.5 s of wall time is 50 s of the machine's).
     */
    void teach(double[] light, int cls) {
        demo.teach(light, cls);
        pacer.cutIn();
    }

    /** The visitor's controls if they are on, else null. */
    Kiosk kioskIfOn() {
        return kiosk;
    }

    public Demonstration demonstration() {
        return demo;
    }

    public Narrator narrator() {
        return narrator;
    }

    public Labels labels() {
        return labels;
    }

    public void setLanguage(Labels.Language language) {
        labels = new Labels(language);
        narrator.setLabels(labels);
    }

    /** Points at A-unit (and pot) {@code a}, or at none with -1: its wires are shown. */
    public void pointAt(int a) {
        pointed = a;
    }

    /** The A-unit whose wires are shown: the one pointed at, else one of the firing units in turn. */
    int shownUnit(MachineSnapshot m) {
        if (pointed >= 0) {
            return pointed;
        }
        int[] active = m.active();
        long turn = frames / CYCLE_FRAMES;
        return active.length == 0 ? (int) (turn % demo.config().associationUnits()) : active[(int) (turn % active.length)];
    }

    /** What the frame paints now. */
    public Still still() {
        MachineSnapshot m = demo.snapshot();
        int unit = shownUnit(m);
        var card = demo.card();
        // the lamp panel's words name the card the caption tells of (a summary names none: the live answer)
        Narrator.Told told = pacer.shown().told();
        Event.RUnitsAnswered named = told == null ? answer : told.answer();
        return new Still(m, card == null ? null : card.light(), answer, unit, demo.excitatory(unit), demo.inhibitory(unit),
                spotlight, demo.config().potSteps(), demo.config().rows(), demo.config().columns(),
                demo.curve().points(), demo.curve().block(), demo.answered(), caption(), labels, lampNames(),
                named == null ? "" : narrator.name(demo.classOf(named.lamps())),
                named == null ? "" : narrator.name(demo.classOf(named.desired())), mode, fields(),
                mode == PanelMode.MCP ? mcp.moment() : null,
                kiosk == null ? null : new KioskView.Face(kiosk.visitor(), kiosk.drawing(), kiosk.moving(), kiosk.forgetting(),
                        kiosk.score(), kiosk.sketching()), marked(), glowing(),
                named != null && named.correct(), mode == PanelMode.FIELD ? demo.recentAnswers() : null);
    }

    private double[][][] fields() {
        if (mode != PanelMode.FIELD) {
            return null;
        }
        double[][][] f = new double[demo.lamps()][][];
        for (int r = 0; r < f.length; r++) {
            f[r] = demo.receptiveField(r);
        }
        return f;
    }

    private String[] lampNames() {
        String[] names = new String[demo.lamps()];
        for (int r = 0; r < names.length; r++) {
            names[r] = "";
            for (int c = 0; c < demo.classes(); c++) {
                boolean[] w = demo.wanted(c);
                int lit = 0;
                for (boolean b : w) {
                    lit += b ? 1 : 0;
                }
                if (lit == 1 && w[r]) {
                    names[r] = narrator.name(c);
                }
            }
        }
        return names;
    }
}
