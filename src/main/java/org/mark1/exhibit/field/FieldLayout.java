package org.mark1.exhibit.field;

/**
 * Where the rows of the view "what each lamp has learned" go, one row a lamp from {@link #TOP} to
 * {@link #BOTTOM} between {@link #LEFT} and {@link #RIGHT} (canvas pixels): the lamp's name and the
 * count on a line of {@link #LABEL}; below it at left the lamp's field, then a column
 * {@link #GROUP_W} wide naming the cards that lit the lamp and those that left it dark, then the
 * cards' thumbnails. With room, the two kinds of card take two rows, one above the other, each wide
 * and high enough for every card kept; with many lamps ({@code flow}), one line: the cards that lit
 * the lamp, a divider, the cards that left it dark. Pitches are whole pixels a cell, so every cell
 * has whole-pixel corners.
 *
 * @param lamps      lamps shown
 * @param side       retina cells on its longer side
 * @param block      height of one lamp's row
 * @param fieldPitch pixels a cell of the field
 * @param thumbPitch pixels a cell of a card's thumbnail (4 at most, 1 at least)
 * @param perLine    thumbnails a line
 * @param flow       whether both kinds of card share one line
 */
public record FieldLayout(int lamps, int side, int block, int fieldPitch, int thumbPitch, int perLine, boolean flow) {

    public static final int LEFT = 36;
    public static final int RIGHT = 1244;
    public static final int TOP = 92;
    public static final int BOTTOM = 580;
    public static final int LABEL = 18;
    public static final int ROW_GAP = 2;
    /** Between thumbnails, and their edges. */
    public static final int GAP = 8;
    /** The edge of a card the lamp answered as the trainer wanted, and of one it did not. */
    public static final int EDGE_AS_WANTED = 1;
    public static final int EDGE_NOT = 3;
    /** The column between a lamp's field and its cards: a lamp, lit or dark, and how many cards. */
    public static final int GROUP_W = 170;
    /** In one line, the room between the cards that lit the lamp and those that left it dark. */
    public static final int DIVIDER = 24;

    /** The layout for {@code lamps} lamps, a retina {@code side} cells on its longer side, {@code cards} cards at most. */
    public static FieldLayout of(int lamps, int side, int cards) {
        int block = (BOTTOM - TOP) / Math.max(1, lamps);
        int fieldPitch = Math.max(1, Math.min(15, (block - LABEL - ROW_GAP) / side));
        int room = RIGHT - EDGE_NOT - (LEFT + side * fieldPitch + 24 + GROUP_W + EDGE_NOT);
        for (int t = 4; t >= 1; t--) {
            int perLine = Math.max(1, (room + GAP) / (side * t + GAP));
            int lines = (cards + perLine - 1) / perLine;
            if (lines * (side * t + GAP) - GAP + 2 * EDGE_NOT <= rowHeight(block, false)) {
                return new FieldLayout(lamps, side, block, fieldPitch, t, perLine, false);
            }
        }
        for (int t = 4; t > 1; t--) {
            if (cards * (side * t + GAP) - GAP + DIVIDER <= room && side * t + 2 * EDGE_NOT <= rowHeight(block, true)) {
                return new FieldLayout(lamps, side, block, fieldPitch, t, cards, true);
            }
        }
        return new FieldLayout(lamps, side, block, fieldPitch, 1, cards, true);
    }

    private static int rowHeight(int block, boolean flow) {
        return flow ? block - LABEL - ROW_GAP : (block - LABEL - ROW_GAP) / 2;
    }

    /** The top of lamp {@code r}'s row (its name and count). */
    public int blockY(int r) {
        return TOP + r * block;
    }

    /** The top of lamp {@code r}'s field (its left is {@link #LEFT}). */
    public int fieldY(int r) {
        return blockY(r) + LABEL;
    }

    /** The left of the column naming the kinds of card. */
    public int groupX() {
        return LEFT + side * fieldPitch + 24;
    }

    /** The top of the words naming the cards that lit lamp {@code r} (or, {@code lit} false, left it dark). */
    public int rowY(int r, boolean lit) {
        return fieldY(r) + (lit ? 0 : flow ? 18 : rowHeight(block, false) + ROW_GAP);
    }

    /**
     * The top-left corner of the {@code k}-th card (from 0) that lit lamp {@code r} (or, {@code lit}
     * false, left it dark), as {x, y}, when {@code litCards} cards lit it.
     */
    public int[] thumb(int r, boolean lit, int k, int litCards) {
        int pitch = side * thumbPitch + GAP;
        int x0 = groupX() + GROUP_W + EDGE_NOT;
        if (flow) {
            return new int[] {x0 + (lit ? k : litCards + k) * pitch + (lit ? 0 : DIVIDER), fieldY(r) + EDGE_NOT};
        }
        return new int[] {x0 + k % perLine * pitch, rowY(r, lit) + EDGE_NOT + k / perLine * pitch};
    }

    /** In one line, the x of the divider after {@code litCards} cards that lit the lamp. */
    public int dividerX(int litCards) {
        return groupX() + GROUP_W + EDGE_NOT + litCards * (side * thumbPitch + GAP) - GAP / 2 + DIVIDER / 2;
    }
}
