package org.mark1.exhibit;

import org.mark1.exhibit.demo.Demonstration;
import org.mark1.exhibit.demo.VisitorDrawing;
import org.mark1.stimulus.Figure;

/**
 * A visitor at the exhibit, by touch alone. While nobody is there the machine trains itself on the
 * scenario's cards (the attract loop). The first touch resets the knobs and the visitor takes over:
 * draws on the retina (or picks a card), presses a class button to teach it; the machine answers at
 * once and its knobs turn; between touches it rehearses the visitor's cards, as the period's
 * trainers repeated theirs. After {@link #IDLE_MICROS} of wall time without a touch it goes back to the
 * attract loop. No drawing here: {@link KioskView} paints it, and a test plays a scripted visitor.
 */
public final class Kiosk {

    /** Wall-clock time without a touch before the attract loop comes back: 90 s [ours]. */
    public static final long IDLE_MICROS = 90_000_000L;
    /** The cards a visitor may pick, drawn in the middle of the retina. */
    static final Figure[] CARDS = Figure.values();
    /** Size of a picked card's figure, in photocells [ours]. */
    static final double CARD_SIZE = 10;

    /** What a touch may ask for. */
    public enum Action { TEACH_A, TEACH_B, CLEAR, CARD, MOVING, FORGET, LANGUAGE, VIEW, BACK }

    private final Exhibit exhibit;
    private final VisitorDrawing drawing;
    private boolean visitor;
    private long idle;
    private int nextCard;
    private boolean forgetting;
    /** Counts the changes of the visit a save should keep (a press, a visit begun, ended or resumed). */
    private long changes;

    public Kiosk(Exhibit exhibit) {
        this.exhibit = exhibit;
        this.drawing = new VisitorDrawing(exhibit.demonstration().config().rows(), exhibit.demonstration().config().columns());
    }

    /** In the attract loop: wall time on the machine before the history wall is shown, and how long it stays [ours]. */
    static final long HISTORY_EVERY = 60_000_000L;
    static final long HISTORY_FOR = 20_000_000L;
    private long attractClock;

    /** Counts {@code wallMicros} of wall time; returns to the attract loop after the idle time, from any view. */
    public void tick(long wallMicros) {
        idle += wallMicros;
        if (!visitor) {
            attractLoop(wallMicros);
        }
        if (idle < IDLE_MICROS) {
            return;
        }
        if (visitor) {
            attract();
        } else if (exhibit.mode() != Exhibit.PanelMode.MACHINE) {
            idle = 0;
            exhibit.setMode(Exhibit.PanelMode.MACHINE); // a view looked at and left: the attract loop again
        }
    }

    /** Nobody there: the machine for a minute, the history wall for twenty seconds, and again. */
    private void attractLoop(long wallMicros) {
        attractClock += wallMicros;
        if (exhibit.mode() == Exhibit.PanelMode.MACHINE && attractClock >= HISTORY_EVERY) {
            exhibit.setMode(Exhibit.PanelMode.HISTORY);
            attractClock = 0;
        } else if (exhibit.mode() == Exhibit.PanelMode.HISTORY && attractClock >= HISTORY_FOR) {
            exhibit.setMode(Exhibit.PanelMode.MACHINE);
            attractClock = 0;
        } else if (exhibit.mode() != Exhibit.PanelMode.HISTORY && exhibit.mode() != Exhibit.PanelMode.MACHINE) {
            attractClock = 0;
        }
    }

    /** Back to the attract loop: fresh knobs, the scenario's cards, the drawing wiped; the screen says so. */
    public void attract() {
        changes++;
        exhibit.freshScreen("visit.new");
        visitor = false;
        forgetting = false;
        idle = 0;
        drawing.hide();
        exhibit.setMode(Exhibit.PanelMode.MACHINE);
        exhibit.demonstration().setMoving(false);
        exhibit.demonstration().reset(Demonstration.Deck.SCENARIO);
        exhibit.narrator().useVisitorNames(false);
    }

    /**
     * A kept visit taken up again after a restart: the visitor's, with forgetting as it was and the
     * retina showing {@code drawing} (the drawing not yet taught) or, when null, the card before the
     * camera; the screen says so.
     */
    void resume(boolean forgetting, double[] drawing) {
        changes++;
        visitor = true;
        this.forgetting = forgetting;
        this.drawing.restore(drawing);
        idle = 0;
        exhibit.narrator().useVisitorNames(true);
        exhibit.freshScreen("visit.resumed");
    }

    /** Changes of the visit so far: a save is due when they differ from those last saved. */
    long changes() {
        return changes;
    }

    /** Touches that drew on the retina so far. */
    long drawn() {
        return drawing.touches();
    }

    private void touched() {
        idle = 0;
        attractClock = 0;
        if (exhibit.mode() == Exhibit.PanelMode.HISTORY) {
            exhibit.setMode(Exhibit.PanelMode.MACHINE); // a touch on the retina or a button is meant for the machine
        }
        if (!visitor) {
            visitor = true;
            exhibit.demonstration().reset(Demonstration.Deck.VISITOR);
            exhibit.narrator().useVisitorNames(true);
        }
    }

    /** A finger (or the mouse) on retina cell (row, column): the cell and its four neighbours light. */
    public void draw(int row, int column) {
        touched();
        drawing.dot(row, column);
    }

    /**
     * A finger dragged from cell (fromRow, fromColumn) to (row, column): every cell on the way is
     * drawn, so a fast stroke leaves no gaps.
     */
    public void drawLine(int fromRow, int fromColumn, int row, int column) {
        touched();
        drawing.line(fromRow, fromColumn, row, column);
    }

    /** Carries out a button's action. */
    public void press(Action action) {
        changes++;
        if (action == Action.LANGUAGE) {
            idle = 0;
            exhibit.setLanguage(exhibit.labels().language().other());
            return;
        }
        if (action == Action.VIEW || action == Action.BACK) {
            idle = 0;
            attractClock = 0;
            if (action == Action.BACK) {
                exhibit.setMode(Exhibit.PanelMode.MACHINE);
            } else {
                exhibit.nextMode();
            }
            return;
        }
        touched();
        Demonstration demo = exhibit.demonstration();
        switch (action) {
            case TEACH_A, TEACH_B -> {
                if (!drawing.blank()) {
                    forgetting = false;
                    exhibit.teach(drawing.light(), action == Action.TEACH_A ? 0 : 1);
                    drawing.hide(); // the drawing goes before the camera: the retina shows the card, the next strokes start afresh
                }
            }
            case CLEAR -> drawing.clear(); // what is shown is cleared: the drawing, and the card lit before
            case CARD -> drawing.put(demo.figure(CARDS[nextCard++ % CARDS.length], CARD_SIZE));
            case MOVING -> demo.setMoving(!demo.moving());
            case FORGET -> {
                if (forgetting) {
                    forgetting = false; // a toggle turns off as it turned on
                    demo.useDeck(Demonstration.Deck.VISITOR);
                } else if (!demo.visitorCards().isEmpty()) {
                    forgetting = true;
                    demo.useDeck(Demonstration.Deck.FORGETTING);
                }
            }
            default -> throw new IllegalStateException(action.toString());
        }
    }

    /** Whether a visitor is at the exhibit (rather than the attract loop). */
    public boolean visitor() {
        return visitor;
    }

    public boolean forgetting() {
        return forgetting;
    }

    /** Whether the retina shows the visitor's drawing rather than the card before the camera. */
    public boolean sketching() {
        return drawing.shown();
    }

    /** The visitor's drawing, light per photocell (a copy). */
    public double[] drawing() {
        return drawing.light();
    }

    public boolean moving() {
        return exhibit.demonstration().moving();
    }

    /** {right, shown} over the visitor's cards as last shown. */
    public int[] score() {
        return exhibit.demonstration().visitorScore();
    }
}
