package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.training.MachineSnapshot;

/**
 * Headless frames whose pixels show the model's state:
 * <ol>
 *   <li>each retina lamp is bright exactly where the snapshot's photocell fires;</li>
 *   <li>each of the 512 knob pointers points where its pot's position says (the darkest direction
 *       around the dial's centre lies within a few degrees of the pointer's angle);</li>
 *   <li>the response lamp is lit exactly when its R-unit's sum exceeds its threshold;</li>
 *   <li>the same plan renders the same bytes twice, and the GIF holds every frame and loops.</li>
 * </ol>
 */
class FramePixelsTest {

    static FrameRenderer renderer;

    @BeforeAll
    static void machine() {
        renderer = new FrameRenderer(new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN));
        renderer.exhibit().frame(600_000_000); // ten minutes of training: pots spread out
    }

    static int brightness(BufferedImage img, float x, float y) {
        int rgb = img.getRGB(Math.round(x - 0.5f), Math.round(y - 0.5f));
        return (rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF);
    }

    @Test
    void retinaLampsAreLitExactlyWherePhotocellsFire() {
        int checked = 0;
        for (int frame = 0; frame < 6; frame++) {
            BufferedImage img = renderer.next(700_000);
            MachineSnapshot m = renderer.exhibit().demonstration().snapshot();
            boolean[] lit = new boolean[400];
            for (int c : m.lit()) {
                lit[c] = true;
            }
            for (int i = 0; i < 400; i++) {
                int b = brightness(img, PanelGeometry.retinaX(i, 20, 20), PanelGeometry.retinaY(i, 20, 20));
                assertEquals(lit[i], b > 450, "cell " + i + " brightness " + b + " at frame " + frame);
                checked++;
            }
        }
        assertEquals(2400, checked);
    }

    @Test
    void knobPointersPointWherePotsStand() {
        BufferedImage img = renderer.next(50_000);
        MachineSnapshot m = renderer.exhibit().demonstration().snapshot();
        int[] positions = m.positions();
        int lowest = Integer.MAX_VALUE;
        int highest = Integer.MIN_VALUE;
        for (int p = 0; p < positions.length; p++) {
            double expected = PanelGeometry.pointerAngle(positions[p], 100);
            double found = darkestDirection(img, PanelGeometry.knobX(p), PanelGeometry.knobY(p), PanelGeometry.KNOB_CELL * 0.28);
            double diff = Math.abs(Math.IEEEremainder(found - expected, 2 * Math.PI));
            assertTrue(diff < Math.toRadians(10), "pot " + p + " at " + positions[p] + ": pointer at "
                    + Math.toDegrees(found) + " deg, expected " + Math.toDegrees(expected));
            lowest = Math.min(lowest, positions[p]);
            highest = Math.max(highest, positions[p]);
        }
        assertTrue(highest - lowest >= 20, "pots barely differ, the test would not tell angles apart");
    }

    @Test
    void theMagnifiedKnobPointsWithinOneStep() {
        int seen = 0;
        java.util.Set<Integer> pots = new java.util.HashSet<>();
        for (int frame = 0; frame < 400 && pots.size() < 5; frame++) {
            BufferedImage img = renderer.next(100_000);
            Still s = renderer.exhibit().still();
            if (s.spotlight() < 0) {
                continue;
            }
            int position = s.machine().positions()[s.spotlight()];
            double expected = PanelGeometry.pointerAngle(position, 100);
            double found = darkestDirection(img, PanelGeometry.LOUPE_X, PanelGeometry.LOUPE_Y, PanelGeometry.LOUPE_R * 0.45); // inside the "0" lettered at 0.62 R
            double diff = Math.abs(Math.IEEEremainder(found - expected, 2 * Math.PI));
            assertTrue(diff <= Math.toRadians(1.35), "pot " + s.spotlight() + " at " + position + ": magnified pointer at "
                    + Math.toDegrees(found) + " deg, expected " + Math.toDegrees(expected));
            pots.add(s.spotlight());
            seen++;
        }
        assertTrue(pots.size() >= 5, "the magnifier showed only " + pots.size() + " pots in " + seen + " frames");
    }

    /**
     * The direction (radians clockwise from up) of the pointer crossing a circle around (x, y): the
     * mean direction of the samples on the circle, weighted by how much darker than the dial face
     * they are.
     */
    static double darkestDirection(BufferedImage img, float x, float y, double r) {
        int[] b = new int[720];
        int face = 0;
        for (int k = 0; k < b.length; k++) {
            double a = Math.toRadians(k / 2.0);
            b[k] = brightnessAt(img, x + r * Math.sin(a), y - r * Math.cos(a));
            face = Math.max(face, b[k]);
        }
        double sx = 0;
        double sy = 0;
        for (int k = 0; k < b.length; k++) {
            double w = Math.max(0, face - b[k] - face / 4.0); // only what is clearly darker than the face
            double a = Math.toRadians(k / 2.0);
            sx += w * Math.sin(a);
            sy += w * Math.cos(a);
        }
        return Math.atan2(sx, sy);
    }

    /** Bilinear brightness, so the direction is found to a fraction of a pixel. */
    static int brightnessAt(BufferedImage img, double x, double y) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double tx = fx - x0;
        double ty = fy - y0;
        double v = (1 - tx) * (1 - ty) * raw(img, x0, y0) + tx * (1 - ty) * raw(img, x0 + 1, y0)
                + (1 - tx) * ty * raw(img, x0, y0 + 1) + tx * ty * raw(img, x0 + 1, y0 + 1);
        return (int) Math.round(v);
    }

    static int raw(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF);
    }

    @Test
    void theResponseLampIsLitExactlyWhenItsUnitFires() {
        int lit = 0;
        int dark = 0;
        for (int frame = 0; frame < 200 && (lit < 3 || dark < 3); frame++) {
            BufferedImage img = renderer.next(1_500_000);
            MachineSnapshot m = renderer.exhibit().demonstration().snapshot();
            Still s = renderer.exhibit().still();
            boolean fires = m.lamps().length > 0 && m.lamps()[0];
            if (s.answer() != null && s.answer().trial() == m.trial()) {
                assertEquals(s.answer().sums()[0] > s.answer().thresholds()[0], fires);
            }
            int b = brightness(img, LampView.LAMP_X, LampView.lampY(0, 1));
            assertEquals(fires, b > 450, "lamp brightness " + b + " at frame " + frame);
            if (fires) {
                lit++;
            } else {
                dark++;
            }
        }
        assertTrue(lit >= 3 && dark >= 3, "saw the lamp lit " + lit + " and dark " + dark + " times");
    }

    @Test
    void theSamePlanRendersTheSameBytes(@TempDir Path dir) throws Exception {
        var plan = new FrameRenderer.Plan(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), null, Labels.Language.RU,
                Exhibit.PanelMode.MACHINE, true, 3, 400_000, 30_000_000, 0.25);
        List<Path> a = FrameRenderer.render(plan, dir.resolve("a"));
        List<Path> b = FrameRenderer.render(plan, dir.resolve("b"));
        assertEquals(4, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(a.get(3).toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            var tree = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertTrue(xml(tree).contains("NETSCAPE"), "the GIF does not loop");
        } finally {
            reader.dispose();
        }
    }

    private static String xml(org.w3c.dom.Node n) {
        StringBuilder b = new StringBuilder(n.getNodeName());
        if (n instanceof javax.imageio.metadata.IIOMetadataNode m && m.getAttributes() != null) {
            for (int i = 0; i < m.getAttributes().getLength(); i++) {
                b.append(' ').append(m.getAttributes().item(i).getNodeValue());
            }
        }
        for (int i = 0; i < n.getChildNodes().getLength(); i++) {
            b.append(' ').append(xml(n.getChildNodes().item(i)));
        }
        return b.toString();
    }
}
