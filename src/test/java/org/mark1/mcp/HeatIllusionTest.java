package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The heat illusion of McCulloch &amp; Pitts (1943), as shipped in scenarios/mcp/heat-illusion.yaml. */
class HeatIllusionTest {
    private final Net net = ShippedNets.load("heat-illusion").net();

    private static String coldAt(int from, int ticks) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < from + ticks; t++) {
            b.append(t >= from ? "1 " : "0 ");
        }
        return b.toString();
    }

    @Test
    void coldForExactlyOneTickIsFeltAsHeatThreeTicksLaterAndNeverAsCold() {
        for (int t0 = 0; t0 < 12; t0++) {
            Firings trace = Runs.run(net, t0 + 12, "N2", coldAt(t0, 1));
            assertEquals(String.valueOf(t0 + 3), Runs.firings(trace, "N3"), "heat, cold at " + t0);
            assertEquals("", Runs.firings(trace, "N4"), "cold, cold at " + t0);
        }
    }

    @Test
    void coldHeldForTwoTicksOrMoreIsFeltAsColdFromTwoTicksLaterWithNoHeatWhileItLasts() {
        for (int t0 = 0; t0 < 8; t0++) {
            for (int held = 2; held < 9; held++) {
                Firings trace = Runs.run(net, t0 + held + 10, "N2", coldAt(t0, held));
                StringBuilder cold = new StringBuilder();
                for (int t = t0 + 2; t <= t0 + held; t++) {
                    cold.append(cold.length() == 0 ? "" : " ").append(t);
                }
                assertEquals(cold.toString(), Runs.firings(trace, "N4"), "cold from " + t0 + " for " + held);
                // The formula, read literally, reports heat once, three ticks after the cold stops.
                assertEquals(String.valueOf(t0 + held + 2), Runs.firings(trace, "N3"), "heat from " + t0 + " for " + held);
            }
        }
    }

    @Test
    void coldHeldToTheEndIsNeverFeltAsHeat() {
        Firings trace = Runs.run(net, 30, "N2", coldAt(4, 27));
        assertEquals("", Runs.firings(trace, "N3"));
        assertEquals(25, Runs.firings(trace, "N4").split(" ").length);
    }

    @Test
    void theNetObeysThePapersTwoFormulasOnRandomInputs() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            boolean[] heat = new boolean[20];
            boolean[] cold = new boolean[20];
            for (int t = 0; t < 20; t++) {
                heat[t] = random.nextInt(4) == 0;
                cold[t] = random.nextBoolean();
            }
            Firings trace = net.run(Map.of("N1", Timeline.of(heat), "N2", Timeline.of(cold)), 22);
            for (int t = 0; t <= 22; t++) {
                boolean n3 = at(heat, t - 1) || at(cold, t - 3) && !at(cold, t - 2);
                boolean n4 = at(cold, t - 2) && at(cold, t - 1);
                assertEquals(n3, trace.fires("N3", t), "N3 at " + t);
                assertEquals(n4, trace.fires("N4", t), "N4 at " + t);
            }
        }
    }

    private static boolean at(boolean[] ticks, int t) {
        return t >= 0 && t < ticks.length && ticks[t];
    }
}
