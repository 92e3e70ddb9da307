package org.mark1.training;

/**
 * One stimulus as the trainer shows it: the light on each photocell (row-major, 0 = dark, 1 = fully
 * covered by the lit figure) and, for each R-unit in use, whether its lamp should light.
 *
 * @param label       what the stimulus is, e.g. "square"
 * @param description how it was drawn, e.g. "square 8.3 at (4.1, 2.7)"
 * @param light       light per photocell
 * @param wanted      wanted lamp per R-unit
 */
public record Presentation(String label, String description, double[] light, boolean[] wanted) {
}
