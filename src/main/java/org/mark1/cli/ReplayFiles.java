package org.mark1.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Scenario;
import org.mark1.io.YamlDocument;

/** The scenario of a saved trace: from the run's manifest.json beside it, else the one given. */
final class ReplayFiles {

    private ReplayFiles() {
    }

    static Scenario scenario(Path trace, Scenario given) {
        Path manifest = trace.toAbsolutePath().resolveSibling("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return given;
        }
        YamlDocument doc = YamlDocument.read(manifest);
        return doc.bind("", doc.root(), Manifest.class).scenario();
    }
}
