package org.mark1.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.mark1.io.AtomicFiles;
import org.mark1.io.AtomicFolder;

/**
 * A results folder's report, twice: {@code report.md} for the terminal and the repository, and
 * {@code report.html}, the same content as one page a browser opens with a double-click. The page
 * needs no network and no script: its style is inside it, its pictures are the PNG files beside it.
 * Tables scroll inside their own box and pictures shrink to the width, so nothing runs off a phone's
 * screen; printed, the tables unroll and the links lose their colour.
 *
 * <p>Every writer of a {@code report.md} calls {@link #write} once, with the Markdown: the two files
 * can never disagree. The Markdown is converted by commonmark-java with its GitHub tables extension;
 * raw HTML in it (from a scenario's description, say) is shown as text, never obeyed. Links to
 * another folder's {@code report.md} lead to its {@code report.html}; a file named in code
 * ({@code `curves.png`}) becomes a link to that file. The same Markdown gives the same bytes.
 */
public final class ReportPages {

    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    /** A file of the folder named in code: linked in the page. */
    private static final Pattern PICTURE = Pattern.compile("[A-Za-z0-9_.-]+\\.png");

    static final String STYLE = """
            :root { color-scheme: light; }
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24;
                   background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
            h1 { font-size: 1.6rem; line-height: 1.25; } h2 { font-size: 1.3rem; margin-top: 2rem; }
            table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 1rem 0; }
            th, td { border: 1px solid #c8ccd1; padding: .3rem .6rem; text-align: left; vertical-align: top;
                     overflow-wrap: normal; }
            th { background: #eef1f4; }
            th:empty { padding: 0; border: none; background: none; }
            tr:nth-child(even) td { background: #f7f8fa; }
            img { display: block; max-width: 100%; height: auto; margin: 1rem 0; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; background: #f0f2f4;
                   padding: 0 .2em; border-radius: 3px; }
            a { color: #0b57a4; }
            @media (max-width: 40rem) { body { font-size: 15px; padding: .6rem; } th, td { padding: .25rem .4rem; } }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              table { display: table; overflow: visible; } tr, img { break-inside: avoid; }
              h1, h2 { break-after: avoid; } a { color: inherit; text-decoration: none; }
            }
            """;

    private ReportPages() {
    }

    /** Writes {@code report.md} and {@code report.html} through {@code out} (a run's or a sweep's sink). */
    public static void write(RunWriter.Sink out, String markdown) {
        byte[] page = html(markdown).getBytes(StandardCharsets.UTF_8);
        out.write(MARKDOWN, RunWriter.text(markdown));
        out.write(HTML, o -> o.write(page));
    }

    /** Writes {@code report.md} and {@code report.html} into a folder being written as one. */
    public static void write(AtomicFolder folder, String markdown) {
        write(folder::write, markdown);
    }

    /** Writes {@code report.md} and {@code report.html} into {@code dir}, each file whole. */
    public static void write(Path dir, String markdown) {
        write((name, content) -> AtomicFiles.write(dir.resolve(name), content), markdown);
    }

    /** The page of a report: the Markdown rendered, with its style and its first heading as title. */
    public static String html(String markdown) {
        Node doc = PARSER.parse(markdown);
        String[] title = {"mark1 report"};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 && title[0].equals("mark1 report")) {
                    title[0] = text(heading);
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                String to = link.getDestination();
                if (to.equals(MARKDOWN) || to.endsWith("/" + MARKDOWN)) {
                    link.setDestination(to.substring(0, to.length() - MARKDOWN.length()) + HTML);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Code code) {
                if (PICTURE.matcher(code.getLiteral()).matches() && !(code.getParent() instanceof Link)) {
                    Link link = new Link(code.getLiteral(), null);
                    code.insertAfter(link);
                    code.unlink();
                    link.appendChild(code);
                }
            }
        });
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title[0]) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + RENDERER.render(doc) + "</body>\n</html>\n";
    }

    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                b.append(html.getLiteral());
            }
        });
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
