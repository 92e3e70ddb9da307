package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mark1.exhibit.words.Labels;
import processing.core.PApplet;
import processing.core.PGraphics;

/**
 * Every word on the panel fits where it is drawn, in both languages, measured with the sketch's own
 * font at the size it is drawn: every key exists in both bundles; each caption line (with the
 * longest class names and the largest counts) fits the caption panel at 24 px, each detail at 15 px;
 * each button's words fit its button; the plates' titles fit their plates.
 */
class TextFitTest {

    static PGraphics g;

    @BeforeAll
    static void font() {
        g = Offscreen.canvas(new PApplet(), 10, 10);
        g.beginDraw();
        g.textFont(Panels.FONT);
    }

    static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TextFitTest.class.getResourceAsStream("/exhibit/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothBundles() throws Exception {
        assertEquals(new TreeSet<>(bundle("labels").stringPropertyNames()), new TreeSet<>(bundle("labels_ru").stringPropertyNames()));
    }

    static float width(String text, float size) {
        g.textSize(size);
        return g.textWidth(text);
    }

    @Test
    void everyCaptionAndButtonFits() {
        List<String> over = new ArrayList<>();
        for (Labels.Language lang : Labels.Language.values()) {
            Labels l = new Labels(lang);
            List<String> names = new ArrayList<>(List.of(l.get("nothing"), l.get("kiosk.class.0"), l.get("kiosk.class.1")));
            for (String c : List.of("square", "circle", "triangle", "diamond", "other")) {
                names.add(l.className(c));
            }
            String longest = names.stream().max((a, b) -> Float.compare(width(a, 24), width(b, 24))).orElseThrow();
            float line = PanelGeometry.CAPTION.w() - 32;
            check(over, lang, l.get("caption.start"), 24, line);
            check(over, lang, l.get("caption.shown", longest), 24, line);
            check(over, lang, l.get("caption.right", longest), 24, line);
            check(over, lang, l.get("caption.wrong", longest, longest), 24, line);
            check(over, lang, l.get("caption.summary", 99_999, 99_999, 512), 24, line);
            check(over, lang, l.get("caption.start.detail"), 15, line);
            check(over, lang, l.get("caption.shown.detail", 400), 15, line);
            check(over, lang, l.get("caption.summary.detail"), 15, line);
            for (String notice : List.of("visit.new", "visit.resumed", "caption.working")) {
                check(over, lang, l.get(notice), 24, line);
                check(over, lang, l.get(notice + ".detail"), 15, line);
            }
            check(over, lang, l.get("caption.updown", 512, 512) + " " + l.get("caption.detail", 512, l.get("caption.sums", 1, -99_999, 99_999)),
                    15, line);
            for (boolean on : new boolean[] {false, true}) {
                KioskView.Face face = new KioskView.Face(true, new double[0], on, on, new int[] {0, 0}, false);
                for (KioskView.Button b : KioskView.BUTTONS) {
                    boolean big = b.action() == Kiosk.Action.TEACH_A || b.action() == Kiosk.Action.TEACH_B;
                    check(over, lang, KioskView.label(l, b.action(), face), big ? 18 : 13, b.box().w() - 12);
                }
            }
            check(over, lang, l.get("kiosk.back"), 18, KioskView.BACK.w() - 12);
            check(over, lang, l.get("kiosk.next"), 13, KioskView.BACK.x() - 32);
            check(over, lang, l.get("kiosk.score", 99, 99), 20, PanelGeometry.LAMPS.w() - 40);
            check(over, lang, l.get("said") + ": " + longest, 18, PanelGeometry.LAMPS.w() - 80);
            check(over, lang, l.get("wanted") + ": " + longest, 18, PanelGeometry.LAMPS.w() - 80);
            check(over, lang, l.get("history.title"), Panels.TITLE, 1228);
            for (int k = 0; k < HistoryView.STEPS; k++) {
                check(over, lang, l.get("history." + k), 16, 2 * HistoryView.TEXT_W * 0.9f); // two lines, wrapped at words
                check(over, lang, l.get("history." + k + ".year"), 20, 100);
            }
            fieldWords(over, lang, l, longest);
            for (String[] plate : new String[][] {{"panel.retina", "300"}, {"panel.plugboard", "300"}, {"panel.aunits", "252"},
                {"panel.knobs", "600"}, {"panel.lamps", "360"}, {"panel.curve", "360"}}) {
                check(over, lang, l.get(plate[0], 511), Panels.TITLE, Float.parseFloat(plate[1]) - 20);
            }
        }
        assertTrue(over.isEmpty(), "too wide:\n" + String.join("\n", over));
    }

    /**
     * The view "what each lamp has learned": its title; the count after the lamp's name, for every
     * number of cards the ring can hold, in the room a single lamp leaves it (the least); the names
     * of the two kinds of card in their column; why the field is no picture, in two lines; the two
     * legends, above the hint beside the way back.
     */
    private static void fieldWords(List<String> over, Labels.Language lang, Labels l, String longest) {
        check(over, lang, l.get("panel.field"), Panels.TITLE, 1228);
        org.mark1.exhibit.field.FieldLayout one = org.mark1.exhibit.field.FieldLayout.of(1, 20, org.mark1.exhibit.demo.AnswerRing.CARDS);
        String label = l.get("lamp", 8) + " · " + longest;
        float from = Math.max(one.groupX(), org.mark1.exhibit.field.FieldLayout.LEFT + width(label, 15) + 18);
        for (int cards = 0; cards <= org.mark1.exhibit.demo.AnswerRing.CARDS; cards++) {
            check(over, lang, l.get("field.count", cards, 8, cards), 15, org.mark1.exhibit.field.FieldLayout.RIGHT - from);
        }
        float column = org.mark1.exhibit.field.FieldLayout.GROUP_W - 26 - 4;
        check(over, lang, l.get("field.lit", 24), 13, column);
        check(over, lang, l.get("field.dark", 24), 13, column);
        float line = org.mark1.exhibit.field.FieldLayout.RIGHT - org.mark1.exhibit.field.FieldLayout.LEFT;
        check(over, lang, l.get("field.why"), 14, 2 * line * 0.9f); // two lines, wrapped at words
        check(over, lang, l.get("field.legend"), 13, line);
        check(over, lang, l.get("field.marks"), 13, line);
    }

    static void check(List<String> over, Labels.Language lang, String text, float size, float room) {
        float w = width(text, size);
        if (w > room) {
            over.add(String.format(java.util.Locale.ROOT, "%s %.0f px > %.0f px at %.0f px: %s", lang, w, room, size, text));
        }
    }
}
