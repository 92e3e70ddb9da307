package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The shortcut {@link UnitRule#idle} never hides a change: over many random inputs, net inputs
 * (ties at 0 included) and wanted answers, a rule that says it is idle returns no change from
 * {@link UnitRule#step}; and error correction is idle exactly on a right answer.
 */
class UnitRuleIdleTest {

    @Test
    void anIdleRuleNeverAsksForAChange() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1958);
        int idleSeen = 0;
        for (Rules id : Rules.values()) {
            if (!id.singleUnit()) {
                continue;
            }
            for (UnitRule rule : new UnitRule[] {id.onMachine(1), id.onMachine(3), id.unit(0.5, 0.1)}) {
                for (int i = 0; i < 2_000; i++) {
                    double[] x = new double[1 + rng.nextInt(40)];
                    for (int k = 0; k < x.length; k++) {
                        x[k] = rng.nextBoolean() ? 1.0 : 0.0;
                    }
                    double net = rng.nextInt(5) == 0 ? 0.0 : rng.nextInt(41) - 20 + rng.nextDouble();
                    boolean wanted = rng.nextBoolean();
                    if (rule.idle(net, wanted)) {
                        idleSeen++;
                        assertTrue(rule.step(x, net, wanted).isZero(), id + " idle but changing at net " + net);
                    }
                    if (id == Rules.ERROR_CORRECTION) {
                        assertTrue(rule.idle(net, wanted) == UnitRule.right(net, wanted), "net " + net + " wanted " + wanted);
                    }
                }
            }
        }
        assertTrue(idleSeen > 1000, "the shortcut was taken: " + idleSeen);
    }
}
