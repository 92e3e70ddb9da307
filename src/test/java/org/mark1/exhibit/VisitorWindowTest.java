package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * A visitor at the real window (under Xvfb in CI): {@link VisitorRobot} draws a fast stroke on the
 * retina, presses a class button, opens another view and goes back. On the screenshots: the lit
 * retina is exactly the joined stroke, the answer appears in the lamp panel, the other view shows
 * its way back, and the way back leads to the machine. Skipped when there is no display.
 */
class VisitorWindowTest {

    @Test
    void aVisitorDrawsTeachesAndFindsTheWayBack(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank(),
                "no DISPLAY: no window for the robot visitor (CI runs this under Xvfb)");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"), VisitorRobot.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));

        Kiosk expected = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN).kiosk();
        expected.draw(VisitorRobot.ROW, VisitorRobot.FROM);
        expected.drawLine(VisitorRobot.ROW, VisitorRobot.FROM, VisitorRobot.ROW, VisitorRobot.TO);
        double[] drawing = expected.drawing();
        boolean[] lit = KioskFlowTest.litOnRetina(ImageIO.read(dir.resolve("drawn.png").toFile()));
        for (int i = 0; i < 400; i++) {
            assertEquals(drawing[i] > 0, lit[i], "retina cell " + i + " on the screen after the stroke");
        }
        BufferedImage answer = ImageIO.read(dir.resolve("answer.png").toFile());
        boolean[] card = KioskFlowTest.litOnRetina(answer);
        for (int i = 0; i < 400; i++) {
            assertEquals(drawing[i] > 0, card[i], "retina cell " + i + " on the screen with the taught card before the camera");
        }
        assertTrue(bright(answer, new Box(PanelGeometry.LAMPS.x() + 60, PanelGeometry.LAMPS.bottom() - 64, 280, 60)) > 200,
                "no answer ('said', 'wanted') in the lamp panel");
        assertTrue(bright(ImageIO.read(dir.resolve("view.png").toFile()), KioskView.BACK) > 50, "no way back on the other view");
        BufferedImage back = ImageIO.read(dir.resolve("back.png").toFile());
        assertTrue(bright(back, new Box(PanelGeometry.KNOB_X, PanelGeometry.KNOB_Y, 32 * PanelGeometry.KNOB_CELL, 16 * PanelGeometry.KNOB_CELL))
                > 20_000, "the way back did not lead to the machine's knobs");
    }

    static int bright(BufferedImage img, Box b) {
        int n = 0;
        for (int y = (int) b.y(); y < b.y() + b.h(); y++) {
            for (int x = (int) b.x(); x < b.x() + b.w(); x++) {
                n += FramePixelsTest.raw(img, x, y) > 500 ? 1 : 0;
            }
        }
        return n;
    }
}
