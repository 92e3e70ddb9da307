package org.mark1.stimulus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.mark1.io.InputError;

/**
 * A folder of card images (PNG, GIF, JPEG or BMP), read in the order of their file names. Files
 * whose names begin with a dot are skipped; anything else that is not a readable image of at most
 * {@value #MAX_SIDE} pixels a side and {@value #MAX_BYTES} bytes is refused in one line naming it.
 */
public final class CardFolder {

    /** The longest side an image may have, in pixels (a card ends up 20 photocells across). */
    public static final int MAX_SIDE = 4096;
    /** The largest image file, in bytes. */
    public static final long MAX_BYTES = 32L << 20;

    /** Most pixels of all the images of one folder, kept in memory as ink (4 bytes a pixel). */
    public static final long MAX_FOLDER_PIXELS = 64L << 20;

    private static final List<String> EXTENSIONS = List.of(".png", ".gif", ".jpg", ".jpeg", ".bmp");

    private CardFolder() {
    }

    /** The pictures of {@code folder}, by file name; {@link InputError} for the first bad one. */
    public static List<Picture> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputError(folder + ": " + (Files.exists(folder) ? "is not a folder" : "no such folder")
                    + "; give a folder of card images (PNG)");
        }
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            throw new InputError(folder + ": the folder holds no images; put the cards (PNG) in it");
        }
        long pixels = 0;
        for (Path f : files) { // every size from the headers first: a folder too big is refused before any decoding
            int[] wh = size(f);
            pixels += (long) wh[0] * wh[1];
            if (pixels > MAX_FOLDER_PIXELS) {
                throw new InputError(folder + ": its images hold more than " + MAX_FOLDER_PIXELS + " pixels in all (at "
                        + f.getFileName() + "); use fewer or smaller cards");
            }
        }
        List<Picture> out = new ArrayList<>();
        for (Path f : files) {
            out.add(picture(f));
        }
        return List.copyOf(out);
    }

    /** The card files of {@code folder}, by name, as {@link #read} takes them (names beginning with a dot skipped). */
    public static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new InputError(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    /** Width and height of an image file from its header, checked as {@link #picture} checks them. */
    private static int[] size(Path file) {
        int[] wh = new int[2];
        read(file, reader -> {
            wh[0] = reader.getWidth(0);
            wh[1] = reader.getHeight(0);
            return null;
        });
        return wh;
    }

    /** One image file as a card. */
    public static Picture picture(Path file) {
        BufferedImage img = read(file, reader -> reader.read(0));
        return new Picture(file.toString(), img.getWidth(), img.getHeight(), ink(img));
    }

    private interface ReaderUse<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /** Opens the image file's reader, checks the size first (so a huge image is refused before it is decoded), then uses it. */
    private static <T> T read(Path file, ReaderUse<T> use) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file) || EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new InputError(file + ": not an image file (.png, .gif, .jpg, .bmp); remove it from the card folder");
        }
        long bytes = org.mark1.io.TextFile.requireRegularFile(file); // a pipe would block the image reader forever
        if (bytes > MAX_BYTES) {
            throw new InputError(file + ": " + bytes + " bytes is too large for a card; allowed: up to " + MAX_BYTES);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new InputError(file + ": not a readable image (PNG, GIF, JPEG or BMP); replace or remove it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE) {
                    throw new InputError(file + ": " + w + " x " + h + " pixels is too large for a card; allowed: up to "
                            + MAX_SIDE + " a side");
                }
                return use.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputError ie) {
                throw ie;
            }
            throw new InputError(file + ": not a readable image (" + e.getMessage() + "); replace or remove it");
        }
    }

    private static float[] ink(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        float[] ink = new float[w * h];
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                int argb = img.getRGB(u, v);
                double a = (argb >>> 24) / 255.0;
                double lum = (0.299 * (argb >> 16 & 0xff) + 0.587 * (argb >> 8 & 0xff) + 0.114 * (argb & 0xff)) / 255.0;
                ink[v * w + u] = (float) (a * (1 - lum));
            }
        }
        return ink;
    }
}
