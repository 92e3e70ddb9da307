package org.mark1.machine;

/**
 * One cadmium-sulphide cell of the retina. It sees light as the fraction of the cell covered by the
 * lit figure (0 to 1) and fires when that light, plus any noise, exceeds the threshold: an
 * all-or-none output, as on the front panel's lamps. A faulty cell ignores its light.
 */
public enum Photocell {
    /** A working cell. */
    WORKING,
    /** A dead cell: never fires. */
    DEAD,
    /** A cell stuck on: always fires. */
    STUCK_ON;

    /** Whether this cell fires under {@code light} with the given threshold. */
    public boolean fires(double light, double threshold) {
        return switch (this) {
            case WORKING -> light > threshold;
            case DEAD -> false;
            case STUCK_ON -> true;
        };
    }
}
