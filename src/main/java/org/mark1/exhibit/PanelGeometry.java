package org.mark1.exhibit;

/**
 * Where each part sits on the 1280 x 800 canvas, left to right as in the period photographs:
 * sensory units at left, association units in the centre, response units at right [S: Wikipedia
 * caption of the Mark I photograph]; the sizes and the second row are ours.
 */
final class PanelGeometry {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    static final Box RETINA = new Box(16, 64, 300, 386);
    static final Box PLUGBOARD = new Box(328, 64, 300, 386);
    static final Box A_UNITS = new Box(640, 64, 252, 386);
    static final Box LAMPS = new Box(904, 64, 360, 386);
    static final Box KNOBS = new Box(16, 462, 876, 238);
    static final Box CURVE = new Box(904, 462, 360, 238);
    static final Box CAPTION = new Box(16, 712, 1248, 76);

    /** Retina lamps: one cell's pitch and the grid's top-left corner. */
    static final float RETINA_CELL = 12;
    static final float RETINA_X = RETINA.x() + 30;
    static final float RETINA_Y = RETINA.y() + 136;

    /** The card as the camera sees it. */
    static final Box CARD = new Box(RETINA.x() + 30, RETINA.y() + 28, 100, 100);

    /** A-unit lamps: 16 across, 32 down. */
    static final int A_COLUMNS = 16;
    static final float A_CELL = 10;
    static final float A_X = A_UNITS.x() + (A_UNITS.w() - A_COLUMNS * A_CELL) / 2;
    static final float A_Y = A_UNITS.y() + 40;

    /** Knobs: 32 across, 16 down. */
    static final int KNOB_COLUMNS = 32;
    static final float KNOB_CELL = 13;
    static final float KNOB_X = KNOBS.x() + 14;
    static final float KNOB_Y = KNOBS.y() + 28;

    /** The magnified knob. */
    static final float LOUPE_X = KNOB_X + 32 * KNOB_CELL + 200;
    static final float LOUPE_Y = KNOBS.y() + 116;
    static final float LOUPE_R = 82;

    /** Knob pointers sweep 270 degrees from end stop to end stop, straight up at the centre [ours]. */
    static final float SWEEP = (float) Math.toRadians(270);

    private PanelGeometry() {
    }

    /** The pitch of a retina of {@code side} cells on its longer side, in the space of a 20 x 20 one. */
    static float retinaPitch(int side) {
        return RETINA_CELL * 20 / side;
    }

    /** The centre of retina cell {@code i} of a {@code side}-cell retina with {@code columns} columns. */
    static float retinaX(int i, int columns, int side) {
        return RETINA_X + (i % columns + 0.5f) * retinaPitch(side);
    }

    static float retinaY(int i, int columns, int side) {
        return RETINA_Y + (i / columns + 0.5f) * retinaPitch(side);
    }

    static float aUnitX(int a) {
        return A_X + (a % A_COLUMNS + 0.5f) * A_CELL;
    }

    static float aUnitY(int a) {
        return A_Y + (a / A_COLUMNS + 0.5f) * A_CELL;
    }

    static float knobX(int pot) {
        return KNOB_X + (pot % KNOB_COLUMNS + 0.5f) * KNOB_CELL;
    }

    static float knobY(int pot) {
        return KNOB_Y + (pot / KNOB_COLUMNS + 0.5f) * KNOB_CELL;
    }

    /**
     * The pointer's angle for a pot at {@code position} of end stop {@code limit}: radians clockwise
     * from straight up, from -135 degrees at -limit to +135 degrees at +limit.
     */
    static float pointerAngle(int position, int limit) {
        return SWEEP / 2 * position / limit;
    }
}
