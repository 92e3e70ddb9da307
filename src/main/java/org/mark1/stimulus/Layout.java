package org.mark1.stimulus;

import org.mark1.io.InvalidValue;

/**
 * How a class's cards are laid before the camera: where (region and position), how large, how
 * far they wander, how far they turn, and how unevenly each card is printed and lit.
 *
 * @param region    the part of the retina the figure stays in
 * @param position  random, centred, or a fixed place, within the region
 * @param minSize   least size (a figure's box side, a letter's capital height, a picture's longer side), photocells
 * @param maxSize   greatest size; each card's is uniform between the two
 * @param jitter    centred or fixed: the largest shift each way, photocells (uniform)
 * @param rotation  the largest turn each way, degrees (uniform); 0: upright
 * @param cardNoise the spread of each card's print and lighting: Gaussian, added to each cell's light once per
 *                  card and clipped to 0..1 (the machine's photocellNoise, by contrast, varies at each showing)
 */
public record Layout(Region region, Position position, double minSize, double maxSize, double jitter, double rotation,
        double cardNoise) {

    public Layout {
        if (region == null || position == null) {
            throw new IllegalArgumentException("a layout needs a region and a position");
        }
        InvalidValue.requireRange("minSize", minSize, 0.5, 10_000);
        InvalidValue.requireRange("maxSize", maxSize, minSize, 10_000);
        InvalidValue.requireRange("jitter", jitter, 0, 10_000);
        InvalidValue.requireRange("rotation", rotation, 0, 180);
        InvalidValue.requireRange("cardNoise", cardNoise, 0, 1);
    }
}
