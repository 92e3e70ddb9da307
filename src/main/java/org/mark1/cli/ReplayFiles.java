package org.mark1.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mark1.event.Event;
import org.mark1.experiment.TraceCheck;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Scenario;

/**
 * A saved trace to play back ({@code render --replay}, {@code exhibit --replay}): its scenario from
 * the run's manifest.json beside it (checked as {@code run --manifest} checks it), else the one
 * given; its events checked against that scenario's machine ({@link TraceCheck}) before the first frame.
 */
final class ReplayFiles {

    /** The scenario a trace is played on, and its events. */
    record Replayed(Scenario scenario, List<Event> events) {
    }

    private ReplayFiles() {
    }

    static Replayed read(Path trace, Scenario given) {
        Path manifest = trace.toAbsolutePath().resolveSibling("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return new Replayed(given, TraceCheck.read(trace, given, true));
        }
        Manifest m = Manifest.read(manifest);
        return new Replayed(m.scenario(), TraceCheck.read(trace, m.scenario(), m.state() == null));
    }
}
