package org.mark1.exhibit.demo;

import java.util.Arrays;

/**
 * What a visitor draws on the retina before teaching it: light per photocell, and whether the retina
 * shows it (after a stroke, Clear or a picked card) rather than the card before the camera. One
 * picture at a time: the drawing, or the card. A finger lights the cell it touches and its four
 * neighbours; a drag is joined cell by cell, so a fast stroke leaves no gaps. No drawing with
 * Processing here: the kiosk's view paints it.
 */
public final class VisitorDrawing {

    private final int rows;
    private final int columns;
    private final double[] light;
    private boolean shown;
    /** Touches that drew so far: a save of the visit follows them. */
    private long touches;

    public VisitorDrawing(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.light = new double[rows * columns];
    }

    /** A finger on cell (row, column): the cell and its four neighbours light. */
    public void dot(int row, int column) {
        shown = true;
        touches++;
        light(row, column);
        light(row - 1, column);
        light(row + 1, column);
        light(row, column - 1);
        light(row, column + 1);
    }

    /** A finger dragged from cell (fromRow, fromColumn) to (row, column): every cell on the way is drawn. */
    public void line(int fromRow, int fromColumn, int row, int column) {
        int steps = Math.max(Math.abs(row - fromRow), Math.abs(column - fromColumn));
        for (int k = 1; k <= steps; k++) {
            dot(fromRow + Math.round((row - fromRow) * k / (float) steps), fromColumn + Math.round((column - fromColumn) * k / (float) steps));
        }
        if (steps == 0) {
            dot(row, column);
        }
    }

    private void light(int row, int column) {
        if (row >= 0 && row < rows && column >= 0 && column < columns) {
            light[row * columns + column] = 1;
        }
    }

    /** Clear: the drawing is wiped and the retina shows it, dark (not the card lit before). */
    public void clear() {
        Arrays.fill(light, 0);
        shown = true;
    }

    /** A picked card (light per photocell) in place of the drawing, shown. */
    public void put(double[] card) {
        System.arraycopy(card, 0, light, 0, light.length);
        shown = true;
    }

    /** The drawing wiped and the retina given back to the card before the camera (it was taught, or the visit ended). */
    public void hide() {
        Arrays.fill(light, 0);
        shown = false;
    }

    /** A kept drawing taken up again: {@code card} shown, or, when null, none (the retina shows the card before the camera). */
    public void restore(double[] card) {
        if (card == null) {
            hide();
        } else {
            put(card);
        }
    }

    /** Whether no cell is lit. */
    public boolean blank() {
        for (double d : light) {
            if (d > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the retina shows the drawing rather than the card before the camera. */
    public boolean shown() {
        return shown;
    }

    /** The drawing, light per photocell (a copy). */
    public double[] light() {
        return light.clone();
    }

    /** Touches that drew so far. */
    public long touches() {
        return touches;
    }
}
