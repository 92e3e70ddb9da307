package org.mark1.cli;

import org.mark1.io.ProjectVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code mark1 --version}. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"mark1 " + ProjectVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
