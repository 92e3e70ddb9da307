package org.mark1.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.mark1.mcp.Neuron;
import org.mark1.mcp.Firings;

/**
 * Draws a McCulloch–Pitts run as a PNG, the picture of {@link org.mark1.mcp.TimingDiagram}: one row
 * per neuron, one column per tick, a filled square where the neuron fires. Inputs sit on a tinted
 * band. Headless Java2D, so it works without a display; it lives here because the model must not
 * know about AWT.
 */
final class TimingDiagramPicture {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int CELL = 18;
    private static final int PAD = 16;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color FIRE = new Color(0xB0, 0x30, 0x20);
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    private static final Color INPUT_BAND = new Color(0xEE, 0xF2, 0xFA);
    /** The longest note drawn beside a row, in characters; the text diagram and the file keep it whole. */
    private static final int NOTE = 80;
    private static final Font LABEL = new Font(Font.MONOSPACED, Font.PLAIN, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private TimingDiagramPicture() {
    }

    /** The longest side of a picture, in pixels: about 900 ticks or neurons. */
    static final int MAX_SIDE = 16_384;

    /**
     * Why a picture of this run cannot be drawn, or null when it can: the image is held whole in
     * memory, so its size is bounded before any pixel is allocated.
     */
    static String sizeProblem(Firings trace) {
        long[] size = size(trace);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            return "a picture of " + trace.ticks() + " ticks and " + trace.net().neurons().size() + " neurons would be "
                    + size[0] + " x " + size[1] + " pixels; the limit is " + MAX_SIDE
                    + " a side: ask for fewer --steps or leave out --png";
        }
        return null;
    }

    /** Width and height in pixels, computed without drawing. */
    private static long[] size(Firings trace) {
        List<Neuron> neurons = trace.net().neurons();
        FontMetrics lm = measure(LABEL);
        FontMetrics sm = measure(SMALL);
        long labelWidth = neurons.stream().mapToLong(n -> lm.stringWidth(n.name())).max().orElse(0) + 12;
        long noteWidth = neurons.stream().mapToLong(n -> sm.stringWidth(cut(n.note(), NOTE))).max().orElse(0);
        long gridX = PAD + labelWidth;
        long width = Math.max(gridX + (long) trace.ticks() * CELL + 12 + noteWidth + PAD,
                PAD * 2L + measure(TITLE).stringWidth(titleOf(trace)));
        long height = PAD + 44 + (long) neurons.size() * CELL + PAD + 16;
        return new long[] {width, height};
    }

    /** The picture as PNG bytes. */
    static byte[] png(Firings trace) {
        BufferedImage image = draw(trace);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BufferedImage draw(Firings trace) {
        List<Neuron> neurons = trace.net().neurons();
        Font label = LABEL;
        Font small = SMALL;
        Font title = TITLE;
        FontMetrics lm = measure(label);
        FontMetrics sm = measure(small);
        int labelWidth = neurons.stream().mapToInt(n -> lm.stringWidth(n.name())).max().orElse(0) + 12;
        int gridX = PAD + labelWidth;
        int gridY = PAD + 44;
        long[] size = size(trace);
        int width = Math.toIntExact(size[0]);
        int height = Math.toIntExact(size[1]);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(INK);
        g.setFont(title);
        g.drawString(titleOf(trace), PAD, PAD + 12);

        g.setFont(small);
        for (int t = 0; t < trace.ticks(); t++) {
            if (trace.ticks() <= 40 || t % 5 == 0) {
                String s = Integer.toString(t);
                g.drawString(s, gridX + t * CELL + (CELL - sm.stringWidth(s)) / 2, gridY - 6);
            }
        }
        for (int i = 0; i < neurons.size(); i++) {
            Neuron n = neurons.get(i);
            int y = gridY + i * CELL;
            if (n.input()) {
                g.setColor(INPUT_BAND);
                g.fillRect(PAD - 4, y, labelWidth + trace.ticks() * CELL + 4, CELL);
            }
            g.setColor(INK);
            g.setFont(label);
            g.drawString(n.name(), PAD, y + CELL - 5);
            g.setFont(small);
            g.drawString(cut(n.note(), NOTE), gridX + trace.ticks() * CELL + 10, y + CELL - 5);
            for (int t = 0; t < trace.ticks(); t++) {
                int x = gridX + t * CELL;
                g.setColor(GRID);
                g.setStroke(new BasicStroke(1f));
                g.drawRect(x, y, CELL, CELL);
                if (trace.fires(i, t)) {
                    g.setColor(n.input() ? INK : FIRE);
                    g.fillRect(x + 3, y + 3, CELL - 5, CELL - 5);
                }
            }
        }
        g.setColor(INK);
        g.setFont(small);
        g.drawString("tick (one synaptic delay each); filled: fires; shaded rows: inputs",
                PAD, height - PAD / 2);
        g.dispose();
        return image;
    }

    /** The title, cut short so that a long description never widens the picture. */
    private static String titleOf(Firings trace) {
        String about = trace.net().about();
        return cut(trace.net().name() + (about.isEmpty() ? "" : ": " + about), 120);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static FontMetrics measure(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
