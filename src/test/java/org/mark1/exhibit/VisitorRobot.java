package org.mark1.exhibit;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * A visitor at the real window, for {@link VisitorWindowTest}: runs in a JVM of its own with a
 * display, opens the kiosk full screen, and with {@link Robot} draws a fast stroke on the retina,
 * presses "This is class A", opens the other views and goes back, saving a screenshot after each
 * step into the folder named by its argument. It waits on the exhibit's own state, not on the clock.
 */
public final class VisitorRobot {

    static final int ROW = 6;
    static final int FROM = 3;
    static final int TO = 16;

    private VisitorRobot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        System.setProperty("java.awt.headless", "false");
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ExhibitSketch sketch = new ExhibitSketch(ex, new ExhibitSketch.SketchOptions(true, 1, false, 1280, 800, 0, null, null,
                System.out::println, false));
        ExhibitSketch.open(sketch);
        Robot robot = new Robot();
        waitFor(() -> sketch.frameCount > 30, "the window's first frames");
        robot.mouseMove(x(FROM), y(ROW));
        robot.waitForIdle();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        waitFor(() -> ex.kiosk().drawing()[ROW * 20 + FROM] > 0, "the stroke's first cell");
        // a fast stroke: the pointer jumps three cells between drag points, in small moves X can follow
        for (int c = FROM + 3; c <= TO + 2; c += 3) {
            int to = Math.min(c, TO);
            robot.mouseMove(x(to), y(ROW));
            robot.waitForIdle();
            robot.delay(40);
            int frame = sketch.frameCount;
            waitFor(() -> sketch.frameCount > frame + 1, "a frame after a drag point"); // the sketch takes drags once a frame
        }
        waitFor(() -> ex.kiosk().drawing()[ROW * 20 + TO] > 0, "the stroke to reach its end");
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        settle(sketch, robot);
        shot(robot, out.resolve("drawn.png"));
        long answered = ex.demonstration().answered();
        click(robot, KioskView.BUTTONS.get(0).box());
        waitFor(() -> ex.demonstration().answered() > answered, "the answer");
        settle(sketch, robot);
        shot(robot, out.resolve("answer.png"));
        click(robot, KioskView.BUTTONS.get(6).box());
        waitFor(() -> ex.mode() != Exhibit.PanelMode.MACHINE, "another view");
        settle(sketch, robot);
        shot(robot, out.resolve("view.png"));
        click(robot, KioskView.BACK);
        waitFor(() -> ex.mode() == Exhibit.PanelMode.MACHINE, "the way back");
        settle(sketch, robot);
        shot(robot, out.resolve("back.png"));
        System.exit(0);
    }

    static int x(int column) {
        return Math.round(PanelGeometry.retinaX(column, 20, 20));
    }

    static int y(int row) {
        return Math.round(PanelGeometry.retinaY(row * 20, 20, 20));
    }

    static void click(Robot robot, Box b) {
        robot.mouseMove(Math.round(b.x() + b.w() / 2), Math.round(b.y() + b.h() / 2));
        robot.delay(100);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.delay(100);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Lets a few frames reach the screen. */
    static void settle(ExhibitSketch sketch, Robot robot) throws InterruptedException {
        int frame = sketch.frameCount;
        waitFor(() -> sketch.frameCount > frame + 3, "frames to be drawn");
        robot.delay(300);
    }

    static void shot(Robot robot, Path file) throws java.io.IOException {
        ImageIO.write(robot.createScreenCapture(new Rectangle(0, 0, PanelGeometry.WIDTH, PanelGeometry.HEIGHT)), "png", file.toFile());
    }

    static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L; // a patient visitor on a loaded machine
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                System.out.println("robot: gave up waiting for " + what);
                System.exit(3);
            }
            Thread.sleep(50);
        }
    }
}
