package org.mark1.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project's version, filtered into a resource by Maven so it is right in tests and in the jar alike. */
public final class ProjectVersion {
    private static final String VERSION = load();

    private ProjectVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ProjectVersion.class.getResourceAsStream("/org/mark1/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
