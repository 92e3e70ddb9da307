package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reverberating circle of scenarios/mcp/memory-loop.yaml. */
class MemoryLoopTest {
    private final Net net = ShippedNets.load("memory-loop").net();

    @Test
    void aPulseOnSetKeepsTheLoopFiringWithNoFurtherInput() {
        Firings trace = Runs.run(net, 2000, "Set", "0 0 1");
        for (int t = 0; t <= 2000; t++) {
            assertEquals(t >= 3, trace.fires("M", t), "tick " + t);
        }
    }

    @Test
    void aPulseOnResetSwitchesItOffForGood() {
        Firings trace = Runs.run(net, 500, "Set", "0 1", "Reset", "0 0 0 0 0 0 0 1");
        assertEquals("2 3 4 5 6 7", Runs.firings(trace, "M"));
    }

    @Test
    void theLoopRemembersWhetherSetCameAfterTheLastReset() {
        SplittableRandom random = new SplittableRandom(31);
        for (int trial = 0; trial < 200; trial++) {
            boolean[] set = new boolean[60];
            boolean[] reset = new boolean[60];
            for (int t = 0; t < 60; t++) {
                set[t] = random.nextInt(8) == 0;
                reset[t] = random.nextInt(8) == 0;
            }
            Firings trace = net.run(Map.of("Set", Timeline.of(set), "Reset", Timeline.of(reset)), 80);
            boolean on = false;
            for (int t = 1; t <= 80; t++) {
                boolean s = t - 1 < 60 && set[t - 1];
                boolean r = t - 1 < 60 && reset[t - 1];
                on = !r && (s || on);
                assertEquals(on, trace.fires("M", t), "trial " + trial + " tick " + t);
            }
        }
        assertTrue(ShippedNets.source("memory-loop").contains("McCulloch & Pitts (1943)"));
    }
}
