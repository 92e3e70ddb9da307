package org.mark1.exhibit;

import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * What each lamp has learned: its weights drawn back through the plugboard onto the retina
 * (machine.ReceptiveField computes it; this only paints). Warm where light pushes the lamp on, blue
 * where it keeps it dark; each picture scaled to its own largest value.
 */
final class FieldView implements View {

    private static final Box AREA = new Box(16, 64, 1248, 636);

    @Override
    public void paint(PGraphics g, Still s) {
        Panels.plate(g, AREA, s.labels().get("panel.field"));
        double[][][] fields = s.fields();
        int n = fields.length;
        float size = Math.min(440, (AREA.w() - 40) / Math.max(1, n) - 20);
        float pitch = size / Math.max(s.rows(), s.columns());
        for (int r = 0; r < n; r++) {
            float x0 = AREA.x() + (AREA.w() - n * size - (n - 1) * 24) / 2 + r * (size + 24);
            float y0 = AREA.y() + 70;
            double max = 1e-9;
            for (double[] row : fields[r]) {
                for (double v : row) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            g.noStroke();
            for (int i = 0; i < s.rows(); i++) {
                for (int j = 0; j < s.columns(); j++) {
                    double v = fields[r][i][j] / max;
                    g.fill(v >= 0 ? blend(Palette.BEZEL, Palette.LAMP_ON, v) : blend(Palette.BEZEL, 0xFF4F86C6, -v));
                    g.rect(x0 + j * pitch, y0 + i * pitch, pitch - 1, pitch - 1);
                }
            }
            g.fill(Palette.LETTERING);
            g.textSize(16);
            g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
            String name = s.names()[r];
            g.text(s.labels().get("lamp", r + 1) + (name.isEmpty() ? "" : " · " + name), x0, y0 - 8);
        }
        g.fill(Palette.LETTERING_DIM);
        g.textSize(14);
        g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
        g.text(s.labels().get("field.legend"), AREA.x() + 30, AREA.bottom() - 14);
    }

    static int blend(int from, int to, double t) {
        float f = (float) Math.max(0, Math.min(1, t));
        int r = Math.round(((from >> 16) & 0xFF) * (1 - f) + ((to >> 16) & 0xFF) * f);
        int gr = Math.round(((from >> 8) & 0xFF) * (1 - f) + ((to >> 8) & 0xFF) * f);
        int b = Math.round((from & 0xFF) * (1 - f) + (to & 0xFF) * f);
        return 0xFF000000 | r << 16 | gr << 8 | b;
    }
}
