package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.mark1.machine.RandomStreams.Stream;

class RandomStreamsTest {

    @Test
    void sameMasterSeedGivesSameNumbersOnEveryStream() {
        for (Stream s : Stream.values()) {
            UniformRandomProvider a = new RandomStreams(42).open(s);
            UniformRandomProvider b = new RandomStreams(42).open(s);
            for (int i = 0; i < 100; i++) {
                assertEquals(a.nextLong(), b.nextLong(), s.name());
            }
        }
    }

    @Test
    void streamsAreDistinctFromEachOther() {
        RandomStreams r = new RandomStreams(7);
        Set<Long> firsts = new HashSet<>();
        for (Stream s : Stream.values()) {
            firsts.add(r.open(s).nextLong());
        }
        assertEquals(Stream.values().length, firsts.size());
    }

    @Test
    void aStreamDoesNotDependOnWhichOthersWereOpenedFirst() {
        RandomStreams r = new RandomStreams(3);
        long direct = r.open(Stream.NOISE).nextLong();
        RandomStreams q = new RandomStreams(3);
        q.open(Stream.WIRING).nextLong();
        q.open(Stream.FAULTS).nextLong();
        assertEquals(direct, q.open(Stream.NOISE).nextLong());
    }

    @Test
    void differentMasterSeedsGiveDifferentStreams() {
        for (Stream s : Stream.values()) {
            assertNotEquals(new RandomStreams(1).seed(s), new RandomStreams(2).seed(s), s.name());
        }
    }

    @Test
    void seedsListsEveryStream() {
        assertEquals(Stream.values().length, new RandomStreams(9).seeds().size());
        assertEquals(new RandomStreams(9).seed(Stream.WIRING), new RandomStreams(9).seeds().get(Stream.WIRING));
    }
}
