package org.mark1.exhibit;

import java.util.Locale;
import org.mark1.exhibit.words.Caption;
import org.mark1.exhibit.words.Labels;
import processing.core.PConstants;
import processing.core.PGraphics;

/** The name plate, the card counter and machine clock, and the caption of what just happened. */
final class CaptionView implements View {

    @Override
    public void paintStatic(PGraphics g, Labels labels) {
        g.fill(Palette.LETTERING);
        g.textAlign(PConstants.LEFT, PConstants.BASELINE);
        g.textSize(26);
        g.text(labels.get("title"), 20, 40);
        float w = g.textWidth(labels.get("title"));
        g.fill(Palette.LETTERING_DIM);
        g.textSize(13);
        g.text(labels.get("subtitle"), 36 + w, 40);
        g.noStroke();
        g.fill(Palette.BEZEL);
        g.rect(PanelGeometry.CAPTION.x(), PanelGeometry.CAPTION.y(), PanelGeometry.CAPTION.w(), PanelGeometry.CAPTION.h(), 6);
    }

    @Override
    public void paint(PGraphics g, Still s) {
        g.fill(Palette.LETTERING);
        g.textAlign(PConstants.RIGHT, PConstants.BASELINE);
        g.textSize(16);
        g.text(s.labels().get("trial", s.machine().trial() + 1) + "     " + s.labels().get("clock", clock(s.machine().time())),
                PanelGeometry.WIDTH - 20, 40);
        Caption c = s.caption();
        g.textAlign(PConstants.LEFT, PConstants.TOP);
        g.fill(Palette.LETTERING);
        g.textSize(24);
        g.text(c.line(), PanelGeometry.CAPTION.x() + 16, PanelGeometry.CAPTION.y() + 10);
        g.fill(Palette.LETTERING_DIM);
        g.textSize(15);
        g.text(c.detail(), PanelGeometry.CAPTION.x() + 16, PanelGeometry.CAPTION.y() + 46);
    }

    /** Simulated time as h:mm:ss.s. */
    static String clock(long micros) {
        long tenths = micros / 100_000;
        return String.format(Locale.ROOT, "%d:%02d:%02d.%d", tenths / 36_000, tenths / 600 % 60, tenths / 10 % 60, tenths % 10);
    }
}
