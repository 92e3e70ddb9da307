package org.mark1.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a text file the user named (a scenario, a sheet, a manifest, a net) the one safe way:
 * only a regular file, at most {@link #MAX_BYTES} bytes, UTF-8 with or without a byte-order mark.
 *
 * <p>The file's type is checked before it is opened, so a named pipe never blocks the reader and a
 * device such as {@code /dev/zero} is never read until memory runs out; the read itself stops one
 * byte past the limit, so a file that grows while being read cannot exhaust memory either.
 */
public final class TextFile {

    /** The largest file read: far above any sheet of the largest machine {@code MachineConfig} accepts. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final char BOM = '\uFEFF';

    private TextFile() {
    }

    /** The whole text of {@code file}, without a leading byte-order mark; any problem is an {@link InputError}. */
    public static String read(Path file) {
        return read(file, MAX_BYTES);
    }

    /** The whole text of {@code file}, at most {@code maxBytes} long: see {@link #read(Path)}. */
    public static String read(Path file, int maxBytes) {
        long size = requireRegularFile(file);
        if (size > maxBytes) {
            throw tooLarge(file, maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (AccessDeniedException e) {
            throw new InputError(name(file) + ": permission denied; make the file readable");
        } catch (IOException e) {
            throw new InputError(name(file) + ": cannot read (" + reason(e) + ")");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(file, maxBytes);
        }
        return decode(name(file), bytes);
    }

    /**
     * Checks, without opening it, that {@code file} is a regular file (not a folder, a device or a
     * pipe, which could block or never end), and returns its size; any fault is an {@link InputError}.
     */
    public static long requireRegularFile(Path file) {
        if (file.toString().isEmpty()) {
            throw new InputError("an empty file name was given; give the path of a file");
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new InputError(name(file) + ": no such file; check the path");
        } catch (AccessDeniedException e) {
            throw new InputError(name(file) + ": permission denied; make the file readable");
        } catch (IOException e) {
            throw new InputError(name(file) + ": cannot read (" + reason(e) + ")");
        }
        if (attrs.isDirectory()) {
            throw new InputError(name(file) + ": is a directory; give the path of a file in it");
        }
        if (!attrs.isRegularFile()) {
            throw new InputError(name(file) + ": is not a regular file (a device or a pipe); give the path of a text file");
        }
        return attrs.size();
    }

    /** UTF-8 text from {@code bytes}, strictly decoded, without a leading byte-order mark. */
    public static String decode(String source, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(source + ": is not UTF-8 text (binary?); save it as UTF-8 text");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputError(source + ": holds a NUL character at character " + (nul + 1)
                    + ", so it is not text (binary?); save it as UTF-8 text");
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static InputError tooLarge(Path file, int maxBytes) {
        String limit = maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
        return new InputError(name(file) + ": is larger than " + limit + ", more than such a file ever needs; "
                + "check that this is the right file");
    }

    /** The file as a message names it: a path too long to be real is cut. */
    private static String name(Path file) {
        return InputError.excerpt(file.toString(), 300);
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : InputError.excerpt(m, 200);
    }
}
