package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.exhibit.demo.AnswerRing;
import org.mark1.exhibit.field.FieldLayout;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * The view "what each lamp has learned" shows the cards where its layout says:
 * <ol>
 *   <li>on frames of the flagship (one lamp), of the letters (five lamps, two rows a lamp) and of
 *       eight letters on eight lamps (one line a lamp), in both languages, every card kept appears
 *       in lamp r's "lit" row exactly when its answer lit lamp r, at the layout's place, the newest
 *       first: each cell of its thumbnail lit exactly where its card lit a photocell, and its edge
 *       green and thin when the lamp answered as the trainer wanted, red and thick when not;</li>
 *   <li>for one to eight lamps and retinas up to 20 cells a side, every card of a full ring, however
 *       many lit the lamp, stays inside the lamp's own row, right of the column naming the rows,
 *       apart from every other card.</li>
 * </ol>
 */
class FieldViewTest {

    /** Eight letters, one lamp each: as many lamps as the default Mark I has. */
    static final org.mark1.scenario.Scenario EIGHT = ScenarioLoader.parse("eight-letters.yaml", String.join("\n",
            "name: eight-letters",
            "description: eight capitals on eight lamps, one lamp each",
            "seed: 1960",
            "machine: {}",
            "stimuli: {size: {min: 14, max: 14}, position: centred, jitter: 1, typefaces: [futural], pen: 2}",
            "coding: one-per-class",
            "classes:",
            "  - {name: A, letters: A}", "  - {name: B, letters: B}", "  - {name: C, letters: C}", "  - {name: D, letters: D}",
            "  - {name: E, letters: E}", "  - {name: F, letters: F}", "  - {name: G, letters: G}", "  - {name: H, letters: H}",
            "training: {rule: error-correction, examplesPerClass: 4, maxPasses: 100, order: shuffled}",
            "evaluation: {freshPerClass: 20}", ""));

    @Test
    void everyCardIsDrawnInItsRowAsItsAnswerAndTheTrainerSay() {
        for (String name : List.of(ScenarioLoader.FLAGSHIP, "navy1960-one-typeface", EIGHT.name())) {
            for (Labels.Language lang : Labels.Language.values()) {
                Exhibit ex = new Exhibit(name.equals(EIGHT.name()) ? EIGHT : ScenarioLoader.find(name), lang);
                ex.setMode(Exhibit.PanelMode.FIELD);
                FrameRenderer renderer = new FrameRenderer(ex);
                ex.frame(name.equals(ScenarioLoader.FLAGSHIP) ? 1_200_000_000 : 400_000_000);
                int checked = 0;
                int wrong = 0;
                for (int frame = 0; frame < 3; frame++) {
                    BufferedImage img = renderer.next(2_300_000);
                    Still s = ex.still();
                    AnswerRing.Recent recent = s.recent();
                    assertEquals(AnswerRing.CARDS, recent.cards().size(), name);
                    FieldLayout at = FieldLayout.of(s.fields().length, Math.max(s.rows(), s.columns()), recent.capacity());
                    for (int r = 0; r < s.fields().length; r++) {
                        for (boolean lit : new boolean[] {true, false}) {
                            List<AnswerRing.Answered> row = recent.sorted(r, lit);
                            for (int k = 0; k < row.size(); k++) {
                                AnswerRing.Answered c = row.get(row.size() - 1 - k); // the newest first
                                assertEquals(lit, c.lamps()[r]);
                                int[] xy = at.thumb(r, lit, k, recent.sorted(r, true).size());
                                String where = name + " " + lang + " lamp " + r + (lit ? " lit" : " dark") + " card " + k;
                                thumbnailShows(img, c, r, xy[0], xy[1], at.thumbPitch(), s.rows(), s.columns(), where);
                                checked++;
                                wrong += c.asWanted(r) ? 0 : 1;
                            }
                        }
                    }
                }
                assertEquals(3 * AnswerRing.CARDS * ex.demonstration().lamps(), checked, name);
                assertEquals(name.equals(EIGHT.name()), FieldLayout.of(ex.demonstration().lamps(), 20, AnswerRing.CARDS).flow(), name);
                assertTrue(wrong > 0 || name.equals(ScenarioLoader.FLAGSHIP), name + ": no card against the trainer's wish was seen");
            }
        }
    }

    private static void thumbnailShows(BufferedImage img, AnswerRing.Answered c, int r, int x, int y, int t, int rows, int columns,
            String where) {
        boolean[] on = new boolean[rows * columns];
        for (int i : c.lit()) {
            on[i] = true;
        }
        for (int i = 0; i < on.length; i++) {
            int rgb = img.getRGB(x + i % columns * t + t / 2, y + i / columns * t + t / 2) | 0xFF000000;
            assertEquals(on[i] ? Palette.LAMP_ON : Palette.JACK, rgb, where + ": cell " + i);
        }
        int edge = c.asWanted(r) ? FieldLayout.EDGE_AS_WANTED : FieldLayout.EDGE_NOT;
        int colour = c.asWanted(r) ? Palette.RIGHT : Palette.WRONG;
        for (int d = 1; d <= edge; d++) {
            assertEquals(colour, img.getRGB(x - d, y + rows * t / 2) | 0xFF000000, where + ": left edge " + d);
            assertEquals(colour, img.getRGB(x + columns * t / 2, y + rows * t - 1 + d) | 0xFF000000, where + ": bottom edge " + d);
        }
        assertTrue(img.getRGB(x - edge - 1, y + rows * t / 2) != colour, where + ": the edge is wider than " + edge);
    }

    @Test
    void oneToEightLampsStayInsideThePanel() {
        for (int side : new int[] {10, 16, 20}) {
            for (int lamps = 1; lamps <= 8; lamps++) {
                FieldLayout at = FieldLayout.of(lamps, side, AnswerRing.CARDS);
                String where = lamps + " lamps, " + side + " cells";
                int cell = side * at.thumbPitch();
                for (int r = 0; r < lamps; r++) {
                    int top = at.blockY(r);
                    int bottom = top + at.block();
                    assertTrue(bottom <= FieldLayout.BOTTOM, where);
                    assertTrue(at.fieldY(r) + side * at.fieldPitch() <= bottom, where + ": field of lamp " + r);
                    assertTrue(FieldLayout.LEFT + side * at.fieldPitch() < at.groupX(), where);
                    for (int litCards = 0; litCards <= AnswerRing.CARDS; litCards++) {
                        // every card's box with its thickest edge: inside the lamp's row, right of the column, apart from every other
                        List<int[]> boxes = new java.util.ArrayList<>();
                        for (int k = 0; k < AnswerRing.CARDS; k++) {
                            boolean lit = k < litCards;
                            int[] xy = at.thumb(r, lit, lit ? k : k - litCards, litCards);
                            int e = FieldLayout.EDGE_NOT;
                            boxes.add(new int[] {xy[0] - e, xy[1] - e, xy[0] + cell + e, xy[1] + cell + e});
                        }
                        for (int k = 0; k < boxes.size(); k++) {
                            int[] b = boxes.get(k);
                            String card = where + ", " + litCards + " lit: card " + k + " at " + java.util.Arrays.toString(b);
                            assertTrue(b[0] >= at.groupX() + FieldLayout.GROUP_W && b[2] <= FieldLayout.RIGHT, card);
                            assertTrue(b[1] >= top + FieldLayout.LABEL && b[3] <= bottom, card + " leaves the row " + top + "-" + bottom);
                            for (int j = 0; j < k; j++) {
                                int[] o = boxes.get(j);
                                assertTrue(b[2] <= o[0] || o[2] <= b[0] || b[3] <= o[1] || o[3] <= b[1], card + " overlaps card " + j);
                            }
                        }
                    }
                }
            }
        }
    }
}
