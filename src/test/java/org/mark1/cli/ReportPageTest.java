package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;
import org.mark1.report.ReportPages;

/**
 * report.html in every kind of results folder (a run, a sweep and its seeds, a comparison, a
 * sensitivity study): the page of the folder's report.md, shown by headless Chromium at a desktop's
 * 1280 px and a phone's 390 px with every picture loaded and nothing wider than the window.
 * Without Chromium (Debian's {@code chromium}; {@code .ci/run} installs it) the browser half is skipped.
 */
class ReportPageTest {

    private static final int[] WIDTHS = {1280, 390};
    private static final Pattern CHECK = Pattern.compile("<pre id=\"mark1-check\">([^<]*)</pre>");
    /**
     * The test's own page: every report in a frame of each width (Chromium's headless window is at least
     * 500 px wide), and a script that gives, frame by frame, its pictures, the broken ones, the frame's
     * width, the page's width and the right edge of its widest element (a table's cells scroll inside it).
     */
    private static final String CHECK_PAGE = """
            <!DOCTYPE html><html><body style="margin:0">
            FRAMES
            <script>
            window.addEventListener('load', function () {
              var lines = [];
              document.querySelectorAll('iframe').forEach(function (f) {
                var w = f.contentWindow, d = w.document;
                var imgs = Array.prototype.slice.call(d.images);
                var broken = imgs.filter(function (i) { return !i.complete || i.naturalWidth === 0; }).length;
                var right = 0;
                d.querySelectorAll('body *').forEach(function (e) {
                  if (e.closest('table') && e.tagName !== 'TABLE') { return; }
                  right = Math.max(right, e.getBoundingClientRect().right);
                });
                lines.push([f.getAttribute('src'), imgs.length, broken, w.innerWidth, d.documentElement.scrollWidth,
                    Math.ceil(right)].join(' '));
              });
              var out = document.createElement('pre');
              out.id = 'mark1-check';
              out.textContent = lines.join('\\n');
              document.body.appendChild(out);
            });
            </script></body></html>
            """;

    @Test
    void everyResultsFolderHasItsPageAndChromiumShowsItWhole(@TempDir Path dir) throws Exception {
        String cheap = "--set=evaluation.freshPerClass=20";
        List<Path> folders = new ArrayList<>();
        folders.add(run(dir, "run", "run", "ibm704-left-right", cheap));
        folders.add(run(dir, "sweep", "run", "ibm704-left-right", "--seeds", "2", cheap));
        folders.add(dir.resolve("sweep").resolve("seed1958"));
        Path quick = dir.resolve("quick.yaml");
        Files.writeString(quick, CliTest.SCENARIO);
        folders.add(run(dir, "compare", "compare", quick.toString(), "--rules", "error-correction,lms", "--seeds", "2"));
        folders.add(run(dir, "sensitivity", "sensitivity", quick.toString(), "--rules", "error-correction", "--seeds", "2",
                "--sizes", "0.1,1", "--draws", "2", "--singles", "4"));
        for (Path f : folders) {
            String md = Files.readString(f.resolve(ReportPages.MARKDOWN));
            assertEquals(ReportPages.html(md), Files.readString(f.resolve(ReportPages.HTML)), f + ": the page is not its report.md");
        }
        String page = Files.readString(dir.resolve("run").resolve(ReportPages.HTML));
        assertTrue(page.indexOf("History beside the simulation") < page.indexOf("This run's figures"), "history first");
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("https://"), "no script, no network");
        String sweep = Files.readString(dir.resolve("sweep").resolve(ReportPages.HTML));
        assertTrue(sweep.contains("href=\"seed1958/report.html\""), "a sweep's page leads to its seeds' pages");

        String chromium = chromium();
        if (chromium == null) {
            System.out.println("ReportPageTest: no chromium on the PATH (apt-get install chromium): the pages were not rendered");
            Assumptions.abort("no chromium");
        }
        StringBuilder frames = new StringBuilder();
        for (Path f : folders) {
            for (int width : WIDTHS) {
                frames.append("<iframe src=\"").append(dir.relativize(f.resolve(ReportPages.HTML)).toString().replace('\\', '/'))
                        .append("\" style=\"width:").append(width).append("px;height:900px;border:0\"></iframe>\n");
            }
        }
        Path check = dir.resolve("check.html");
        Files.writeString(check, CHECK_PAGE.replace("FRAMES", frames));
        List<String> lines = render(chromium, check, dir.resolve("profile"));
        assertEquals(folders.size() * WIDTHS.length, lines.size(), "frames measured: " + lines);
        int i = 0;
        for (Path f : folders) {
            int pictures = count(Files.readString(f.resolve(ReportPages.MARKDOWN)), "![");
            for (int width : WIDTHS) {
                String[] v = lines.get(i++).split(" ");
                String where = v[0] + " at " + width + " px: ";
                assertEquals(pictures, Integer.parseInt(v[1]), where + "pictures in the page");
                assertEquals(0, Integer.parseInt(v[2]), where + "pictures that did not load");
                assertEquals(width, Integer.parseInt(v[3]), where + "the frame's width");
                assertTrue(Integer.parseInt(v[4]) <= width, where + "the page is " + v[4] + " px wide");
                assertTrue(Integer.parseInt(v[5]) <= width, where + "an element reaches " + v[5] + " px");
            }
        }
    }

    @Test
    void openWithoutADesktopIsOneLineAfterTheFilesAreWritten(@TempDir Path dir) {
        Path page = dir.resolve(ReportPages.HTML);
        InputError none = assertThrows(InputError.class, () -> Browser.open(page, Map.of("PATH", "/usr/bin:/bin")));
        assertTrue(none.getMessage().contains("--open") && none.getMessage().contains(page.toAbsolutePath().toString()),
                none.getMessage());
        if (java.awt.GraphicsEnvironment.isHeadless()) { // Java offers no desktop: xdg-open is asked, and is absent here
            InputError noXdg = assertThrows(InputError.class,
                    () -> Browser.open(page, Map.of("DISPLAY", ":99", "PATH", dir.toString())));
            assertTrue(noXdg.getMessage().contains("xdg-open"), noXdg.getMessage());
        }
    }

    private static Path run(Path dir, String name, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", dir.resolve(name).toString()));
        CliTest.Outcome o = CliTest.mark1(all.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        return dir.resolve(name);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Chromium's lines for the check page, one a frame: page, pictures, broken ones, frame width, page width, widest element. */
    private static List<String> render(String chromium, Path page, Path profile) throws Exception {
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--allow-file-access-from-files", "--user-data-dir=" + profile, "--window-size=1400,1000",
                "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        Matcher m = CHECK.matcher(new String(dom, StandardCharsets.UTF_8));
        assertTrue(m.find(), "chromium gave no check for " + page + " (exit " + p.exitValue() + ")");
        return List.of(m.group(1).trim().split("\n"));
    }

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                File f = new File(d, name);
                if (f.isFile() && f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }
}
