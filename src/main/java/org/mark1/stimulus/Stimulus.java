package org.mark1.stimulus;

/**
 * A stimulus as light on the retina.
 *
 * @param label       what it is ("square")
 * @param description how it was drawn ("square 8.3 at (4.1, 2.7)")
 * @param light       light per photocell, row-major, 0 to 1
 */
public record Stimulus(String label, String description, double[] light) {
}
