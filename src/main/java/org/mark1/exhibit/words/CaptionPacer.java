package org.mark1.exhibit.words;

import org.mark1.event.Event;

/**
 * Keeps each caption up long enough to read: at least {@link #HOLD_MICROS} of wall-clock time. What
 * the narrator tells meanwhile waits; when the caption's time is up, the latest story is shown if
 * it is about one card, and a summary of the cards since ("12 cards, 3 corrections, 41 knobs
 * turned") if more than one card went by. No drawing, no clock of its own: the exhibit gives it the
 * wall time it counts.
 */
public final class CaptionPacer {

    /** The least time a caption stays up, in wall-clock microseconds [ours]. */
    public static final long HOLD_MICROS = 2_500_000;

    /**
     * A caption on screen: one card's story, or a summary of {@code cards} cards since the last caption.
     *
     * @param told        the story, or null for a summary
     * @param cards       cards shown (summary)
     * @param corrections cards followed by turning knobs (summary)
     * @param knobs       knobs turned, each counted once (summary)
     */
    public record Shown(Narrator.Told told, int cards, int corrections, int knobs) {
    }

    private final Narrator narrator;
    private Shown shown;
    private long shownAt;
    private Narrator.Told pending;
    private int cards;
    private int corrections;
    private final java.util.BitSet knobs = new java.util.BitSet();
    /** A notice's key in the labels (a visit begins afresh or resumes), up until the next caption, or null. */
    private String notice;
    /** Whether a visitor's card is on its way: its stories go up at once until its answer is on screen. */
    private boolean cutIn;

    public CaptionPacer(Narrator narrator, long wall) {
        this.narrator = narrator;
        this.shown = new Shown(narrator.told(), 0, 0, 0);
        this.shownAt = wall;
    }

    /** The narrator changed its caption on event {@code e}; it waits for {@link #tick}. */
    public void offer(Event e) {
        if (e instanceof Event.StimulusShown) {
            cards++;
        } else if (e instanceof Event.Reinforced r && r.pots().length > 0) {
            corrections++;
            for (int p : r.pots()) {
                knobs.set(p);
            }
        }
        pending = narrator.told();
    }

    /** Time passes (at the end of each frame): a caption whose time is up gives way to what waited. */
    public void tick(long wall) {
        if (cutIn && pending != null) {
            Narrator.Told t = pending;
            show(new Shown(t, 0, 0, 0), wall);
            cutIn = t.answer() == null; // the answer is up: from now on held as any caption
            return;
        }
        if (pending == null || wall - shownAt < HOLD_MICROS) {
            return;
        }
        show(cards >= 2 ? new Shown(null, cards, corrections, knobs.cardinality()) : new Shown(pending, 0, 0, 0), wall);
    }

    /**
     * A visitor pressed a class button: the caption on screen gives way at once (the visitor's own
     * card matters more than reading the last line out), and the card's stories go up as they come
     * until the machine's answer to it is on screen; that caption is then held as any other.
     */
    public void cutIn() {
        cutIn = true;
    }

    /** Puts up the notice {@code key} (and {@code key.detail}) from the labels in place of the caption on screen, held as a caption is. */
    public void announce(String key) {
        notice = key;
    }

    private void show(Shown s, long wall) {
        notice = null;
        shown = s;
        shownAt = wall;
        pending = null;
        cards = 0;
        corrections = 0;
        knobs.clear();
    }

    /** What is on screen now. */
    public Shown shown() {
        return shown;
    }

    /** Wall time the caption on screen went up. */
    public long shownAt() {
        return shownAt;
    }

    /** The caption on screen in {@code labels}. */
    public Caption words(Labels labels) {
        if (notice != null) {
            return new Caption(labels.get(notice), labels.get(notice + ".detail"));
        }
        if (shown.told() != null) {
            return narrator.words(shown.told(), labels);
        }
        return new Caption(labels.get("caption.summary", shown.cards(), shown.corrections(), shown.knobs()),
                labels.get("caption.summary.detail"));
    }
}
