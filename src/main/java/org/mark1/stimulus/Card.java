package org.mark1.stimulus;

/**
 * A card laid before the camera, as the light it throws on the retina: the stimulus of one
 * presentation. (Named "card" here, as the period spoke of the printed cards shown to the machine,
 * and to keep it apart from the McCulloch-Pitts nets' input, {@code mcp.Stimulus}.)
 *
 * @param label       what it is ("square")
 * @param description how it was drawn ("square 8.3 at (4.1, 2.7)")
 * @param light       light per photocell, row-major, 0 to 1
 */
public record Card(String label, String description, double[] light) {
}
