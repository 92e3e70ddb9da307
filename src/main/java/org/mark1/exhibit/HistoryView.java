package org.mark1.exhibit;

import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The history wall: where the Mark I stands, from McCulloch and Pitts to today's learning machines,
 * one line and its year each, beside small drawings of the parts this simulator models: the 1943
 * threshold neuron, the Mark I's retina and lamp, the sigmoid and the 3-4-1 network that
 * {@code mark1 learn} trains by backpropagation. The words are in the bundles (history.*); the
 * drawings are schematic, in the panel's own lamps and wires [ours].
 */
final class HistoryView implements View {

    private static final Box AREA = new Box(16, 64, 1248, 636);
    /** The steps, in order: keys history.N.year and history.N. */
    static final int STEPS = 8;
    /** The step that is this machine. */
    static final int MARK_I = 2;
    static final float ROW = 70;
    static final float TOP = AREA.y() + 40;
    static final float TEXT_X = AREA.x() + 150;
    static final float TEXT_W = 780;

    @Override
    public void paint(PGraphics g, Still s) {
        Labels l = s.labels();
        Panels.plate(g, AREA, l.get("history.title"));
        g.stroke(Palette.PANEL_EDGE);
        g.strokeWeight(2);
        g.line(AREA.x() + 120, TOP + 8, AREA.x() + 120, TOP + ROW * (STEPS - 1) + 8);
        for (int k = 0; k < STEPS; k++) {
            float y = TOP + k * ROW;
            Panels.lamp(g, AREA.x() + 120, y + 8, 12, k == MARK_I);
            g.fill(k == MARK_I ? Palette.LAMP_ON : Palette.LETTERING);
            g.textSize(20);
            g.textAlign(PConstants.RIGHT, PConstants.TOP);
            g.text(l.get("history." + k + ".year"), AREA.x() + 104, y - 4);
            g.fill(k == MARK_I ? Palette.LETTERING : Palette.LETTERING_DIM);
            g.textSize(16);
            g.textAlign(PConstants.LEFT, PConstants.TOP);
            g.text(l.get("history." + k), TEXT_X, y - 2, TEXT_W, ROW - 8);
        }
        float px = AREA.x() + 960;
        neuron(g, px, TOP + 8);
        markOne(g, px, TOP + 2 * ROW - 14);
        network(g, px, TOP + 4 * ROW - 22);
        sigmoid(g, px + 170, TOP + 4 * ROW - 22);
    }

    /** 1943: three inputs into one threshold neuron. */
    private static void neuron(PGraphics g, float x, float y) {
        g.stroke(Palette.EXCITATORY);
        g.strokeWeight(2);
        for (int i = 0; i < 3; i++) {
            g.line(x, y - 18 + 18 * i, x + 70, y);
        }
        for (int i = 0; i < 3; i++) {
            Panels.lamp(g, x, y - 18 + 18 * i, 12, i != 1);
        }
        Panels.lamp(g, x + 80, y, 22, true);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(12);
        g.textAlign(PConstants.LEFT, PConstants.CENTER);
        g.text("θ = 2", x + 100, y);
    }

    /** 1958–60: a patch of retina lamps, the plugboard's wires, the response lamp. */
    private static void markOne(PGraphics g, float x, float y) {
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                Panels.lamp(g, x + c * 9, y + r * 9, 6, r > 0 && r < 5 && c > 0 && c < 5 && (r == 1 || r == 4 || c == 1 || c == 4));
            }
        }
        g.stroke(Palette.EXCITATORY);
        g.strokeWeight(1);
        for (int i = 0; i < 5; i++) {
            g.line(x + 50, y + 4 + i * 10, x + 90, y + 22);
        }
        g.stroke(Palette.INHIBITORY);
        g.line(x + 50, y + 48, x + 90, y + 22);
        Panels.lamp(g, x + 110, y + 22, 22, true);
    }

    /** 1986: the 3-4-1 network of mark1 learn. */
    private static void network(PGraphics g, float x, float y) {
        float[] layerX = {x, x + 60, x + 120};
        int[] sizes = {3, 4, 1};
        g.stroke(Palette.EXCITATORY);
        g.strokeWeight(1);
        for (int layer = 0; layer < 2; layer++) {
            for (int a = 0; a < sizes[layer]; a++) {
                for (int b = 0; b < sizes[layer + 1]; b++) {
                    g.line(layerX[layer], nodeY(y, sizes[layer], a), layerX[layer + 1], nodeY(y, sizes[layer + 1], b));
                }
            }
        }
        for (int layer = 0; layer < 3; layer++) {
            for (int a = 0; a < sizes[layer]; a++) {
                Panels.lamp(g, layerX[layer], nodeY(y, sizes[layer], a), 12, layer == 2 || a % 2 == 0);
            }
        }
    }

    private static float nodeY(float y, int size, int i) {
        return y + (i - (size - 1) / 2f) * 18 + 22;
    }

    /** The sigmoid 1 / (1 + e^-x), from -6 to 6. */
    private static void sigmoid(PGraphics g, float x, float y) {
        g.stroke(Palette.PANEL_EDGE);
        g.strokeWeight(1);
        g.line(x, y + 50, x + 70, y + 50);
        g.line(x + 35, y - 6, x + 35, y + 54);
        g.noFill();
        g.stroke(Palette.CURVE);
        g.strokeWeight(2);
        g.beginShape();
        for (int i = 0; i <= 35; i++) {
            double t = -6 + 12.0 * i / 35;
            g.vertex(x + i * 2, y + 50 - 50 * (float) (1 / (1 + Math.exp(-t))));
        }
        g.endShape();
    }
}
