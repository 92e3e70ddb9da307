package org.mark1.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mark1.scenario.Manifest;
import org.mark1.io.InputError;

/** Reading the sheets a run may load (wiring, pots), and recognising them again from a manifest. */
final class Sheets {

    private Sheets() {
    }

    static String read(Path file) {
        return InputError.readText(file);
    }

    static Manifest.Sheet describe(Path file) {
        return file == null ? null : new Manifest.Sheet(file.toString(), sha256(read(file)));
    }

    /** The sheet a manifest names, if it is still the same file. */
    static Path verified(Manifest.Sheet sheet) {
        Path file = Path.of(sheet.path());
        if (!sha256(read(file)).equals(sheet.sha256())) {
            throw new InputError(file + ": has changed since the run (SHA-256 differs); restore the original sheet");
        }
        return file;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
