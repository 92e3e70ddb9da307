package org.mark1.exhibit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.mark1.experiment.MachineStateFile;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;

/**
 * The exhibit's memory across power cuts: the machine's state (pots and thresholds, the run's own
 * state.json format) written whole or not at all every {@link #EVERY_MILLIS} of wall time, and read
 * back when the exhibit starts, or restarts after a fault. A file that does not fit the machine (a
 * different scenario, say) is set aside as {@code FILE.unused} with one line in the log, and the
 * machine starts fresh: a kiosk must come up whatever is on its disk.
 */
public final class Autosave {

    /** Wall-clock time between saves: a power cut loses at most this much learning. */
    public static final long EVERY_MILLIS = 60_000;

    private final Path file;
    private final Consumer<String> log;
    private long lastSave;

    public Autosave(Path file, Consumer<String> log) {
        this.file = file;
        this.log = log;
    }

    public Path file() {
        return file;
    }

    /** Restores the saved state into the exhibit's machine, if there is one that fits; returns whether it did. */
    public boolean restoreInto(Exhibit exhibit) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            var demo = exhibit.demonstration();
            var state = MachineStateFile.parse(file.toString(), InputError.readText(file), demo.config(), demo.lamps());
            demo.restore(state);
            log.accept("exhibit: restored the machine from " + file);
            return true;
        } catch (InputError e) {
            setAside(e.getMessage());
            return false;
        }
    }

    private void setAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".unused");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " aside: " + e.getMessage(), e);
        }
        log.accept("exhibit: " + why + "; moved it to " + aside + " and started a fresh machine");
    }

    /** Saves when a minute has passed since the last save (or never saved); returns whether it saved. */
    public boolean tick(Exhibit exhibit, long nowMillis) {
        if (lastSave != 0 && nowMillis - lastSave < EVERY_MILLIS) {
            return false;
        }
        save(exhibit);
        lastSave = nowMillis;
        return true;
    }

    /** Saves now. */
    public void save(Exhibit exhibit) {
        AtomicFiles.writeString(file, MachineStateFile.write(exhibit.demonstration().state()));
    }
}
