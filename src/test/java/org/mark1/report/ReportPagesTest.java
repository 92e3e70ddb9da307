package org.mark1.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** report.md to report.html: the user's text shown, never obeyed; links to reports lead to pages; same text, same page. */
class ReportPagesTest {

    private static final String[] PIECES = {"<script>alert(1)</script>", "<img src=x onerror=y>", "a & b", "`curves.png`",
        "[seed7/report.md](seed7/report.md)", "| a | b |\n|---|---|\n| 1 | 2 |\n", "![curve](curve.png)", "**bold**", "é 正方形"};

    @Test
    void randomReportsAreShownNotObeyed() {
        Random random = new Random(18);
        for (int n = 0; n < 200; n++) {
            StringBuilder md = new StringBuilder("# run " + n + " <b>\n\n");
            int pictures = 0;
            int tables = 0;
            for (int k = random.nextInt(8); k >= 0; k--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                pictures += piece.startsWith("![") ? 1 : 0;
                tables += piece.startsWith("|") ? 1 : 0;
                md.append(piece).append("\n\n");
            }
            String page = ReportPages.html(md.toString());
            assertEquals(page, ReportPages.html(md.toString()), "same Markdown, same page");
            assertFalse(page.contains("<script>") || page.contains("<img src=x") || page.contains("<b>"), page);
            assertTrue(page.contains("<title>run " + n + " &lt;b&gt;</title>"), page);
            assertEquals(pictures, count(page, "<img src=\"curve.png\""), md + "\n=>\n" + page);
            assertEquals(tables, count(page, "<table>"), page);
            assertFalse(page.contains("href=\"seed7/report.md\""), "a link to a report leads to its page");
            assertEquals(md.toString().contains("`curves.png`"), page.contains("href=\"curves.png\"><code>curves.png</code></a>"), md.toString());
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
