package org.mark1.exhibit;

import java.util.List;
import org.mark1.exhibit.demo.AnswerRing;
import org.mark1.exhibit.field.FieldLayout;
import org.mark1.exhibit.words.Labels;
import processing.core.PApplet;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * What each lamp has learned, and what it does with it. One row a lamp: its weights drawn back
 * through the plugboard onto the retina (machine.ReceptiveField computes it; warm where light pushes
 * the lamp on, blue where it keeps it dark, each picture scaled to its own largest value), and the
 * last cards answered, as the photocells they lit, sorted into those that lit the lamp and those
 * that left it dark, the newest first (where a visitor looks for the card just taught), each edged
 * by whether the lamp answered it as the trainer wanted (thin green) or not (thick red), with the
 * counts in words. Below, why the weights need not look like the figure.
 */
final class FieldView implements View {

    private static final Box AREA = new Box(16, 64, 1248, 636);

    @Override
    public void paint(PGraphics g, Still s) {
        Labels l = s.labels();
        Panels.plate(g, AREA, l.get("panel.field"));
        double[][][] fields = s.fields();
        AnswerRing.Recent recent = s.recent() == null ? new AnswerRing.Recent(List.of(), AnswerRing.CARDS) : s.recent();
        FieldLayout at = FieldLayout.of(fields.length, Math.max(s.rows(), s.columns()), recent.capacity());
        for (int r = 0; r < fields.length; r++) {
            g.fill(Palette.LETTERING);
            g.textAlign(PConstants.LEFT, PConstants.TOP);
            g.textSize(15);
            String name = s.names()[r];
            String label = l.get("lamp", r + 1) + (name.isEmpty() ? "" : " · " + name);
            g.text(label, FieldLayout.LEFT, at.blockY(r));
            g.text(l.get("field.count", recent.cards().size(), r + 1, recent.asWanted(r)),
                    Math.max(at.groupX(), FieldLayout.LEFT + g.textWidth(label) + 18), at.blockY(r));
            field(g, fields[r], FieldLayout.LEFT, at.fieldY(r), at.fieldPitch());
            List<AnswerRing.Answered> litCards = recent.sorted(r, true);
            for (boolean lit : new boolean[] {true, false}) {
                int y = at.rowY(r, lit);
                Panels.lamp(g, at.groupX() + 8, y + 8, at.flow() ? 10 : 14, lit);
                List<AnswerRing.Answered> cards = lit ? litCards : recent.sorted(r, false);
                g.fill(Palette.LETTERING_DIM);
                g.textSize(13);
                g.text(l.get(lit ? "field.lit" : "field.dark", cards.size()), at.groupX() + 26, y);
                for (int k = 0; k < cards.size(); k++) {
                    int[] xy = at.thumb(r, lit, k, litCards.size());
                    thumbnail(g, cards.get(cards.size() - 1 - k), r, xy[0], xy[1], at.thumbPitch(), s.rows(), s.columns()); // newest first
                }
            }
            if (at.flow()) {
                g.stroke(Palette.LETTERING_DIM);
                g.line(at.dividerX(litCards.size()), at.fieldY(r), at.dividerX(litCards.size()), at.fieldY(r) + s.rows() * at.thumbPitch() + 6);
                g.noStroke();
            }
        }
        g.fill(Palette.LETTERING_DIM);
        g.textSize(14);
        g.text(l.get("field.why"), FieldLayout.LEFT, FieldLayout.BOTTOM + 4, FieldLayout.RIGHT - FieldLayout.LEFT, 40);
        g.textSize(13);
        g.text(l.get("field.legend"), FieldLayout.LEFT, FieldLayout.BOTTOM + 50);
        g.text(l.get("field.marks"), FieldLayout.LEFT, FieldLayout.BOTTOM + 68);
    }

    private static void field(PGraphics g, double[][] field, int x0, int y0, int pitch) {
        double max = 1e-9;
        for (double[] row : field) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        g.noStroke();
        int cell = pitch > 2 ? pitch - 1 : pitch;
        for (int i = 0; i < field.length; i++) {
            for (int j = 0; j < field[i].length; j++) {
                double v = field[i][j] / max;
                g.fill(PApplet.lerpColor(Palette.BEZEL, v >= 0 ? Palette.LAMP_ON : 0xFF4F86C6, (float) Math.abs(v), PConstants.RGB));
                g.rect(x0 + j * pitch, y0 + i * pitch, cell, cell);
            }
        }
    }

    /** A card as the photocells it lit, edged by whether lamp {@code r} answered it as the trainer wanted. */
    private static void thumbnail(PGraphics g, AnswerRing.Answered c, int r, int x, int y, int t, int rows, int columns) {
        boolean ok = c.asWanted(r);
        int e = ok ? FieldLayout.EDGE_AS_WANTED : FieldLayout.EDGE_NOT;
        g.noStroke();
        g.fill(ok ? Palette.RIGHT : Palette.WRONG);
        g.rect(x - e, y - e, columns * t + 2 * e, rows * t + 2 * e);
        g.fill(Palette.JACK);
        g.rect(x, y, columns * t, rows * t);
        if (c.lit() != null) {
            g.fill(Palette.LAMP_ON);
            for (int i : c.lit()) {
                g.rect(x + i % columns * t, y + i / columns * t, t, t);
            }
        }
    }
}
