package org.mark1.exhibit.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.machine.MachineConfig;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.Rasterizer;
import org.mark1.training.Presentation;

/**
 * The cards a visitor has taught, at most {@link #CAPACITY} (oldest dropped first), taken in turn
 * for rehearsal; each remembers whether the machine answered it rightly the last time it was shown.
 * When figures move, a card is shifted at random each time it is shown.
 */
final class VisitorDeck {

    /** Most visitor cards kept. */
    static final int CAPACITY = 12;
    /** Largest shift of a card, in photocells, when figures move [ours]. */
    static final int MOVE = 3;

    /** One taught card and how the machine did on it last time. */
    static final class TaughtCard {
        final Presentation presentation;
        Boolean right;

        TaughtCard(Presentation presentation) {
            this.presentation = presentation;
        }
    }

    private final MachineConfig config;
    private final UniformRandomProvider shifts;
    private final Deque<TaughtCard> cards = new ArrayDeque<>();
    private int next;
    private boolean moving;

    VisitorDeck(MachineConfig config, UniformRandomProvider shifts) {
        this.config = config;
        this.shifts = shifts;
    }

    /** Adds a taught card; the next rehearsal starts after it. */
    TaughtCard add(Presentation p) {
        TaughtCard c = new TaughtCard(p);
        cards.addLast(c);
        while (cards.size() > CAPACITY) {
            cards.removeFirst();
        }
        next = cards.size();
        return c;
    }

    /** The next card to rehearse, or null when there is none. */
    TaughtCard next() {
        if (cards.isEmpty()) {
            return null;
        }
        List<TaughtCard> all = new ArrayList<>(cards);
        return all.get(next++ % all.size());
    }

    /** The card as the camera sees it this time: shifted when figures move. */
    Presentation shown(TaughtCard c) {
        return moving ? shifted(c.presentation) : c.presentation;
    }

    /** The place of the next rehearsal. */
    int place() {
        return next;
    }

    /** Back to {@code kept} (taught cards with their last answers), the next rehearsal at {@code place}. */
    void restore(List<TaughtCard> kept, int place) {
        cards.clear();
        cards.addAll(kept);
        next = place;
    }

    /** The cards as kept, oldest first. */
    List<TaughtCard> cards() {
        return List.copyOf(cards);
    }

    void clear() {
        cards.clear();
        next = 0;
    }

    boolean isEmpty() {
        return cards.isEmpty();
    }

    void setMoving(boolean moving) {
        this.moving = moving;
    }

    boolean moving() {
        return moving;
    }

    List<Presentation> presentations() {
        return cards.stream().map(c -> c.presentation).toList();
    }

    /** {right, shown}: cards answered rightly when last shown, and cards shown at least once. */
    int[] score() {
        int right = 0;
        int shown = 0;
        for (TaughtCard c : cards) {
            if (c.right != null) {
                shown++;
                right += c.right ? 1 : 0;
            }
        }
        return new int[] {right, shown};
    }

    private Presentation shifted(Presentation p) {
        int dx = shifts.nextInt(2 * MOVE + 1) - MOVE;
        int dy = shifts.nextInt(2 * MOVE + 1) - MOVE;
        double[] out = new double[p.light().length];
        for (int r = 0; r < config.rows(); r++) {
            for (int col = 0; col < config.columns(); col++) {
                int sr = r - dy;
                int sc = col - dx;
                if (sr >= 0 && sr < config.rows() && sc >= 0 && sc < config.columns()) {
                    out[r * config.columns() + col] = p.light()[sr * config.columns() + sc];
                }
            }
        }
        return new Presentation(p.label(), p.description() + String.format(Locale.ROOT, " moved (%d, %d)", dx, dy), out,
                p.wanted());
    }

    /** Light of {@code figure} drawn in the middle of the retina, {@code size} cells across. */
    static double[] figure(MachineConfig config, Figure figure, double size) {
        double x = (config.columns() - size) / 2;
        double y = (config.rows() - size) / 2;
        return new Rasterizer(config.rows(), config.columns(), 8).light(figure.outline(x, y, size));
    }
}
