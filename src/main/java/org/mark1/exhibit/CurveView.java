package org.mark1.exhibit;

import java.util.Locale;
import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/** The learning curve so far: the share of wrong answers per block of cards, oldest at left. */
final class CurveView implements View {

    private static final float X = PanelGeometry.CURVE.x() + 44;
    private static final float Y = PanelGeometry.CURVE.y() + 36;
    private static final float W = PanelGeometry.CURVE.w() - 60;
    private static final float H = PanelGeometry.CURVE.h() - 70;

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        Panels.plate(g, PanelGeometry.CURVE, "");
        g.stroke(Palette.PANEL_EDGE);
        g.strokeWeight(1);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(11);
        g.textAlign(PConstants.RIGHT, PConstants.CENTER);
        for (int k = 0; k <= 4; k++) {
            float y = Y + H - H * k / 4;
            g.line(X, y, X + W, y);
            g.text((25 * k) + "%", X - 6, y);
        }
    }

    @Override
    public void paint(PGraphics g, Still s) {
        Panels.title(g, PanelGeometry.CURVE, s.labels().get("panel.curve", s.block()));
        double[] p = s.curve();
        int span = Math.max(20, p.length);
        g.noFill();
        g.stroke(Palette.CURVE);
        g.strokeWeight(2);
        g.beginShape();
        for (int i = 0; i < p.length; i++) {
            g.vertex(X + W * (i + 0.5f) / span, Y + H - H * (float) p[i]);
        }
        g.endShape();
        g.noStroke();
        g.fill(Palette.CURVE);
        for (int i = 0; i < p.length; i++) {
            g.ellipse(X + W * (i + 0.5f) / span, Y + H - H * (float) p[i], 4, 4);
        }
        g.fill(Palette.LETTERING_DIM);
        g.textSize(11);
        g.textAlign(PConstants.RIGHT, PConstants.TOP);
        g.text(String.format(Locale.ROOT, "%d", s.answered()), X + W, Y + H + 6);
    }
}
