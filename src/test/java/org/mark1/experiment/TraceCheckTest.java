package org.mark1.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;
import org.mark1.event.Trace;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.scenario.ScenarioLoaderTest;

/**
 * The trace validator against hostile edits of a real trace: whatever it accepts plays back on the
 * machine without an exception, and every index or position outside the machine is refused.
 */
class TraceCheckTest {

    private static Scenario scenario;
    private static List<Event> trace;

    @BeforeAll
    static void recordARun() {
        scenario = ScenarioLoader.parse("t.yaml", ScenarioLoaderTest.MINIMAL);
        List<Event> events = new ArrayList<>();
        Experiment.run(scenario, new Experiment.Options(null, null, events::add, Experiment.Engine.AUTO), Progress.NONE);
        trace = List.copyOf(events);
    }

    private static MarkOne machine() {
        return Experiment.machine(scenario, new RandomStreams(scenario.seed()), Experiment.Options.defaults());
    }

    @Test
    void theRunsOwnTraceIsAcceptedWithItsStartingPots() {
        TraceCheck check = new TraceCheck(machine(), true);
        for (Event e : trace) {
            assertNull(check.problem(e), Trace.line(e));
        }
    }

    /** Property, over 400 seeded edits: accepted means it plays to the end; a number beyond the machine is refused. */
    @Test
    void whatTheCheckAcceptsPlaysBackAndWhatLiesBeyondTheMachineIsRefused() throws Exception {
        SplittableRandom rng = new SplittableRandom(1919);
        MarkOne probe = machine();
        int pots = probe.pots().positions().length;
        int endStop = probe.config().potSteps();
        long[] hostile = {-1, -2, Integer.MIN_VALUE, Integer.MAX_VALUE, 2_000_000_000L, pots, probe.config().photocells(),
            endStop + 1, -endStop - 1, 0, 1, 3};
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            List<Event> edited = new ArrayList<>(trace);
            int at = rng.nextInt(edited.size());
            ObjectNode node = (ObjectNode) YamlDocument.JSON.readTree(Trace.line(edited.get(at)));
            List<String> fields = new ArrayList<>();
            node.fieldNames().forEachRemaining(f -> {
                if (!f.equals("event") && (node.get(f).isNumber() || node.get(f).isArray() && !node.get(f).isEmpty()
                        && node.get(f).get(0).isNumber())) {
                    fields.add(f);
                }
            });
            String field = fields.get(rng.nextInt(fields.size()));
            long value = hostile[rng.nextInt(hostile.length)];
            JsonNode old = node.get(field);
            if (old.isArray()) {
                ((ArrayNode) old).set(rng.nextInt(old.size()), YamlDocument.JSON.getNodeFactory().numberNode(value));
            } else {
                node.put(field, value);
            }
            Event e;
            try {
                e = Trace.parse(node.toString());
            } catch (IllegalArgumentException tooLarge) {
                refused++;
                continue;
            }
            edited.set(at, e);
            String problem = problem(edited);
            boolean beyond = field.equals("pot") && (value < 0 || value >= pots)
                    || (field.equals("from") || field.equals("target") || field.equals("position")) && Math.abs(value) > endStop
                    || field.equals("time") && value < 0;
            if (beyond) {
                assertTrue(problem != null, "refused: " + field + " " + value + " in " + node);
            }
            if (problem != null) {
                refused++;
                continue;
            }
            TraceReplay replay = new TraceReplay(edited, machine());
            long end = edited.get(edited.size() - 1).time();
            for (long t = 0; t <= end + TraceReplay.PAUSE; t += Math.max(1, end / 7)) {
                replay.advance(t);
                assertEquals(pots, replay.snapshot(t).positions().length);
            }
        }
        assertTrue(refused > 40 && refused < 400, "a mix of refused and accepted edits: " + refused + " refused");
    }

    @Test
    void traceReplayRefusesEventsThatDoNotFitItsMachine() {
        List<Event> bad = new ArrayList<>(trace);
        bad.add(new Event.MotorStopped(bad.get(bad.size() - 1).time(), -1, 0));
        String m = assertThrows(IllegalArgumentException.class, () -> new TraceReplay(bad, machine())).getMessage();
        assertTrue(m.contains("pot -1 is out of range"), m);
    }

    private static String problem(List<Event> events) {
        TraceCheck check = new TraceCheck(machine(), true);
        for (Event e : events) {
            String why = check.problem(e);
            if (why != null) {
                return why;
            }
        }
        return null;
    }
}
