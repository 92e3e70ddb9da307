package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MotorTest {

    @Test
    void aMotorStepsAtItsSpeedAndStopsAtItsTarget() {
        Motor m = new Motor(100);
        m.start(1000, 5, 2);
        assertEquals(1300, m.stopTime());
        assertEquals(5, m.positionAt(1000));
        assertEquals(5, m.positionAt(1099), "no step before a whole step time has passed");
        assertEquals(4, m.positionAt(1100));
        assertEquals(3, m.positionAt(1250));
        assertEquals(2, m.positionAt(1300));
        assertEquals(2, m.positionAt(99_999));
        assertTrue(m.turning(1299));
        assertFalse(m.turning(1300));
    }

    @Test
    void aNewPulseStartsANewRun() {
        Motor m = new Motor(10);
        long first = m.start(0, 0, 3);
        long second = m.start(15, m.positionAt(15), 5);
        assertTrue(second > first);
        assertEquals(1, m.positionAt(15));
        assertEquals(15 + 40, m.stopTime());
    }

    @Test
    void anInfinitelyFastMotorArrivesAtOnce() {
        Motor m = new Motor(0);
        m.start(50, -2, 7);
        assertEquals(7, m.positionAt(50));
        assertEquals(50, m.stopTime());
    }
}
