package org.mark1.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The queue hands out events by time, then by insertion, under any interleaving of schedule and next. */
class EventQueueTest {

    private record Pending(long time, long seq, int item) {
    }

    @Test
    void eventsComeOutByTimeThenInsertionUnderRandomInterleavings() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(99);
        for (int run = 0; run < 200; run++) {
            EventQueue<Integer> q = new EventQueue<>();
            List<Pending> reference = new ArrayList<>();
            Comparator<Pending> order = Comparator.comparingLong(Pending::time).thenComparingLong(Pending::seq);
            long seq = 0;
            int spread = 1 + r.nextInt(20); // few distinct instants: many events share one
            for (int step = 0; step < 300; step++) {
                if (reference.isEmpty() || r.nextInt(3) > 0) {
                    long time = q.now() + r.nextInt(spread);
                    int item = r.nextInt();
                    q.schedule(time, item);
                    reference.add(new Pending(time, seq++, item));
                } else {
                    reference.sort(order);
                    Pending expected = reference.remove(0);
                    assertEquals(expected.time(), q.nextTime());
                    assertEquals(expected.item(), q.next());
                    assertEquals(expected.time(), q.now());
                }
                assertEquals(reference.isEmpty(), q.isEmpty());
            }
        }
    }
}
