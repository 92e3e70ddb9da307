package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;

/** R-units, their source sets and the answer convention. */
class ResponseTest {

    @Test
    void sourceSetsSplitThePotsEvenlyInBlocks() {
        SourceSets s = SourceSets.evenSplit(512, 8);
        for (int r = 0; r < 8; r++) {
            assertEquals(64, s.size(r));
        }
        assertEquals(0, s.rUnitOf(63));
        assertEquals(1, s.rUnitOf(64));
        assertEquals(7, s.rUnitOf(511));
        SourceSets three = SourceSets.evenSplit(512, 3);
        assertEquals(512, three.size(0) + three.size(1) + three.size(2));
        assertTrue(Math.abs(three.size(0) - three.size(2)) <= 1);
    }

    @Test
    void anRUnitSumsThePotsOfItsActiveAUnitsOnly() {
        MachineConfig c = TestConfigs.with("initialSpread", 0);
        PotentiometerBank bank = PotentiometerBank.centred(c);
        bank.set(1, 5);
        bank.set(2, 7);
        bank.set(300, -4);
        bank.set(301, 100);
        SourceSets sets = SourceSets.evenSplit(512, 2);
        Answer a = new ResponseUnits(2, c).answer(new int[] {1, 300}, bank, sets);
        assertArrayEquals(new int[] {5, -4}, a.sums());
    }

    @Test
    void theLampLightsOnlyAboveThreshold() {
        SourceSets sets = SourceSets.evenSplit(4, 1);
        assertTrue(new Answer(new int[0], new int[] {1}, new int[] {0}, sets).lamp(0));
        assertFalse(new Answer(new int[0], new int[] {0}, new int[] {0}, sets).lamp(0));
        assertFalse(new Answer(new int[0], new int[] {-1}, new int[] {0}, sets).lamp(0));
    }

    @Test
    void aSumAtThresholdIsWrongWhicheverLampWasWanted() {
        SourceSets sets = SourceSets.evenSplit(4, 1);
        Answer tie = new Answer(new int[0], new int[] {3}, new int[] {3}, sets);
        assertFalse(tie.correct(0, true));
        assertFalse(tie.correct(0, false), "the lamp is dark, but a tie still counts as a mistake");
        Answer above = new Answer(new int[0], new int[] {4}, new int[] {3}, sets);
        assertTrue(above.correct(0, true));
        assertFalse(above.correct(0, false));
    }

    @Test
    void adaptiveThresholdsMoveByThePulseAndFixedOnesDoNot() {
        MachineConfig adaptive = MachineConfig.defaults();
        ResponseUnits r = new ResponseUnits(2, adaptive);
        r.adjust(new Reinforcement(new int[0], new int[0], new int[] {-1, 1}));
        assertArrayEquals(new int[] {-1, 1}, r.thresholds());
        ResponseUnits fixed = new ResponseUnits(2, TestConfigs.with("adaptiveThreshold", false));
        fixed.adjust(new Reinforcement(new int[0], new int[0], new int[] {-1, 1}));
        assertArrayEquals(new int[] {0, 0}, fixed.thresholds());
    }
}
