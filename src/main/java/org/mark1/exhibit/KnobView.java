package org.mark1.exhibit;

import java.util.Locale;
import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The 512 potentiometers as white dials, and one magnified: the pot that last started to turn. Each
 * pointer stands where the snapshot puts its pot, so a turning pot moves step by step at the motor's
 * speed (the model's Motor), never by an animation of the view's own. Pointers of turning pots are
 * red. For {@link Exhibit#MARK_MICROS} of wall time after a correction the pots that took part are
 * marked: the other dials dim and theirs keep a lamp-coloured ring, so a visitor sees which knobs
 * turned however fast the machine runs. The dials' look, the marking and the 270-degree sweep are
 * ours [ours]; the pots were motor driven [S: Bishop].
 */
final class KnobView implements View {

    private final int pots;
    /** The pointers as last painted, kept while no pot moves (painting 512 of them costs a frame's budget). */
    private java.awt.image.BufferedImage pointers;
    private PGraphics pointerCanvas;
    private int[] paintedPositions;
    private int[] paintedTurning;
    private int[] paintedMarked;
    private int[] paintedGlowing;

    KnobView(int pots) {
        this.pots = pots;
    }

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        Panels.plate(g, PanelGeometry.KNOBS, labels.get("panel.knobs"));
        float d = PanelGeometry.KNOB_CELL * 0.86f;
        g.strokeWeight(1);
        g.stroke(Palette.DIAL_RIM);
        g.fill(Palette.DIAL_FACE);
        for (int p = 0; p < pots; p++) {
            g.ellipse(PanelGeometry.knobX(p), PanelGeometry.knobY(p), d, d);
        }
        loupeFace(g);
    }

    private static void loupeFace(PGraphics g) {
        float r = PanelGeometry.LOUPE_R;
        g.noStroke();
        g.fill(Palette.BEZEL);
        g.ellipse(PanelGeometry.LOUPE_X, PanelGeometry.LOUPE_Y, 2 * r + 16, 2 * r + 16);
        g.fill(Palette.DIAL_FACE);
        g.ellipse(PanelGeometry.LOUPE_X, PanelGeometry.LOUPE_Y, 2 * r, 2 * r);
        g.stroke(Palette.DIAL_TICK);
        for (int k = -20; k <= 20; k++) {
            float a = PanelGeometry.SWEEP / 2 * k / 20f;
            float inner = r * (k % 5 == 0 ? 0.78f : 0.86f);
            g.strokeWeight(k % 5 == 0 ? 2 : 1);
            g.line(PanelGeometry.LOUPE_X + inner * (float) Math.sin(a), PanelGeometry.LOUPE_Y - inner * (float) Math.cos(a),
                    PanelGeometry.LOUPE_X + r * 0.94f * (float) Math.sin(a), PanelGeometry.LOUPE_Y - r * 0.94f * (float) Math.cos(a));
        }
        g.fill(Palette.DIAL_TICK);
        g.textSize(12);
        g.textAlign(PConstants.CENTER, PConstants.CENTER);
        g.text("−", PanelGeometry.LOUPE_X - r * 0.42f, PanelGeometry.LOUPE_Y + r * 0.62f);
        g.text("+", PanelGeometry.LOUPE_X + r * 0.42f, PanelGeometry.LOUPE_Y + r * 0.62f);
        g.text("0", PanelGeometry.LOUPE_X, PanelGeometry.LOUPE_Y - r * 0.62f);
    }

    @Override
    public void paint(PGraphics g, Still s) {
        int[] positions = s.machine().positions();
        boolean[] turning = new boolean[positions.length];
        for (int p : s.machine().turning()) {
            turning[p] = true;
        }
        if (pointers == null || !java.util.Arrays.equals(positions, paintedPositions)
                || !java.util.Arrays.equals(s.machine().turning(), paintedTurning) || !java.util.Arrays.equals(s.marked(), paintedMarked)
                || !java.util.Arrays.equals(s.glowing(), paintedGlowing)) {
            pointers = paintPointers(g, positions, turning, s.marked(), s.glowing(), s.potLimit());
            paintedGlowing = s.glowing();
            paintedPositions = positions;
            paintedTurning = s.machine().turning();
            paintedMarked = s.marked();
        }
        Blit.image(g, pointers, PanelGeometry.KNOB_X, PanelGeometry.KNOB_Y);
        int spot = s.spotlight() >= 0 ? s.spotlight() : s.unit();
        g.noFill();
        g.stroke(Palette.LAMP_ON);
        g.strokeWeight(2);
        g.ellipse(PanelGeometry.knobX(spot), PanelGeometry.knobY(spot), PanelGeometry.KNOB_CELL * 1.3f, PanelGeometry.KNOB_CELL * 1.3f);
        float a = PanelGeometry.pointerAngle(positions[spot], s.potLimit());
        float r = PanelGeometry.LOUPE_R * 0.8f;
        g.stroke(turning[spot] ? Palette.POINTER_TURNING : Palette.POINTER);
        g.strokeWeight(5);
        g.line(PanelGeometry.LOUPE_X, PanelGeometry.LOUPE_Y, PanelGeometry.LOUPE_X + r * (float) Math.sin(a), PanelGeometry.LOUPE_Y - r * (float) Math.cos(a));
        g.noStroke();
        g.fill(Palette.POINTER);
        g.ellipse(PanelGeometry.LOUPE_X, PanelGeometry.LOUPE_Y, 16, 16);
        g.fill(Palette.LETTERING);
        g.textSize(14);
        g.textAlign(PConstants.CENTER, PConstants.TOP);
        g.text(s.labels().get("pot", String.valueOf(spot), String.format(Locale.ROOT, "%+d", positions[spot])), PanelGeometry.LOUPE_X,
                PanelGeometry.LOUPE_Y + PanelGeometry.LOUPE_R + 12);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(12);
        g.textAlign(PConstants.RIGHT, PConstants.TOP);
        g.text(s.machine().turning().length > 0 || s.marked().length == 0 ? s.labels().get("turning", s.machine().turning().length)
                : s.labels().get("turned", s.marked().length), PanelGeometry.KNOBS.right() - 10, PanelGeometry.KNOBS.y() + 7);
    }

    /**
     * All pointers, on a transparent layer whose corner is the knob grid's; with pots {@code marked},
     * the grid dimmed and those pots' dials painted again, bright, in a lamp-coloured ring; the
     * latest correction's pots, {@code glowing}, in a wide glow first.
     */
    private java.awt.image.BufferedImage paintPointers(PGraphics parentCanvas, int[] positions, boolean[] turning,
            int[] marked, int[] glowing, int limit) {
        int rows = (positions.length + PanelGeometry.KNOB_COLUMNS - 1) / PanelGeometry.KNOB_COLUMNS;
        PGraphics c = pointerCanvas != null ? pointerCanvas : (pointerCanvas = Offscreen.canvas(parentCanvas.parent,
                (int) (PanelGeometry.KNOB_COLUMNS * PanelGeometry.KNOB_CELL) + 2, (int) (rows * PanelGeometry.KNOB_CELL) + 2));
        c.smooth(4);
        c.beginDraw();
        c.clear();
        float len = PanelGeometry.KNOB_CELL * 0.4f;
        var g2 = ((processing.awt.PGraphicsJava2D) c).g2;
        var composite = g2.getComposite();
        g2.setComposite(java.awt.AlphaComposite.Src); // the cells tile: each pointer's cell is its sprite, pixel for pixel
        for (int p = 0; p < positions.length; p++) {
            stamp(g2, pointerSprite(parentCanvas, positions[p], turning[p], limit, len), p);
        }
        g2.setComposite(composite);
        if (marked.length > 0) {
            c.noStroke();
            c.fill(Palette.DIMMED);
            c.rect(0, 0, c.width, c.height);
            java.awt.image.BufferedImage glow = sprites.computeIfAbsent(Integer.MIN_VALUE, k -> sprite(parentCanvas,
                    Math.round(PanelGeometry.KNOB_CELL * 3.2f) | 1, q -> {
                        q.noStroke();
                        q.fill(Palette.GLOW);
                        q.ellipse(q.width / 2f, q.height / 2f, PanelGeometry.KNOB_CELL * 3.2f, PanelGeometry.KNOB_CELL * 3.2f);
                    }));
            for (int p : glowing) {
                stamp(g2, glow, p);
            }
            for (int p : marked) {
                stamp(g2, markedSprite(parentCanvas, positions[p], turning[p], limit, len), p);
            }
        }
        c.endDraw();
        return Blit.layer(c, pointers);
    }

    /** Pointers painted once per position and colour, one knob cell each: a frame stamps them, it does not draw 512 lines. */
    private final java.util.Map<Integer, java.awt.image.BufferedImage> sprites = new java.util.HashMap<>();

    private java.awt.image.BufferedImage pointerSprite(PGraphics parentCanvas, int position, boolean turning, int limit, float len) {
        return sprites.computeIfAbsent(position * 4 + (turning ? 1 : 0), k -> sprite(parentCanvas, Math.round(PanelGeometry.KNOB_CELL),
                q -> pointer(q, position, turning, limit, len)));
    }

    /** A marked dial: bright, in a lamp-coloured ring, with its pointer. */
    private java.awt.image.BufferedImage markedSprite(PGraphics parentCanvas, int position, boolean turning, int limit, float len) {
        return sprites.computeIfAbsent(position * 4 + 2 + (turning ? 1 : 0), k -> sprite(parentCanvas,
                Math.round(PanelGeometry.KNOB_CELL), q -> {
                    float o = q.width / 2f;
                    float d = PanelGeometry.KNOB_CELL * 0.86f;
                    q.noStroke();
                    q.fill(Palette.LAMP_ON);
                    q.ellipse(o, o, PanelGeometry.KNOB_CELL, PanelGeometry.KNOB_CELL);
                    q.fill(Palette.DIAL_FACE);
                    q.ellipse(o, o, d * 0.86f, d * 0.86f);
                    pointer(q, position, turning, limit, len);
                }));
    }

    private static void pointer(PGraphics q, int position, boolean turning, int limit, float len) {
        float a = PanelGeometry.pointerAngle(position, limit);
        float o = q.width / 2f;
        q.strokeWeight(1.6f);
        q.stroke(turning ? Palette.POINTER_TURNING : Palette.POINTER);
        q.line(o, o, o + len * (float) Math.sin(a), o - len * (float) Math.cos(a));
    }

    /** A picture {@code side} pixels square painted once with Processing, centred on a knob when stamped. */
    private static java.awt.image.BufferedImage sprite(PGraphics parentCanvas, int side, java.util.function.Consumer<PGraphics> painter) {
        PGraphics c = Offscreen.canvas(parentCanvas.parent, side, side);
        c.smooth(4);
        c.beginDraw();
        c.clear();
        painter.accept(c);
        c.endDraw();
        return (java.awt.image.BufferedImage) c.image;
    }

    /** Draws {@code sprite} centred on pot {@code p}'s knob, on the pointer layer. */
    private static void stamp(java.awt.Graphics2D g2, java.awt.image.BufferedImage sprite, int p) {
        g2.drawImage(sprite, Math.round(PanelGeometry.knobX(p) - PanelGeometry.KNOB_X - sprite.getWidth() / 2f),
                Math.round(PanelGeometry.knobY(p) - PanelGeometry.KNOB_Y - sprite.getHeight() / 2f), null);
    }

    /** The pot under the point (x, y) of the canvas, or -1. */
    static int at(float x, float y, int pots) {
        int col = (int) Math.floor((x - PanelGeometry.KNOB_X) / PanelGeometry.KNOB_CELL);
        int row = (int) Math.floor((y - PanelGeometry.KNOB_Y) / PanelGeometry.KNOB_CELL);
        int p = row * PanelGeometry.KNOB_COLUMNS + col;
        return col < 0 || col >= PanelGeometry.KNOB_COLUMNS || row < 0 || p >= pots ? -1 : p;
    }
}
