package org.mark1.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.mark1.io.InputError;

/**
 * The nets that travel with the program, as classpath resources {@code scenarios/mcp/NAME.yaml}.
 * {@code scenarios/mcp/index.txt} lists their names in display order (a jar cannot be listed like a
 * folder).
 */
public final class ShippedNets {
    static final String FOLDER = "scenarios/mcp/";

    private ShippedNets() {
    }

    public static List<String> names() {
        return text(FOLDER + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A shipped net by name. */
    public static NetFile.Loaded load(String name) {
        if (!names().contains(name)) {
            throw new InputError("no shipped net named '" + InputError.excerpt(name) + "' and no such file; see 'mark1 mcp list'");
        }
        return NetFile.parse(FOLDER + name + ".yaml", text(FOLDER + name + ".yaml"), name);
    }

    /**
     * A net named on the command line: a file when the argument ends in .yaml/.yml or names anything
     * that exists (a folder or a device is then refused by the file reader, with its reason),
     * otherwise a shipped net.
     */
    public static NetFile.Loaded resolve(String argument) {
        if (argument.isBlank()) {
            throw new InputError("no net named; give a shipped net (see 'mark1 mcp list') or a net file (.yaml)");
        }
        Path file;
        try {
            file = Path.of(argument);
        } catch (InvalidPathException e) {
            return load(argument);
        }
        if (argument.endsWith(".yaml") || argument.endsWith(".yml") || Files.exists(file)) {
            return NetFile.read(file);
        }
        return load(argument);
    }

    /** The text of a shipped file, for showing it. */
    public static String source(String name) {
        return text(FOLDER + name + ".yaml");
    }

    private static String text(String resource) {
        try (InputStream in = ShippedNets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
