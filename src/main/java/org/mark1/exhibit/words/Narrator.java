package org.mark1.exhibit.words;

import org.mark1.event.Event;
import org.mark1.exhibit.demo.Demonstration;

/**
 * Turns the machine's events into captions, one per event that a visitor can see: a card goes
 * before the camera; the lamps answer (right, or wrong and what the trainer forces); the knobs that
 * turn. A caption is kept as what it says ({@link Told}), not as words, so a language switch
 * re-words the caption on screen at once. It reads the names of classes from the demonstration.
 */
public final class Narrator {

    /**
     * One caption's content, in no language: the card's class, the photocells lit, the units fired,
     * the answer and the knobs turned up and down, as far as the card's story has come.
     *
     * @param start   the machine waits for its first card
     * @param label   the card's class as the scenario names it, or null
     * @param cls     the card's class index, or -1
     * @param lit     photocells lit, or -1 before they settle
     * @param fired   association units fired, or -1 before they fire
     * @param answer  the lamps' answer, or null before it
     * @param up      knobs turned up by the correction
     * @param down    knobs turned down
     * @param visitor whether classes go by the visitor's names (class A, class B)
     * @param trial   the card's trial number (its {@link Event.StimulusShown#trial()}), or -1 before the first
     */
    public record Told(boolean start, String label, int cls, int lit, int fired, Event.RUnitsAnswered answer, int up, int down,
            boolean visitor, int trial) {
    }

    private final Demonstration demo;
    private Labels labels;
    private Told told = new Told(true, null, -1, -1, -1, null, 0, 0, false, -1);
    private boolean visitorNames;

    public Narrator(Demonstration demo, Labels labels) {
        this.demo = demo;
        this.labels = labels;
    }

    public void setLabels(Labels labels) {
        this.labels = labels;
    }

    /** Whether classes are called by the visitor's names (class A, class B) rather than the scenario's. */
    public void useVisitorNames(boolean visitor) {
        this.visitorNames = visitor;
    }

    /** A class's name as the caption says it, in the present language. */
    public String name(int cls) {
        return name(cls, visitorNames, labels);
    }

    private String name(int cls, boolean visitor, Labels in) {
        if (cls < 0) {
            return in.get("nothing");
        }
        return visitor && cls < 2 ? in.get("kiosk.class." + cls) : in.className(demo.className(cls));
    }

    private int classNamed(String label) {
        for (int c = 0; c < demo.classes(); c++) {
            if (demo.className(c).equals(label)) {
                return c;
            }
        }
        return -1;
    }

    /** What the latest caption says. */
    public Told told() {
        return told;
    }

    /** The latest caption in the present language. */
    public Caption caption() {
        return words(told, labels);
    }

    /** A caption's words in {@code in}. */
    public Caption words(Told t, Labels in) {
        if (t.start()) {
            return new Caption(in.get("caption.start"), in.get("caption.start.detail"));
        }
        String card = t.cls() >= 0 ? name(t.cls(), t.visitor(), in) : in.className(t.label());
        if (t.answer() == null) {
            return new Caption(in.get("caption.shown", card), t.lit() < 0 ? "" : in.get("caption.shown.detail", t.lit()));
        }
        Event.RUnitsAnswered a = t.answer();
        String said = name(demo.classOf(a.lamps()), t.visitor(), in);
        String line = a.correct() ? in.get("caption.right", said)
                : in.get("caption.wrong", said, name(demo.classOf(a.desired()), t.visitor(), in));
        String knobs = t.up() + t.down() == 0 ? "" : (t.down() == 0 ? in.get("caption.up", t.up())
                : t.up() == 0 ? in.get("caption.down", t.down()) : in.get("caption.updown", t.up(), t.down())) + " ";
        // one lamp: its sum in words; more: the lamp panel shows each lamp's sum beside it
        String sums = a.sums().length == 1 ? in.get("caption.sums", 1, a.sums()[0], a.thresholds()[0]) : "";
        return new Caption(line, (knobs + in.get("caption.detail", Math.max(0, t.fired()), sums)).strip());
    }

    /** Reads one event; returns true when the caption changed. */
    public boolean hear(Event e) {
        if (e instanceof Event.StimulusShown s) {
            told = new Told(false, s.label(), classNamed(s.label()), -1, -1, null, 0, 0, visitorNames, s.trial());
            return true;
        }
        if (told.start()) {
            return false;
        }
        if (e instanceof Event.PhotocellsSettled p) {
            told = new Told(false, told.label(), told.cls(), p.lit().length, told.fired(), null, 0, 0, told.visitor(), told.trial());
            return true;
        }
        if (e instanceof Event.AUnitsFired a) {
            told = new Told(false, told.label(), told.cls(), told.lit(), a.active().length, told.answer(), told.up(), told.down(),
                    told.visitor(), told.trial());
            return false;
        }
        if (e instanceof Event.RUnitsAnswered a) {
            told = new Told(false, told.label(), told.cls(), told.lit(), told.fired(), a, 0, 0, told.visitor(), told.trial());
            return true;
        }
        if (e instanceof Event.Reinforced r && r.pots().length > 0 && told.answer() != null) {
            int up = 0;
            int down = 0;
            for (int s : r.steps()) {
                up += s > 0 ? 1 : 0;
                down += s < 0 ? 1 : 0;
            }
            told = new Told(false, told.label(), told.cls(), told.lit(), told.fired(), told.answer(), up, down, told.visitor(), told.trial());
            return true;
        }
        return false;
    }
}
