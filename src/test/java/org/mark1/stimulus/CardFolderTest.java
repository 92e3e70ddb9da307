package org.mark1.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;

/** Cards read from image files: dark is ink, and every bad file is refused in one line naming it. */
public class CardFolderTest {

    /** A white 40 x 40 card with a black block at pixels x 10..29, y 0..19, and a transparent corner. */
    public static Path card(Path dir, String name) throws IOException {
        BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        g.fillRect(10, 0, 20, 20);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(30, 30, 10, 10);
        g.dispose();
        Path f = dir.resolve(name);
        ImageIO.write(img, "png", f.toFile());
        return f;
    }

    @Test
    void darkPixelsAreInkAndTheCardIsScaledOntoTheRetina(@TempDir Path dir) throws IOException {
        card(dir, "b.png");
        card(dir, "a.png");
        Files.writeString(dir.resolve(".DS_Store"), "skipped");
        List<Picture> cards = CardFolder.read(dir);
        assertEquals(List.of(dir.resolve("a.png").toString(), dir.resolve("b.png").toString()),
                cards.stream().map(Picture::id).toList(), "in file-name order, hidden files skipped");
        Picture p = cards.get(0);
        assertEquals(1.0, p.inkAt(15, 5));
        assertEquals(0.0, p.inkAt(5, 30), "white paper");
        assertEquals(0.0, p.inkAt(35, 35), "a transparent pixel is paper");
        // at size 20 on a 20 x 20 retina, 2 pixels to a photocell: the block lights columns 5..14 of rows 0..9
        double[] light = new Rasterizer(20, 20, 8).light(p.ink(20, 0));
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                boolean ink = r < 10 && c >= 5 && c < 15;
                assertEquals(ink ? 1.0 : 0.0, light[r * 20 + c], 1e-12, "cell " + r + "," + c);
            }
        }
    }

    @Test
    void picturesFromTheSameFileAreTheSameDesign(@TempDir Path dir) throws IOException {
        Path f = card(dir, "x.png");
        assertEquals(CardFolder.picture(f), CardFolder.picture(f));
        assertFalse(CardFolder.picture(f).equals(CardFolder.picture(card(dir, "y.png"))));
    }

    @Test
    void eachBadFolderOrFileIsOneLineNamingItsPath(@TempDir Path dir) throws IOException {
        assertRefused(dir.resolve("none"), dir.resolve("none") + ": no such folder");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertRefused(empty, empty + ": the folder holds no images");

        Path text = Files.createDirectory(dir.resolve("text"));
        Files.writeString(text.resolve("notes.txt"), "hello");
        assertRefused(text, text.resolve("notes.txt") + ": not an image file");

        Path fake = Files.createDirectory(dir.resolve("fake"));
        Files.writeString(fake.resolve("card.png"), "this is not a PNG");
        assertRefused(fake, fake.resolve("card.png") + ": not a readable image");

        Path cut = Files.createDirectory(dir.resolve("cut"));
        byte[] whole = Files.readAllBytes(card(dir, "whole.png"));
        Files.write(cut.resolve("card.png"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(cut, cut.resolve("card.png") + ": ");

        Path huge = Files.createDirectory(dir.resolve("huge"));
        ImageIO.write(new BufferedImage(CardFolder.MAX_SIDE + 1, 1, BufferedImage.TYPE_BYTE_BINARY), "png",
                huge.resolve("wide.png").toFile());
        assertRefused(huge, huge.resolve("wide.png") + ": 4097 x 1 pixels is too large for a card");
    }

    private static void assertRefused(Path folder, String start) {
        String m = assertThrows(InputError.class, () -> CardFolder.read(folder)).getMessage();
        assertTrue(m.startsWith(start), m);
        assertFalse(m.contains("\n"), m);
    }
}
