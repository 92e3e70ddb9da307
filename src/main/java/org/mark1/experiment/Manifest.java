package org.mark1.experiment;

import java.util.Map;

/**
 * Everything needed to run a run again, byte for byte: the project version, the complete scenario
 * (its machine fully spelled out), the master seed and every stream's seed, and the files loaded
 * in place of random ones (wiring sheet, saved state), with their SHA-256 so a changed sheet is noticed.
 *
 * @param project  "mark1"
 * @param version  the project version that made the run
 * @param seed     the master seed
 * @param streams  each named stream's seed
 * @param scenario the scenario, complete
 * @param wiring   the wiring sheet used, or null for a random board
 * @param state    the saved machine started from, or null for random starting positions
 * @param trace    whether the run wrote a trace
 */
public record Manifest(String project, String version, long seed, Map<String, Long> streams, Scenario scenario,
        Sheet wiring, Sheet state, boolean trace) {

    /** A file the run read, and its SHA-256. */
    public record Sheet(String path, String sha256) {
    }
}
