package org.mark1.exhibit.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.mark1.event.Event;

/**
 * The last cards the machine answered, oldest first, read from the events alone: for each answer
 * ({@link Event.RUnitsAnswered}) the photocells its card lit (the {@link Event.PhotocellsSettled}
 * of the same trial), the lamps it lit and the lamps the trainer wanted. What the exhibit shows
 * beside each lamp's field: what the lamp does with what it learned. A trial number lower than the
 * last (a replay starting over) empties the ring, as does {@link #clear()}.
 */
public final class AnswerRing {

    /** Answers kept: two screens of cards a visitor can take in at a glance [ours]. */
    public static final int CARDS = 24;

    /**
     * One answered card.
     *
     * @param trial   the trial it was answered in
     * @param lit     the photocells its light fired (row-major indices), or null if no settling of that trial was heard
     * @param lamps   the lamps the machine lit
     * @param wanted  the lamps the trainer wanted lit
     * @param correct whether the answer was right (every lamp as wanted), as the event says
     */
    public record Answered(int trial, int[] lit, boolean[] lamps, boolean[] wanted, boolean correct) {

        /** Whether lamp {@code r} did as the trainer wanted: lit when wanted lit, dark when wanted dark. */
        public boolean asWanted(int r) {
            return lamps[r] == wanted[r];
        }
    }

    /** The ring at one instant, oldest first; what a frame paints. */
    public record Recent(List<Answered> cards, int capacity) {

        /** The cards whose answer lit lamp {@code r} (or, with {@code lit} false, left it dark), oldest first. */
        public List<Answered> sorted(int r, boolean lit) {
            return cards.stream().filter(c -> c.lamps()[r] == lit).toList();
        }

        /** How many of the cards lamp {@code r} answered as the trainer wanted. */
        public int asWanted(int r) {
            return (int) cards.stream().filter(c -> c.asWanted(r)).count();
        }

        /** How many of the cards the machine answered right on every lamp. */
        public int right() {
            return (int) cards.stream().filter(Answered::correct).count();
        }
    }

    private final int capacity;
    private final Deque<Answered> ring = new ArrayDeque<>();
    private int settledTrial = -1;
    private int[] settled;
    private int lastTrial = -1;

    public AnswerRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /** Hears one event, in the order they happened. */
    public void hear(Event e) {
        if (e instanceof Event.PhotocellsSettled p) {
            settledTrial = p.trial();
            settled = p.lit().clone();
        } else if (e instanceof Event.RUnitsAnswered a) {
            if (a.trial() < lastTrial) {
                ring.clear();
            }
            lastTrial = a.trial();
            ring.addLast(new Answered(a.trial(), a.trial() == settledTrial ? settled : null, a.lamps().clone(),
                    a.desired().clone(), a.correct()));
            if (ring.size() > capacity) {
                ring.removeFirst();
            }
        }
    }

    /** Forgets every answer (the knobs were set back or restored: the answers were another machine's). */
    public void clear() {
        ring.clear();
    }

    /** The answers kept now, oldest first. */
    public Recent recent() {
        return new Recent(List.copyOf(ring), capacity);
    }
}
