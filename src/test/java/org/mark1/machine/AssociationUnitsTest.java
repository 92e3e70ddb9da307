package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;

class AssociationUnitsTest {

    /** The rule, counted the slow way from the plugboard's lists. */
    private static boolean firesByDefinition(Plugboard b, int a, boolean[] lit, int theta) {
        int exc = 0;
        int inh = 0;
        for (int c : b.excitatory(a)) {
            exc += lit[c] ? 1 : 0;
        }
        for (int c : b.inhibitory(a)) {
            inh += lit[c] ? 1 : 0;
        }
        return exc - inh >= theta;
    }

    @Test
    void aUnitFiresExactlyWhenExcitatoryMinusInhibitoryReachesTheta() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(17);
        for (int theta = 1; theta <= 4; theta++) {
            MachineConfig c = TestConfigs.with("excitatory", 6, "inhibitory", 4, "aThreshold", theta);
            Plugboard b = Plugboard.random(c, r);
            AssociationUnits units = new AssociationUnits(b, theta);
            int[] active = new int[512];
            for (int trial = 0; trial < 50; trial++) {
                double density = r.nextDouble();
                boolean[] lit = new boolean[400];
                long[] bits = new long[7];
                for (int i = 0; i < 400; i++) {
                    if (r.nextDouble() < density) {
                        lit[i] = true;
                        bits[i >>> 6] |= 1L << i;
                    }
                }
                int n = units.fire(bits, active);
                int k = 0;
                for (int a = 0; a < 512; a++) {
                    if (firesByDefinition(b, a, lit, theta)) {
                        assertEquals(a, active[k++], "unit " + a + " should fire (theta " + theta + ")");
                    }
                }
                assertEquals(k, n);
            }
        }
    }

    @Test
    void aDarkRetinaFiresNoAUnit() {
        MachineConfig c = MachineConfig.defaults();
        AssociationUnits units = new AssociationUnits(Plugboard.random(c, RandomSource.XO_RO_SHI_RO_128_PP.create(1)), 1);
        assertEquals(0, units.fire(new long[7], new int[512]));
    }

    @Test
    void inhibitionCanSilenceAUnit() {
        MachineConfig c = MachineConfig.defaults();
        Plugboard b = Plugboard.random(c, RandomSource.XO_RO_SHI_RO_128_PP.create(2));
        AssociationUnits units = new AssociationUnits(b, 1);
        long[] bits = new long[7];
        for (int cell : b.excitatory(0)) {
            bits[cell >>> 6] |= 1L << cell;
        }
        assertEquals(5, units.excitation(0, bits));
        for (int cell : b.inhibitory(0)) {
            bits[cell >>> 6] |= 1L << cell;
        }
        assertEquals(0, units.excitation(0, bits));
        int[] active = new int[512];
        int n = units.fire(bits, active);
        assertTrue(java.util.Arrays.stream(active, 0, n).noneMatch(a -> a == 0));
    }
}
