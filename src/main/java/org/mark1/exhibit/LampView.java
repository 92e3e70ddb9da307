package org.mark1.exhibit;

import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The response lamps ("response units which visually display the machine's pattern recognition
 * response" [P: US Navy photo caption, 1960]), each with the answer the trainer wanted beside it and
 * a meter of its sum against its threshold: how sure the machine is. The lamp is lit exactly when
 * its R-unit's sum exceeds its threshold, as the snapshot says.
 */
final class LampView implements View {

    static final float LAMP_X = PanelGeometry.LAMPS.x() + 56;
    static final float WANT_X = PanelGeometry.LAMPS.x() + 120;
    static final float METER_X = PanelGeometry.LAMPS.x() + 160;
    static final float METER_W = 180;

    private final int lamps;

    LampView(int lamps) {
        this.lamps = lamps;
    }

    static float pitch(int lamps) {
        return lamps <= 3 ? 84 : 300f / lamps;
    }

    static float diameter(int lamps) {
        return Math.min(50, pitch(lamps) * 0.72f);
    }

    static float lampY(int r, int lamps) {
        return PanelGeometry.LAMPS.y() + 70 + r * pitch(lamps);
    }

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        Panels.plate(g, PanelGeometry.LAMPS, labels.get("panel.lamps"));
        g.fill(Palette.LETTERING_DIM);
        g.textSize(11);
        g.textAlign(PConstants.CENTER, PConstants.TOP);
        g.text(labels.get("wanted"), WANT_X, PanelGeometry.LAMPS.y() + 30);
        float d = diameter(lamps);
        for (int r = 0; r < lamps; r++) {
            g.noStroke();
            g.fill(Palette.BEZEL);
            g.ellipse(LAMP_X, lampY(r, lamps), d + 10, d + 10);
            Panels.lamp(g, LAMP_X, lampY(r, lamps), d, false);
            Panels.lamp(g, WANT_X, lampY(r, lamps), d * 0.4f, false);
            g.fill(Palette.BEZEL);
            g.rect(METER_X, lampY(r, lamps) + 2, METER_W, 10, 3);
        }
    }

    @Override
    public void paint(PGraphics g, Still s) {
        boolean[] lit = s.machine().lamps();
        float d = diameter(lamps);
        var a = s.answer();
        for (int r = 0; r < lamps; r++) {
            float y = lampY(r, lamps);
            if (r < lit.length && lit[r]) {
                Panels.lamp(g, LAMP_X, y, d, true);
            }
            g.fill(Palette.LETTERING);
            g.textSize(14);
            g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
            String name = s.names()[r];
            g.text(s.labels().get("lamp", r + 1) + (name.isEmpty() ? "" : " · " + name), METER_X, y - 2);
            if (a != null && r < a.sums().length) {
                Panels.lamp(g, WANT_X, y, d * 0.4f, a.desired()[r]);
                meter(g, y, a.sums()[r], a.thresholds()[r]);
                g.fill(Palette.LETTERING_DIM);
                g.textSize(11);
                g.textAlign(PConstants.LEFT, PConstants.TOP);
                g.text(s.labels().get("sum", a.sums()[r], a.thresholds()[r]), METER_X, y + 15);
            }
        }
        if (!s.said().isEmpty()) { // the answer the caption tells of, so words and caption agree
            g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
            g.textSize(40);
            g.fill(s.saidRight() ? Palette.RIGHT : Palette.WRONG);
            g.text(s.saidRight() ? "✓" : "✗", PanelGeometry.LAMPS.x() + 20, PanelGeometry.LAMPS.bottom() - 14);
            g.textSize(18);
            g.fill(Palette.LETTERING);
            g.text(s.labels().get("said") + ": " + s.said(), PanelGeometry.LAMPS.x() + 70, PanelGeometry.LAMPS.bottom() - 42);
            g.fill(Palette.LETTERING_DIM);
            g.text(s.labels().get("wanted") + ": " + s.wantedName(), PanelGeometry.LAMPS.x() + 70, PanelGeometry.LAMPS.bottom() - 16);
        }
    }

    /** The sum's distance from the threshold, from the meter's middle: right of it the lamp lights. */
    private static void meter(PGraphics g, float y, int sum, int threshold) {
        float mid = METER_X + METER_W / 2;
        float scale = METER_W / 2 / 300f;
        float len = Math.max(-METER_W / 2, Math.min(METER_W / 2, (sum - threshold) * scale));
        g.noStroke();
        g.fill(sum > threshold ? Palette.LAMP_ON : 0xFF6F8FA8);
        g.rect(Math.min(mid, mid + len), y + 3, Math.abs(len), 8);
        g.stroke(Palette.LETTERING);
        g.strokeWeight(1);
        g.line(mid, y, mid, y + 14);
    }
}
