package org.mark1.exhibit.words;

import org.mark1.event.Event;

/**
 * Keeps each caption up long enough to read, at least {@link #HOLD_MICROS} of wall-clock time, and
 * never lets it name a card that is not before the camera. A caption is one card's story, told as
 * it goes on (the card, the answer, the knobs), or a summary of the cards since the last caption
 * ("12 cards, 3 corrections, 41 knobs turned"), or a notice. A card's story goes up only for the
 * card before the camera and only if that card stays there for the hold (at the machine's own pace
 * every card does); when cards come faster the caption sums them up and names none. When the card
 * it tells of leaves the camera (a visitor's card cuts in), the story gives way at once. No drawing,
 * no clock of its own: the exhibit gives it the wall time it counts and the card before the camera.
 */
public final class CaptionPacer {

    /** The least time a caption stays up, in wall-clock microseconds [ours]. */
    public static final long HOLD_MICROS = 2_500_000;

    /**
     * How long a new card's story waits for its answer before it goes up without one, in wall-clock
     * microseconds [ours]: at the machine's pace the lamps answer 50 ms after the card, and a line
     * "the camera sees a card" up for three frames before the answer replaces it would only flicker.
     * Meanwhile the caption before stays, over a retina still dark while the card's light settles.
     */
    public static final long SETTLE_MICROS = 250_000;

    /**
     * A caption on screen: one card's story, a summary of {@code cards} cards since the last caption,
     * or a notice.
     *
     * @param told        the story (of the card before the camera), or null for a summary or a notice
     * @param cards       cards shown (summary)
     * @param corrections cards followed by turning knobs (summary)
     * @param knobs       knobs turned, each counted once (summary)
     * @param notice      a notice's key in the labels (a visit begins afresh or resumes), or null
     */
    public record Shown(Narrator.Told told, int cards, int corrections, int knobs, String notice) {
    }

    private final Narrator narrator;
    private Shown shown;
    private long shownAt;
    /** Whether the narrator told something new (not the story on screen going on) since the caption went up. */
    private boolean news;
    private int cards;
    private int corrections;
    private final java.util.BitSet knobs = new java.util.BitSet();
    /** Whether a visitor's card is on its way: the caption on screen gives way to it at once. */
    private boolean cutIn;
    /** The card whose story the narrator tells now, and the wall time this pacer first saw it. */
    private int seenTrial = Integer.MIN_VALUE;
    private long seenAt;

    /**
     * Starts at wall time {@code wall} with the story of card {@code card} (the one before the camera,
     * or -1) if it {@code stays} for the hold, else with a line that names no card.
     */
    public CaptionPacer(Narrator narrator, long wall, int card, boolean stays) {
        this.narrator = narrator;
        Narrator.Told t = narrator.told();
        this.shown = t.start() || t.trial() == card && stays ? new Shown(t, 0, 0, 0, null) : new Shown(null, 0, 0, 0, null);
        this.shownAt = wall;
    }

    /** The narrator changed its caption on event {@code e}: the story on screen goes on, or the news waits for {@link #tick}. */
    public void offer(Event e) {
        if (e instanceof Event.StimulusShown) {
            cards++;
        } else if (e instanceof Event.Reinforced r && r.pots().length > 0) {
            corrections++;
            for (int p : r.pots()) {
                knobs.set(p);
            }
        }
        Narrator.Told t = narrator.told();
        if (story() && !shown.told().start() && t.trial() == shown.told().trial()) {
            shown = new Shown(t, 0, 0, 0, null); // the same card's story goes on: the same caption
        } else {
            news = true;
        }
    }

    private boolean story() {
        return shown.told() != null && shown.notice() == null;
    }

    /**
     * Time passes (at the end of each frame): card {@code card} is before the camera and {@code stays}
     * says whether it stays there at least {@link #HOLD_MICROS} from {@code wall}. A caption whose time
     * is up gives way to what was told meanwhile; a story whose card has left gives way at once.
     * Returns true when a visitor's card's story went up now, whether or not the card would stay:
     * the caller keeps that card before the camera for the hold.
     */
    public boolean tick(long wall, int card, boolean stays) {
        Narrator.Told t = narrator.told();
        if (t.trial() != seenTrial) {
            seenTrial = t.trial();
            seenAt = wall;
        }
        boolean start = story() && shown.told().start();
        boolean gone = story() && !start && shown.told().trial() != card;
        if (!news && !gone || !(start || gone || cutIn || wall - shownAt >= HOLD_MICROS)) {
            return false;
        }
        if (!t.start() && t.trial() == card && t.answer() == null && wall - seenAt < SETTLE_MICROS) {
            return false; // the card's story waits a moment for its answer, which comes with it
        }
        boolean visitor = cutIn;
        if (!t.start() && t.trial() == card && (stays || visitor)) {
            show(new Shown(t, 0, 0, 0, null), wall);
            return visitor;
        }
        if (cards >= 2 || start || gone || visitor) {
            show(new Shown(null, cards, corrections, knobs.cardinality(), null), wall);
        }
        return false; // else one card went by and leaves before its story could be read: the next card is told
    }

    /** A visitor pressed a class button: the caption on screen gives way at once to the visitor's own card. */
    public void cutIn() {
        cutIn = true;
    }

    /** Puts up the notice {@code key} (and {@code key.detail}) from the labels in place of the caption on screen, held as a caption is. */
    public void announce(String key) {
        shown = new Shown(null, 0, 0, 0, key);
        news = false;
    }

    private void show(Shown s, long wall) {
        shown = s;
        shownAt = wall;
        news = false;
        cutIn = false;
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
        if (shown.notice() != null) {
            return new Caption(labels.get(shown.notice()), labels.get(shown.notice() + ".detail"));
        }
        if (shown.told() != null) {
            return narrator.words(shown.told(), labels);
        }
        if (shown.cards() == 0) {
            return new Caption(labels.get("caption.working"), labels.get("caption.working.detail"));
        }
        return new Caption(labels.get("caption.summary", shown.cards(), shown.corrections(), shown.knobs()),
                labels.get("caption.summary.detail"));
    }
}
