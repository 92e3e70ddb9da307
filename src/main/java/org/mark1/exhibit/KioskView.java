package org.mark1.exhibit;

import java.util.List;
import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The visitor's controls, large enough for a finger, in place of the learning curve: two class
 * buttons, clear, a card to pick, fixed or moving figures, forgetting, the next view and the
 * language; the visitor's drawing over the retina; the score on the visitor's cards.
 */
final class KioskView implements View {

    /** What the kiosk shows this frame. */
    record Face(boolean visitor, double[] drawing, boolean moving, boolean forgetting, int[] score, boolean sketching) {
    }

    /** The way back to the machine, on every other view. */
    static final Box BACK = new Box(1004, 644, 260, 56);

    record Button(Box box, Kiosk.Action action) {
    }

    static final List<Button> BUTTONS = List.of(
            new Button(new Box(914, 472, 166, 64), Kiosk.Action.TEACH_A),
            new Button(new Box(1088, 472, 166, 64), Kiosk.Action.TEACH_B),
            new Button(new Box(914, 546, 90, 46), Kiosk.Action.CLEAR),
            new Button(new Box(1012, 546, 90, 46), Kiosk.Action.CARD),
            new Button(new Box(1110, 546, 144, 46), Kiosk.Action.MOVING),
            new Button(new Box(914, 600, 166, 46), Kiosk.Action.FORGET),
            new Button(new Box(1088, 600, 166, 46), Kiosk.Action.VIEW),
            new Button(new Box(914, 654, 340, 38), Kiosk.Action.LANGUAGE));

    /** The button under the canvas point, or null. */
    static Kiosk.Action at(float x, float y) {
        for (Button b : BUTTONS) {
            if (b.box().contains(x, y)) {
                return b.action();
            }
        }
        return null;
    }

    /** The retina cell under the canvas point as {row, column}, or null. */
    static int[] cell(float x, float y, int rows, int columns) {
        float pitch = PanelGeometry.retinaPitch(Math.max(rows, columns));
        int c = (int) Math.floor((x - PanelGeometry.RETINA_X) / pitch);
        int r = (int) Math.floor((y - PanelGeometry.RETINA_Y) / pitch);
        return r < 0 || r >= rows || c < 0 || c >= columns ? null : new int[] {r, c};
    }

    /** The buttons, painted again only when their words or states change. */
    private final LayerCache buttons = new LayerCache(PanelGeometry.CURVE);

    @Override
    public void paint(PGraphics g, Still s) {
        Face k = s.kiosk();
        if (k == null) {
            return;
        }
        Labels l = s.labels();
        buttons.paint(g, l.language() + " " + k.moving() + " " + k.forgetting(), c -> paintButtons(c, l, k));
        if (k.sketching()) {
            drawing(g, k.drawing(), s.rows(), s.columns());
        }
        g.textAlign(PConstants.LEFT, PConstants.TOP);
        g.textSize(16);
        g.fill(Palette.LETTERING);
        float y = LampView.lampY(0, 1) + 90;
        if (!k.visitor()) {
            g.text(l.get("kiosk.invite"), PanelGeometry.LAMPS.x() + 20, y, PanelGeometry.LAMPS.w() - 40, 80);
        } else if (k.score()[1] > 0) {
            g.textSize(20);
            g.text(l.get("kiosk.score", k.score()[0], k.score()[1]), PanelGeometry.LAMPS.x() + 20, y);
            if (k.forgetting()) {
                g.textSize(14);
                g.fill(Palette.LETTERING_DIM);
                g.text(l.get("kiosk.forget.caption"), PanelGeometry.LAMPS.x() + 20, y + 32, PanelGeometry.LAMPS.w() - 40, 60);
            }
        }
    }

    private static void paintButtons(PGraphics g, Labels l, Face k) {
        g.noStroke();
        g.fill(Palette.PANEL);
        g.rect(PanelGeometry.CURVE.x(), PanelGeometry.CURVE.y(), PanelGeometry.CURVE.w(), PanelGeometry.CURVE.h(), 6);
        for (Button b : BUTTONS) {
            boolean on = b.action() == Kiosk.Action.MOVING && k.moving() || b.action() == Kiosk.Action.FORGET && k.forgetting();
            button(g, b.box(), label(l, b.action(), k), on, b.action() == Kiosk.Action.TEACH_A || b.action() == Kiosk.Action.TEACH_B);
        }
    }

    static String label(Labels l, Kiosk.Action a, Face k) {
        return switch (a) {
            case TEACH_A -> l.get("kiosk.teach", l.get("kiosk.class.0"));
            case TEACH_B -> l.get("kiosk.teach", l.get("kiosk.class.1"));
            case CLEAR -> l.get("kiosk.clear");
            case CARD -> l.get("kiosk.cards");
            case MOVING -> l.get(k.moving() ? "kiosk.moving" : "kiosk.fixed");
            case FORGET -> l.get("kiosk.forget");
            case VIEW -> l.get("kiosk.view");
            case LANGUAGE -> l.get("kiosk.lang");
            case BACK -> l.get("kiosk.back");
        };
    }

    static void button(PGraphics g, Box b, String text, boolean on, boolean big) {
        g.noStroke();
        g.fill(Palette.BEZEL);
        g.rect(b.x(), b.y() + 3, b.w(), b.h(), 8);
        g.fill(on ? Palette.BUTTON_ACTIVE : Palette.BUTTON);
        g.stroke(Palette.PANEL_EDGE);
        g.strokeWeight(1);
        g.rect(b.x(), b.y(), b.w(), b.h(), 8);
        g.fill(Palette.LETTERING);
        g.textSize(big ? 18 : 13);
        g.textAlign(PConstants.CENTER, PConstants.CENTER);
        g.text(text, b.x() + b.w() / 2, b.y() + b.h() / 2 - 1);
    }

    /** The visitor's strokes, lit on the retina as the card would light it (the retina shows nothing else meanwhile). */
    private static void drawing(PGraphics g, double[] d, int rows, int columns) {
        int side = Math.max(rows, columns);
        float size = PanelGeometry.retinaPitch(side) * 0.72f;
        for (int i = 0; i < d.length; i++) {
            if (d[i] > 0) {
                Panels.lamp(g, PanelGeometry.retinaX(i, columns, side), PanelGeometry.retinaY(i, columns, side), size, true);
            }
        }
    }

    /** On a view other than the machine: the button back to it, and how to go on. */
    static void wayBack(PGraphics g, Labels l) {
        button(g, BACK, l.get("kiosk.back"), false, true);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(13);
        g.textAlign(PConstants.RIGHT, PConstants.CENTER);
        g.text(l.get("kiosk.next"), BACK.x() - 16, BACK.y() + BACK.h() / 2);
    }
}
