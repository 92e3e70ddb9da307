package org.mark1.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Whether two folders hold the same files with the same bytes: how a benchmark checks that speed changed no result. */
public final class FolderDigest {

    private FolderDigest() {
    }

    /**
     * The first file (a path relative to the folders) that is in one folder and not the other, or
     * whose bytes differ; {@code null} when the folders are equal byte for byte.
     */
    public static String firstDifference(Path a, Path b) {
        List<String> left = files(a);
        List<String> right = files(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : null;
            String r = i < right.size() ? right.get(i) : null;
            if (l == null || !l.equals(r)) {
                return (l == null || r != null && r.compareTo(l) < 0 ? r + " (only in " + b : l + " (only in " + a) + ")";
            }
            try {
                if (Files.mismatch(a.resolve(l), b.resolve(l)) >= 0) {
                    return l;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
