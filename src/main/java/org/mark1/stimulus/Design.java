package org.mark1.stimulus;

/**
 * What is printed on a card, before it is placed: a plane figure, a letter of a typeface, or a
 * picture read from a file. Two designs are equal when they print the same card.
 */
public sealed interface Design permits Figure, Letter, Picture {

    /** A short name, as captions and traces show it ("square", "futural A", "left/03.png"). */
    String id();

    /**
     * The design printed {@code size} photocells large (the side of a figure's box, a letter's
     * capital height, a picture's longer side) and turned {@code degrees} clockwise about its middle.
     * Where the ink lands is for the caller to move ({@link Ink#shifted}).
     */
    Ink ink(double size, double degrees);
}
