package org.mark1.exhibit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mark1.exhibit.demo.Visit;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;

/**
 * The exhibit's memory across power cuts and crashes: the visit ({@link Visit}: the machine, the
 * visitor's cards and score, the view, the drawing on the retina not yet taught) written whole or not
 * at all after every press of a button, {@link #DRAWING_EVERY_MILLIS} after the drawing changes, and
 * every {@link #EVERY_MILLIS} of wall time, and read back when the exhibit starts, or restarts after a
 * fault. A visit saved less than {@link Kiosk#IDLE_MICROS} ago is taken up again where it was (the
 * first touch then goes on with it); an older one has lost its visitor, so the machine starts fresh
 * and the screen says so. A file that is not a kept visit of this machine is refused at start in
 * one line ({@link #check}); found later (after a fault), it is set aside as {@code FILE.unused}
 * with one line in the log, and the machine starts fresh.
 */
public final class Autosave {

    /** Wall-clock time between saves when nothing is pressed: a power cut loses at most this much learning. */
    public static final long EVERY_MILLIS = 60_000;
    /** Wall-clock time between saves while a visitor draws: a crash loses at most this much of a drawing [ours]. */
    public static final long DRAWING_EVERY_MILLIS = 1_000;

    private static final Set<String> VIEWS = Arrays.stream(Exhibit.PanelMode.values()).map(Enum::name).collect(Collectors.toSet());

    private final Path file;
    private final Consumer<String> log;
    private long lastSave;
    private long savedChanges;
    private long savedDrawn;

    public Autosave(Path file, Consumer<String> log) {
        this.file = file;
        this.log = log;
    }

    public Path file() {
        return file;
    }

    /** Refuses, in one line naming the file, the place and the fix, a state file that is there and is not a kept visit of this exhibit's machine. */
    public static void check(Path file, Exhibit exhibit) {
        if (Files.isRegularFile(file)) {
            try {
                read(file, exhibit);
            } catch (InputError e) {
                throw new InputError(e.getMessage() + "; delete it (the exhibit starts fresh) or name another file with --state");
            }
        }
    }

    private static Visit read(Path file, Exhibit exhibit) {
        var demo = exhibit.demonstration();
        return Visit.parse(file.toString(), InputError.readText(file), demo.config(), demo.lamps(), demo.classes(), VIEWS);
    }

    /** Restores the kept visit, if there is one that fits, as of the wall clock now; returns whether it did. */
    public boolean restoreInto(Exhibit exhibit) {
        return restoreInto(exhibit, System.currentTimeMillis());
    }

    /** Restores the kept visit as of {@code nowMillis} (wall clock, ms since 1970); returns whether it restored a machine. */
    public boolean restoreInto(Exhibit exhibit, long nowMillis) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Visit v;
        try {
            v = read(file, exhibit);
        } catch (InputError e) {
            setAside(e.getMessage());
            return false;
        }
        if (!v.visitor()) {
            exhibit.demonstration().restore(v.machine());
            log.accept("exhibit: restored the machine from " + file);
            return true;
        }
        long age = nowMillis - v.savedAt();
        if (age < 0 || age >= Kiosk.IDLE_MICROS / 1000) {
            exhibit.kiosk().attract(); // the visitor has gone: a new visit, as the idle time would have made it
            log.accept("exhibit: the visit kept in " + file + " is " + age / 1000 + " s old; a new visit starts with a fresh machine");
            return false;
        }
        exhibit.demonstration().resume(v);
        exhibit.setMode(Exhibit.PanelMode.valueOf(v.view()));
        exhibit.kiosk().resume(v.forgetting(), v.drawing());
        savedChanges = exhibit.kiosk().changes();
        savedDrawn = exhibit.kiosk().drawn();
        log.accept("exhibit: took up the visit kept in " + file + " (" + v.cards().size() + " cards)");
        return true;
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

    /**
     * Saves when the visit changed (a press), when the drawing changed and {@link #DRAWING_EVERY_MILLIS}
     * have passed since the last save, or when a minute has (or it never saved); returns whether it saved.
     */
    public boolean tick(Exhibit exhibit, long nowMillis) {
        Kiosk k = exhibit.kioskIfOn();
        long changes = k == null ? 0 : k.changes();
        long drawn = k == null ? 0 : k.drawn();
        long since = nowMillis - lastSave;
        if (lastSave != 0 && since < EVERY_MILLIS && changes == savedChanges && (drawn == savedDrawn || since < DRAWING_EVERY_MILLIS)) {
            return false;
        }
        save(exhibit, nowMillis);
        lastSave = nowMillis;
        savedChanges = changes;
        savedDrawn = drawn;
        return true;
    }

    /** Saves now. */
    public void save(Exhibit exhibit) {
        save(exhibit, System.currentTimeMillis());
    }

    /** Saves the visit as it stands at wall-clock time {@code nowMillis}. */
    public void save(Exhibit exhibit, long nowMillis) {
        Kiosk k = exhibit.kioskIfOn();
        boolean visitor = k != null && k.visitor();
        Visit v = exhibit.demonstration().visit(visitor, visitor && k.forgetting(), exhibit.mode().name(), nowMillis,
                visitor && k.sketching() ? k.drawing() : null);
        AtomicFiles.writeString(file, v.write());
    }
}
