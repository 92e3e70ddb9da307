package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mark1.event.Event;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * The knobs a visitor sees turn: rendered frames 100 ms of wall time apart, at the machine's own pace
 * and twenty times faster. After each correction that comes to a panel at rest (no knob marked), within 2 s of wall time, at least a quarter of the
 * knob panel's pixels change from the frame before it; the pots it moved stay marked on the still
 * for at least 1.5 s of wall time.
 */
class KnobMarksTest {

    static final long FRAME_WALL = 100_000;

    @ParameterizedTest
    @ValueSource(doubles = {1, 20})
    void aCorrectionChangesAQuarterOfTheKnobPanel(double speed) {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        ex.setSpeed(speed);
        FrameRenderer r = new FrameRenderer(ex);
        long machine = Math.round(FRAME_WALL * speed);
        BufferedImage before = r.paint();
        List<String> seen = new ArrayList<>();
        int corrections = 0;
        boolean rest = true;
        for (int f = 0; f < 6000 && corrections < 6; f++) {
            List<Event> events = ex.frame(machine);
            int[] moved = events.stream().filter(e -> e instanceof Event.Reinforced c && c.pots().length > 0)
                    .map(e -> ((Event.Reinforced) e).pots()).findFirst().orElse(null);
            if (moved == null || !rest) {
                before = r.paint();
                rest = ex.still().marked().length == 0;
                continue;
            }
            corrections++;
            long start = ex.wall();
            double most = 0;
            boolean markedLong = true;
            BufferedImage now = r.paint();
            while (ex.wall() - start <= 2_000_000) {
                most = Math.max(most, changed(before, now, PanelGeometry.KNOBS));
                if (ex.wall() - start <= 1_500_000) {
                    int[] marked = ex.still().marked();
                    for (int p : moved) {
                        markedLong &= java.util.Arrays.binarySearch(marked, p) >= 0;
                    }
                }
                ex.frame(machine);
                f++;
                now = r.paint();
            }
            seen.add(String.format(java.util.Locale.ROOT, "%.1f %%", most * 100));
            assertTrue(most >= 0.25, "speed " + speed + ": a correction of " + moved.length + " pots changed only " + seen);
            assertTrue(markedLong, "speed " + speed + ": a pot of a correction was unmarked before 1.5 s");
            before = now;
            rest = ex.still().marked().length == 0;
        }
        assertTrue(corrections >= 6, "only " + corrections + " corrections seen");
    }

    /** The share of the box's pixels whose brightness differs by a visible amount (10 of 255 in each channel on average) between two frames. */
    static double changed(BufferedImage a, BufferedImage b, Box box) {
        int n = 0;
        int all = 0;
        for (int y = (int) box.y(); y < box.y() + box.h(); y++) {
            for (int x = (int) box.x(); x < box.x() + box.w(); x++) {
                all++;
                n += Math.abs(FramePixelsTest.raw(a, x, y) - FramePixelsTest.raw(b, x, y)) >= 30 ? 1 : 0;
            }
        }
        return n / (double) all;
    }
}
