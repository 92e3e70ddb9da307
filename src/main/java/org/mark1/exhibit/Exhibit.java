package org.mark1.exhibit;

import java.util.List;
import org.mark1.event.Event;
import org.mark1.experiment.Demonstration;
import org.mark1.experiment.Scenario;
import org.mark1.training.MachineSnapshot;

/**
 * The exhibit's own state between frames, none of it the machine's: the demonstration it advances,
 * the caption, the last answer, the A-unit whose wires are shown and the pot shown magnified. The
 * sketch calls {@link #frame} once per frame and paints {@link #still()}. No drawing here, so it
 * runs (and is tested) without a display.
 */
public final class Exhibit {

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

    public Exhibit(Scenario scenario, Labels.Language language) {
        this.scenario = scenario;
        this.labels = new Labels(language);
        restart();
    }

    /** Starts again from the scenario's fresh machine (after a fault, say). */
    public void restart() {
        demo = Demonstration.of(scenario);
        narrator = new Narrator(demo, labels);
        answer = null;
        spotlight = -1;
        frames = 0;
    }

    /** Advances the machine {@code micros} of simulated time and reads what happened. */
    public List<Event> frame(long micros) {
        frames++;
        List<Event> events = demo.advance(micros);
        hear(events);
        return events;
    }

    void hear(List<Event> events) {
        boolean firstMotor = true;
        for (Event e : events) {
            narrator.hear(e);
            if (e instanceof Event.StimulusShown) {
                answer = null;
            } else if (e instanceof Event.RUnitsAnswered a) {
                answer = a;
            } else if (e instanceof Event.MotorStarted m && firstMotor) {
                spotlight = m.pot();
                firstMotor = false;
            }
        }
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
        return new Still(m, card == null ? null : card.light(), answer, unit, demo.excitatory(unit), demo.inhibitory(unit),
                spotlight, demo.config().potSteps(), demo.config().rows(), demo.config().columns(),
                demo.curve().points(), demo.curve().block(), demo.answered(), narrator.caption(), labels, lampNames(),
                answer == null ? "" : narrator.name(demo.classOf(answer.lamps())),
                answer == null ? "" : narrator.name(demo.classOf(answer.desired())));
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
