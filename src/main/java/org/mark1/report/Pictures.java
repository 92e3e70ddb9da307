package org.mark1.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.mark1.machine.Plugboard;
import org.mark1.training.Presentation;

/**
 * Pictures of the machine for people (headless Java2D, PNG): the retina as the front panel shows
 * it, the plugboard wiring of A-units, an R-unit's receptive field. The model computes what to show;
 * this class only paints.
 */
public final class Pictures {

    private static final int CELL = 14;
    private static final int PAD = 12;
    private static final int CAPTION = 34;
    private static final Color PANEL = new Color(0x22, 0x22, 0x22);
    private static final Color LAMP_ON = new Color(0xff, 0xb3, 0x30);
    private static final Color LAMP_OFF = new Color(0x44, 0x44, 0x44);
    private static final Color EXCITATORY = new Color(0x2e, 0x8b, 0x57);
    private static final Color INHIBITORY = new Color(0xc0, 0x39, 0x2b);

    private Pictures() {
    }

    /**
     * Stimuli on the retina: under each lamp, the light the camera throws on the cell (grey); the
     * lamp lit where the photocell fires ({@code lit[i]}, from the machine).
     */
    public static byte[] retinas(List<Presentation> stimuli, List<int[]> lit, int rows, int columns, int perRow) {
        int n = stimuli.size();
        int w = columns * CELL;
        int h = rows * CELL;
        int across = Math.min(perRow, n);
        int down = (n + perRow - 1) / perRow;
        BufferedImage img = canvas(PAD + across * (w + PAD), PAD + down * (h + CAPTION + PAD));
        Graphics2D g = graphics(img);
        for (int k = 0; k < n; k++) {
            int x0 = PAD + (k % perRow) * (w + PAD);
            int y0 = PAD + (k / perRow) * (h + CAPTION + PAD);
            boolean[] on = new boolean[rows * columns];
            for (int c : lit.get(k)) {
                on[c] = true;
            }
            double[] light = stimuli.get(k).light();
            g.setColor(PANEL);
            g.fillRect(x0, y0, w, h);
            for (int i = 0; i < rows * columns; i++) {
                int x = x0 + (i % columns) * CELL;
                int y = y0 + (i / columns) * CELL;
                int grey = (int) Math.round(0x22 + light[i] * (0x90 - 0x22));
                g.setColor(new Color(grey, grey, grey));
                g.fillRect(x, y, CELL, CELL);
                g.setColor(on[i] ? LAMP_ON : LAMP_OFF);
                g.fill(new Ellipse2D.Double(x + 3, y + 3, CELL - 6, CELL - 6));
            }
            caption(g, stimuli.get(k).description(), x0, y0 + h + 14, w);
            caption(g, lit.get(k).length + " photocells fire", x0, y0 + h + 28, w);
        }
        g.dispose();
        return png(img);
    }

    /**
     * A catalogue of cards, small: each card's light (grey) and firing photocells (amber), captioned
     * with its label, {@code perRow} to a row.
     */
    public static byte[] catalogue(List<Presentation> cards, List<int[]> lit, int rows, int columns, int perRow) {
        int cell = 6;
        int n = cards.size();
        int w = columns * cell;
        int h = rows * cell;
        int across = Math.min(perRow, n);
        int down = (n + perRow - 1) / perRow;
        BufferedImage img = canvas(PAD + across * (w + PAD), PAD + down * (h + 18 + PAD));
        Graphics2D g = graphics(img);
        for (int k = 0; k < n; k++) {
            int x0 = PAD + (k % perRow) * (w + PAD);
            int y0 = PAD + (k / perRow) * (h + 18 + PAD);
            boolean[] on = new boolean[rows * columns];
            for (int c : lit.get(k)) {
                on[c] = true;
            }
            double[] light = cards.get(k).light();
            for (int i = 0; i < rows * columns; i++) {
                int grey = (int) Math.round(0x22 + light[i] * (0x90 - 0x22));
                g.setColor(on[i] ? LAMP_ON : new Color(grey, grey, grey));
                g.fillRect(x0 + (i % columns) * cell, y0 + (i / columns) * cell, cell - 1, cell - 1);
            }
            caption(g, cards.get(k).label(), x0, y0 + h + 13, w);
        }
        g.dispose();
        return png(img);
    }

    /** The plugboard of some A-units: their excitatory (+, green) and inhibitory (-, red) photocells. */
    public static byte[] wiring(Plugboard board, int[] units, int rows, int columns) {
        int w = columns * CELL;
        int h = rows * CELL;
        BufferedImage img = canvas(PAD + units.length * (w + PAD), PAD + h + CAPTION);
        Graphics2D g = graphics(img);
        for (int k = 0; k < units.length; k++) {
            int x0 = PAD + k * (w + PAD);
            grid(g, x0, PAD, rows, columns);
            plugs(g, board.excitatory(units[k]), EXCITATORY, "+", x0, columns);
            plugs(g, board.inhibitory(units[k]), INHIBITORY, "-", x0, columns);
            caption(g, "A-unit " + units[k] + ": " + board.excitatory(units[k]).length + " +, "
                    + board.inhibitory(units[k]).length + " -", x0, PAD + h + 16, w);
        }
        g.dispose();
        return png(img);
    }

    /** A receptive field ({@code [row][column]}): blue pushes the lamp on, red pushes it off. */
    public static byte[] field(double[][] field, String title) {
        int rows = field.length;
        int columns = field[0].length;
        int cell = 2 * CELL;
        double max = 1e-9;
        for (double[] row : field) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        BufferedImage img = canvas(2 * PAD + columns * cell, PAD + rows * cell + CAPTION);
        Graphics2D g = graphics(img);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double v = field[r][c] / max;
                int fade = (int) Math.round(255 * (1 - Math.abs(v)));
                g.setColor(v >= 0 ? new Color(fade, fade, 255) : new Color(255, fade, fade));
                g.fillRect(PAD + c * cell, PAD + r * cell, cell, cell);
            }
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(PAD, PAD, columns * cell, rows * cell));
        caption(g, title, PAD, PAD + rows * cell + 18, columns * cell);
        g.dispose();
        return png(img);
    }

    /**
     * Several receptive fields side by side ({@code [row][column]} each), one colour scale for all
     * so that they compare: blue pushes a lamp on, red pushes it off.
     */
    public static byte[] fields(List<double[][]> fields, List<String> titles) {
        int rows = fields.get(0).length;
        int columns = fields.get(0)[0].length;
        int cell = Math.max(6, 240 / Math.max(rows, columns));
        double max = 1e-9;
        for (double[][] f : fields) {
            for (double[] row : f) {
                for (double v : row) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        int perRow = Math.min(4, fields.size());
        int w = columns * cell;
        int h = rows * cell;
        int down = (fields.size() + perRow - 1) / perRow;
        BufferedImage img = canvas(PAD + perRow * (w + PAD), PAD + down * (h + CAPTION));
        Graphics2D g = graphics(img);
        for (int k = 0; k < fields.size(); k++) {
            int x0 = PAD + (k % perRow) * (w + PAD);
            int y0 = PAD + (k / perRow) * (h + CAPTION);
            double[][] f = fields.get(k);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    g.setColor(diverging(f[r][c] / max));
                    g.fillRect(x0 + c * cell, y0 + r * cell, cell, cell);
                }
            }
            g.setColor(Color.GRAY);
            g.draw(new Rectangle2D.Double(x0, y0, w, h));
            caption(g, titles.get(k), x0, y0 + h + 16, w);
        }
        g.dispose();
        return png(img);
    }

    /**
     * A confusion matrix as a heat-map: row {@code i} is the true class, column {@code j} the answer
     * given ({@code counts[i][j]}); each cell shows its count, shaded by its share of the row.
     */
    public static byte[] confusion(List<String> classes, List<String> answers, int[][] counts, String title) {
        int cellW = 96;
        int cellH = 40;
        int left = 130;
        int top = 70;
        BufferedImage img = canvas(left + answers.size() * cellW + PAD, top + classes.size() * cellH + CAPTION);
        Graphics2D g = graphics(img);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(new Color(0x20, 0x20, 0x20));
        g.drawString(title, PAD, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("answers given:", left, 40);
        for (int j = 0; j < answers.size(); j++) {
            caption(g, answers.get(j), left + j * cellW + 4, top - 8, cellW - 8);
        }
        for (int i = 0; i < classes.size(); i++) {
            int total = java.util.Arrays.stream(counts[i]).sum();
            caption(g, classes.get(i), PAD, top + i * cellH + cellH / 2 + 4, left - 2 * PAD);
            for (int j = 0; j < answers.size(); j++) {
                double share = total == 0 ? 0 : (double) counts[i][j] / total;
                int fade = (int) Math.round(255 * (1 - share));
                g.setColor(j == i ? new Color(fade, 255 - (255 - fade) / 3, fade) : new Color(255, fade, fade));
                g.fillRect(left + j * cellW, top + i * cellH, cellW, cellH);
                g.setColor(Color.GRAY);
                g.drawRect(left + j * cellW, top + i * cellH, cellW, cellH);
                g.setColor(share > 0.6 ? Color.WHITE : new Color(0x20, 0x20, 0x20));
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
                g.drawString(String.valueOf(counts[i][j]), left + j * cellW + 8, top + i * cellH + cellH / 2 + 5);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        caption(g, "rows: the true class; green: right answers, red: wrong ones", PAD,
                top + classes.size() * cellH + 20, left + answers.size() * cellW);
        g.dispose();
        return png(img);
    }

    private static Color diverging(double v) {
        int fade = (int) Math.round(255 * (1 - Math.min(1, Math.abs(v))));
        return v >= 0 ? new Color(fade, fade, 255) : new Color(255, fade, fade);
    }

    private static void grid(Graphics2D g, int x0, int y0, int rows, int columns) {
        g.setColor(new Color(0xf4, 0xf4, 0xf4));
        g.fillRect(x0, y0, columns * CELL, rows * CELL);
        g.setColor(new Color(0xd0, 0xd0, 0xd0));
        for (int r = 0; r <= rows; r++) {
            g.drawLine(x0, y0 + r * CELL, x0 + columns * CELL, y0 + r * CELL);
        }
        for (int c = 0; c <= columns; c++) {
            g.drawLine(x0 + c * CELL, y0, x0 + c * CELL, y0 + rows * CELL);
        }
    }

    private static void plugs(Graphics2D g, int[] cells, Color colour, String sign, int x0, int columns) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        for (int c : cells) {
            int x = x0 + (c % columns) * CELL;
            int y = PAD + (c / columns) * CELL;
            g.setColor(colour);
            g.fillRect(x + 1, y + 1, CELL - 1, CELL - 1);
            g.setColor(Color.WHITE);
            g.drawString(sign, x + 4, y + 11);
        }
    }

    private static void caption(Graphics2D g, String text, int x, int y, int width) {
        g.setColor(new Color(0x20, 0x20, 0x20));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String t = text;
        while (g.getFontMetrics().stringWidth(t) > width && t.length() > 4) {
            t = t.substring(0, t.length() - 2);
        }
        g.drawString(t, x, y);
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
