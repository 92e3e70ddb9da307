package org.mark1.exhibit.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.scenario.ScenarioLoader;

/**
 * A short soak (the long one is {@code mark1 exhibit --soak HOURS}): 30 minutes of kiosk use with
 * three visitors; the heap in use after a full collection at the end is within a few megabytes of
 * that at minute 15. A leak of events, frames or cards (thousands of each per simulated hour) would
 * exceed it.
 */
class SoakTest {

    @Test
    void theHeapDoesNotGrowOverHalfAnHourOfVisitors() {
        List<Soak.Mark> marks = Soak.run(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), 30, 15, m -> { });
        assertEquals(2, marks.size());
        assertEquals(3, marks.get(1).visitors());
        assertTrue(marks.get(1).cards() >= 550, "cards: " + marks.get(1).cards());
        double growth = marks.get(1).heapMegabytes() - marks.get(0).heapMegabytes();
        assertTrue(growth < 4, "the heap grew " + growth + " MB in 15 minutes");
    }
}
