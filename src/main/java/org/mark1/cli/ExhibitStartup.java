package org.mark1.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;

/**
 * What {@code mark1 exhibit} checks before a window opens: that there is a display to open it on
 * (an X server that answers at {@code DISPLAY}), and that the kiosk's state file is a place a file
 * can be kept (not a folder, a device or a pipe, in a folder that can be written). A fault is one line.
 */
final class ExhibitStartup {

    /** How long to wait for an X server over the network. */
    static final int CONNECT_MILLIS = 1500;

    private static final Pattern X_DISPLAY = Pattern.compile("([^:]*):(\\d{1,5})(?:\\.\\d{1,5})?");
    private static final String FIX = "; start the exhibit on a screen (or set DISPLAY to one), or use 'mark1 render' "
            + "for frames without one";

    private ExhibitStartup() {
    }

    /** Refuses, in one line, a {@code display} (the value of DISPLAY) no X server answers at. */
    static void requireDisplay(String display) {
        if (display == null || display.isBlank()) {
            throw new InputError("no display to open a window on (DISPLAY is not set)" + FIX);
        }
        Matcher m = X_DISPLAY.matcher(display.strip());
        if (!m.matches()) {
            throw new InputError("DISPLAY=" + InputError.excerpt(display) + " is not a display (e.g. :0 or host:10)" + FIX);
        }
        String host = m.group(1);
        int number = Integer.parseInt(m.group(2));
        String reason = host.isEmpty() || host.equals("unix") ? unix(number) : tcp(host, number);
        if (reason != null) {
            throw new InputError("no display answers at DISPLAY=" + InputError.excerpt(display) + " (" + reason + ")" + FIX);
        }
    }

    private static String unix(int number) {
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        if (!Files.exists(socket)) {
            return "no X server: " + socket + " does not exist";
        }
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(socket));
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return socket + ": " + (e.getMessage() == null ? "cannot connect" : e.getMessage().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static String tcp(String host, int number) {
        if (number > 59_535) {
            return "display " + number + " has no port";
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, 6000 + number), CONNECT_MILLIS);
            return null;
        } catch (java.net.UnknownHostException e) {
            return "no such host: " + InputError.excerpt(host);
        } catch (IOException e) {
            return host + " port " + (6000 + number) + ": " + (e.getMessage() == null ? "cannot connect"
                    : e.getMessage().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * {@code file} (null: nothing kept) if the exhibit can keep its machine there: an ordinary file or
     * none yet, in a folder it can write; else one line saying why, before any window.
     */
    static Path stateFile(Path file) {
        if (file == null) {
            return null;
        }
        if (Files.exists(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !(Files.isSymbolicLink(file) && Files.isRegularFile(file))) {
            throw new InputError("--state " + file + ": is " + (Files.isDirectory(file) ? "a folder" : "not an ordinary file")
                    + "; the exhibit keeps its machine in a file: name one (e.g. " + (Files.isDirectory(file)
                    ? file.resolve("exhibit-state.json").toString() : "~/exhibit-state.json") + "), or 'none' to keep nothing");
        }
        AtomicFiles.checkFileWritable(file);
        return file;
    }
}
