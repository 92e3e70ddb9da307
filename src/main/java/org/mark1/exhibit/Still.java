package org.mark1.exhibit;

import org.mark1.event.Event;
import org.mark1.exhibit.demo.AnswerRing;
import org.mark1.exhibit.demo.McpShow;
import org.mark1.exhibit.words.Caption;
import org.mark1.exhibit.words.Labels;
import org.mark1.training.MachineSnapshot;

/**
 * Everything one frame paints, read from the model at one instant: the views paint it and nothing
 * else. Arrays are the model's copies; views do not change them.
 *
 * @param machine    the machine's snapshot
 * @param card       light on each photocell from the card before the camera, or null
 * @param answer     the lamps' answer to that card (sums, thresholds, wanted), or null before it
 * @param unit       the A-unit whose plugboard wires are shown
 * @param excitatory its excitatory photocells
 * @param inhibitory its inhibitory photocells
 * @param spotlight  the pot shown magnified (the last to start turning), or -1
 * @param potLimit   the pots' end stop, in steps
 * @param rows       retina rows
 * @param columns    retina columns
 * @param curve      errors per block so far, oldest first, as fractions
 * @param block      answers per point of the curve
 * @param answered   answers since the start
 * @param caption    what just happened
 * @param labels     the words in the chosen language
 * @param names      what each lamp pattern is called: the name of the class each lamp stands for
 * @param said       the name of the class the lamps answered, or "" before the answer
 * @param wantedName the name of the class the trainer wanted, or ""
 * @param mode       which view fills the panel
 * @param fields     in the FIELD view, each lamp's weights drawn back onto the retina ([lamp][row][column])
 * @param mcp        in the MCP view, the McCulloch–Pitts net at this moment
 * @param kiosk      the visitor's controls and drawing, or null outside the kiosk
 * @param marked     the pots that turned within the last moments of wall time (marked on the panel), ascending
 * @param glowing    the pots of the latest correction, for its first moments of wall time, ascending
 * @param saidRight  whether the answer named by {@code said} and {@code wantedName} was right
 * @param recent     in the FIELD view, the last cards answered, oldest first (else null)
 */
public record Still(MachineSnapshot machine, double[] card, Event.RUnitsAnswered answer, int unit, int[] excitatory,
        int[] inhibitory, int spotlight, int potLimit, int rows, int columns, double[] curve, int block, long answered,
        Caption caption, Labels labels, String[] names, String said, String wantedName,
        Exhibit.PanelMode mode, double[][][] fields, McpShow.Moment mcp, KioskView.Face kiosk, int[] marked, int[] glowing, boolean saidRight,
        AnswerRing.Recent recent) {

    /** Whether A-unit {@code a} fires in this still. */
    public boolean active(int a) {
        return java.util.Arrays.binarySearch(machine.active(), a) >= 0;
    }
}
