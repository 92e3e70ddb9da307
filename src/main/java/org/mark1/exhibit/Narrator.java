package org.mark1.exhibit;

import org.mark1.event.Event;
import org.mark1.exhibit.demo.Demonstration;

/**
 * Turns the machine's events into captions, one per event that a visitor can see: a card goes
 * before the camera; the lamps answer (right, or wrong and what the trainer forces); the knobs that
 * turn. It reads the names of classes from the demonstration; it keeps only the caption it shows.
 */
public final class Narrator {

    private final Demonstration demo;
    private Labels labels;
    private Caption caption;
    private String answerLine = "";
    private String detail = "";
    private boolean visitorNames;

    public Narrator(Demonstration demo, Labels labels) {
        this.demo = demo;
        this.labels = labels;
        this.caption = new Caption(labels.get("caption.start"), labels.get("caption.start.detail"));
    }

    public void setLabels(Labels labels) {
        this.labels = labels;
    }

    /** Whether classes are called by the visitor's names (class A, class B) rather than the scenario's. */
    public void useVisitorNames(boolean visitor) {
        this.visitorNames = visitor;
    }

    /** A class's name as the caption says it. */
    public String name(int cls) {
        if (cls < 0) {
            return labels.get("nothing");
        }
        return visitorNames && cls < 2 ? labels.get("kiosk.class." + cls) : labels.className(demo.className(cls));
    }

    private int classNamed(String label) {
        for (int c = 0; c < demo.classes(); c++) {
            if (demo.className(c).equals(label)) {
                return c;
            }
        }
        return -1;
    }

    public Caption caption() {
        return caption;
    }

    /** Reads one event; returns true when the caption changed. */
    public boolean hear(Event e) {
        if (e instanceof Event.StimulusShown s) {
            int c = classNamed(s.label());
            caption = new Caption(labels.get("caption.shown", c >= 0 ? name(c) : labels.className(s.label())), "");
            return true;
        }
        if (e instanceof Event.PhotocellsSettled p) {
            caption = new Caption(caption.line(), labels.get("caption.shown.detail", p.lit().length));
            return true;
        }
        if (e instanceof Event.AUnitsFired a) {
            detail = String.valueOf(a.active().length);
            return false;
        }
        if (e instanceof Event.RUnitsAnswered a) {
            String said = name(demo.classOf(a.lamps()));
            answerLine = a.correct() ? labels.get("caption.right", said)
                    : labels.get("caption.wrong", said, name(demo.classOf(a.desired())));
            StringBuilder sums = new StringBuilder();
            for (int r = 0; r < a.sums().length; r++) {
                sums.append(sums.length() == 0 ? "" : " ").append(labels.get("caption.sums", r + 1, a.sums()[r], a.thresholds()[r]));
            }
            detail = labels.get("caption.detail", detail, sums.toString());
            caption = new Caption(answerLine, detail);
            return true;
        }
        if (e instanceof Event.Reinforced r && r.pots().length > 0) {
            int up = 0;
            int down = 0;
            for (int s : r.steps()) {
                up += s > 0 ? 1 : 0;
                down += s < 0 ? 1 : 0;
            }
            String knobs = down == 0 ? labels.get("caption.up", up) : up == 0 ? labels.get("caption.down", down)
                    : labels.get("caption.updown", up, down);
            caption = new Caption(answerLine + " " + knobs, detail);
            return true;
        }
        return false;
    }
}
