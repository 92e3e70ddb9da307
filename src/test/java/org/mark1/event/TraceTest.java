package org.mark1.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;

class TraceTest {

    static final List<Event> SAMPLE = List.of(
            new Event.StimulusShown(0, 0, "square", "square 8.00 at (1.00, 2.00)"),
            new Event.PhotocellsSettled(50_000, 0, new int[] {3, 4, 5}),
            new Event.AUnitsFired(51_000, 0, new int[] {7, 99}),
            new Event.RUnitsAnswered(52_000, 0, new int[] {0}, new int[] {0}, new boolean[] {false}, new boolean[] {true}, false),
            new Event.Reinforced(252_000, 0, new int[] {7, 99}, new int[] {1, 1}, new int[] {-1}),
            new Event.MotorStarted(252_000, 7, 0, 1),
            new Event.MotorStopped(352_000, 7, 1));

    @Test
    void everyEventRoundTripsThroughOneLine() {
        StringWriter out = new StringWriter();
        EventListener w = Trace.writer(out);
        SAMPLE.forEach(w::onEvent);
        String[] lines = out.toString().split("\n");
        assertEquals(SAMPLE.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            Event back = Trace.parse(lines[i]);
            assertEquals(SAMPLE.get(i).getClass(), back.getClass());
            assertEquals(lines[i], Trace.line(back));
        }
        assertTrue(lines[5].startsWith("{\"event\":\"MotorStarted\",\"time\":252000"), lines[5]);
    }

    @Test
    void aBadLineIsReportedWithItsNumber(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.jsonl");
        Files.writeString(f, Trace.line(SAMPLE.get(0)) + "\n{\"event\":\"Explode\",\"time\":1}\n");
        InputError e = assertThrows(InputError.class, () -> Trace.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2:1: not a trace event"), e.getMessage());
        Files.writeString(f, Trace.line(SAMPLE.get(0)) + "\n\n" + Trace.line(SAMPLE.get(6)) + "\n");
        assertEquals(2, Trace.read(f).size());
    }

    @Test
    void aFolderOrABinaryFileIsNamedAsSuch(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(InputError.class, () -> Trace.read(dir)).getMessage().contains("is a directory"));
        Path f = dir.resolve("t.jsonl");
        Files.write(f, new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}', '\n'});
        String e = assertThrows(InputError.class, () -> Trace.read(f)).getMessage();
        assertTrue(e.contains("is not UTF-8 text (binary?)"), e);
    }

    @Test
    void theQueueOrdersByTimeThenByInsertion() {
        EventQueue<String> q = new EventQueue<>();
        q.schedule(10, "b");
        q.schedule(5, "a");
        q.schedule(10, "c");
        q.schedule(5, "a2");
        assertEquals("a", q.next());
        assertEquals("a2", q.next());
        assertEquals(5, q.now());
        assertEquals("b", q.next());
        assertEquals("c", q.next());
        assertTrue(q.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> q.schedule(9, "past"));
    }
}
