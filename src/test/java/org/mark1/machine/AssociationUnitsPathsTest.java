package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.io.InputError;

/**
 * Every way of counting the A-layer fires exactly the units the rule names, counted plug by plug
 * from the plugboard: on random machines (retina size, A-units, plugs, theta, fan-out limit) and
 * random sequences of retina states, including a dark retina, every cell lit, a state shown again,
 * a state a few cells away from the last, and photocells at their fan-out limit.
 */
class AssociationUnitsPathsTest {

    private static int[] byDefinition(Plugboard b, long[] retina, int theta) {
        int[] out = new int[b.associationUnits()];
        int n = 0;
        for (int a = 0; a < b.associationUnits(); a++) {
            int net = 0;
            for (int c : b.excitatory(a)) {
                net += (int) (retina[c >>> 6] >>> c) & 1;
            }
            for (int c : b.inhibitory(a)) {
                net -= (int) (retina[c >>> 6] >>> c) & 1;
            }
            if (net >= theta) {
                out[n++] = a;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] randomState(UniformRandomProvider r, int cells, double density) {
        long[] bits = new long[Retina.words(cells)];
        for (int c = 0; c < cells; c++) {
            if (r.nextDouble() < density) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    private static long[] allLit(int cells) {
        long[] bits = new long[Retina.words(cells)];
        for (int c = 0; c < cells; c++) {
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    /** A sequence of states that visits the edge cases among random ones. */
    private static long[][] states(UniformRandomProvider r, int cells, int n) {
        long[][] s = new long[n][];
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(6);
            s[i] = switch (kind) {
                case 0 -> new long[Retina.words(cells)];
                case 1 -> allLit(cells);
                case 2 -> i > 0 ? s[i - 1].clone() : randomState(r, cells, 0.5);
                case 3 -> { // a few cells away from the last state
                    long[] t = i > 0 ? s[i - 1].clone() : randomState(r, cells, 0.2);
                    for (int k = 0; k < 1 + r.nextInt(4); k++) {
                        int c = r.nextInt(cells);
                        t[c >>> 6] ^= 1L << c;
                    }
                    yield t;
                }
                default -> randomState(r, cells, r.nextDouble());
            };
        }
        return s;
    }

    private static void assertAllWaysAgree(Plugboard b, int theta, long[][] states, String what) {
        AssociationUnits[] ways = {
            new AssociationUnits(b, theta, AssociationUnits.Counting.SLICED),
            new AssociationUnits(b, theta, AssociationUnits.Counting.FAN_OUT),
            new AssociationUnits(b, theta, AssociationUnits.Counting.UNIT_LOOP),
            new AssociationUnits(b, theta),
        };
        int[] active = new int[b.associationUnits()];
        for (int i = 0; i < states.length; i++) {
            int[] expected = byDefinition(b, states[i], theta);
            for (AssociationUnits way : ways) {
                int n = way.fire(states[i], active);
                assertArrayEquals(expected, Arrays.copyOf(active, n), what + ", " + way.counting() + ", state " + i);
            }
            for (int a = 0; a < b.associationUnits(); a += 1 + b.associationUnits() / 7) {
                int net = ways[0].excitation(a, states[i]);
                assertEquals(net >= theta, Arrays.binarySearch(expected, a) >= 0, what + ", excitation of unit " + a);
            }
        }
    }

    @Test
    void everyWayOfCountingFiresTheUnitsTheRuleNamesOnRandomMachines() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(2024);
        int machines = 0;
        int sliced = 0;
        java.util.Set<AssociationUnits.Counting> chosen = java.util.EnumSet.noneOf(AssociationUnits.Counting.class);
        while (machines < 120) {
            int rows = 1 + r.nextInt(30);
            int columns = 1 + r.nextInt(30);
            int cells = rows * columns;
            int x = 1 + r.nextInt(Math.min(cells, 9));
            int y = r.nextInt(Math.min(cells - x, 9) + 1);
            int units = 1 + r.nextInt(700);
            int fanOut = 1 + r.nextInt(60);
            if ((long) units * (x + y) > (long) cells * fanOut) {
                continue;
            }
            MachineConfig c;
            Plugboard b;
            try {
                c = TestConfigs.with("rows", rows, "columns", columns, "associationUnits", units, "excitatory", x,
                        "inhibitory", y, "aThreshold", 1 + r.nextInt(x), "maxFanOut", fanOut);
                b = Plugboard.random(c, r);
            } catch (InputError e) {
                continue; // the random wiring ran out of free sockets: a board that cannot be plugged
            }
            int theta = r.nextInt(x + 4) - 2; // beyond the config's range too: theta <= 0 fires dark units
            if (new AssociationUnits(b, theta, AssociationUnits.Counting.SLICED).counting() == AssociationUnits.Counting.SLICED) {
                sliced++;
            }
            long[][] states = states(r, cells, 25);
            AssociationUnits auto = new AssociationUnits(b, theta);
            for (long[] state : states) {
                auto.fire(state, new int[units]);
                chosen.add(auto.lastCounting());
            }
            assertAllWaysAgree(b, theta, states, rows + "x" + columns + ", " + units + " units, x " + x
                    + ", y " + y + ", theta " + theta);
            machines++;
        }
        assertTrue(sliced > 40 && sliced < machines, "sliced counters fit " + sliced + " of " + machines + " machines");
        assertEquals(java.util.EnumSet.of(AssociationUnits.Counting.SLICED, AssociationUnits.Counting.FAN_OUT,
                AssociationUnits.Counting.UNIT_LOOP), chosen, "AUTO chose every way on some state");
    }

    @Test
    void photocellsAtTheirFanOutLimitCountLikeAnyOther() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(40);
        // 512 units x 10 plugs on 400 cells with at most 13 each: 5,120 of 5,200 sockets used.
        MachineConfig c = TestConfigs.with("maxFanOut", 13);
        Plugboard b = Plugboard.random(c, r);
        int[] fan = b.fanOut();
        long atLimit = Arrays.stream(fan).filter(f -> f == 13).count();
        assertTrue(atLimit > 300, atLimit + " photocells at the limit");
        long[][] s = states(r, 400, 60);
        // and states that light exactly the cells at the limit
        long[] full = new long[7];
        for (int cell = 0; cell < 400; cell++) {
            if (fan[cell] == 13) {
                full[cell >>> 6] |= 1L << cell;
            }
        }
        s[10] = full;
        s[11] = full.clone();
        assertAllWaysAgree(b, 1, s, "fan-out limit");
        assertAllWaysAgree(b, 3, s, "fan-out limit, theta 3");
    }

    @Test
    void theLargestRetinaAndManyUnitsCountAlike() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        MachineConfig c = TestConfigs.with("rows", 200, "columns", 200, "associationUnits", 8192);
        Plugboard b = Plugboard.random(c, r);
        assertAllWaysAgree(b, 1, states(r, 40_000, 8), "200 x 200");
    }
}
