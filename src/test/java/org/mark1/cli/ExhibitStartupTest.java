package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;

/** The exhibit's start-up checks, before any window: the display, the kiosk's state file. */
class ExhibitStartupTest {

    @Test
    void aDisplayNoServerAnswersAtIsOneLineNotAnAwtError() {
        for (String display : List.of(":12345", "unix:12344", ":12345.0")) {
            String m = assertThrows(InputError.class, () -> ExhibitStartup.requireDisplay(display)).getMessage();
            assertTrue(m.startsWith("no display answers at DISPLAY=" + display), m);
            assertTrue(m.contains("mark1 render"), m);
            assertEquals(1, m.lines().count(), m);
        }
        for (String display : List.of("", "  ", "nonsense", ":abc", "host:")) {
            String m = assertThrows(InputError.class, () -> ExhibitStartup.requireDisplay(display)).getMessage();
            assertTrue(m.contains("no display") || m.contains("is not a display"), display + ": " + m);
        }
        assertTrue(assertThrows(InputError.class, () -> ExhibitStartup.requireDisplay(null)).getMessage().contains("not set"));
    }

    @Test
    void theStateFileMustBeAFileInAFolderThatCanBeWritten(@TempDir Path tmp) throws IOException {
        assertNull(ExhibitStartup.stateFile(null));
        Path fresh = tmp.resolve("new").resolve("deeper").resolve("state.json");
        assertEquals(fresh, ExhibitStartup.stateFile(fresh));
        assertFalse(Files.exists(tmp.resolve("new")), "the check leaves nothing behind");
        String folder = assertThrows(InputError.class, () -> ExhibitStartup.stateFile(tmp)).getMessage();
        assertTrue(folder.contains("is a folder"), folder);
        if (Files.exists(Path.of("/dev/null"))) {
            String dev = assertThrows(InputError.class, () -> ExhibitStartup.stateFile(Path.of("/dev/null"))).getMessage();
            assertTrue(dev.contains("not an ordinary file"), dev);
        }
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        String under = assertThrows(InputError.class, () -> ExhibitStartup.stateFile(file.resolve("state.json"))).getMessage();
        assertTrue(under.contains("cannot write"), under);
        try (Stream<Path> all = Files.list(tmp)) {
            assertEquals(List.of(file), all.toList());
        }
    }
}
