package org.mark1.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String ALPHABET = "ab 1.-,\"\n\r#é";

    /** Random sheets written and read back give their cells and the line each record starts on. */
    @Test
    void whatIsWrittenIsReadBackAtItsLines() {
        Random random = new Random(14);
        for (int sheet = 0; sheet < 300; sheet++) {
            int width = 1 + random.nextInt(5);
            List<List<String>> rows = new ArrayList<>();
            CsvText csv = new CsvText(header(width));
            rows.add(List.of(header(width)));
            for (int r = random.nextInt(6); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(cell(random));
                }
                if (row.stream().allMatch(String::isEmpty) && width == 1) {
                    continue; // a record of one empty cell is a blank line
                }
                rows.add(row);
                csv.row(row);
            }
            String text = csv.text();
            List<CsvRecord> read = CsvText.read("s.csv", text);
            assertEquals(rows.size(), read.size(), text);
            int line = 1;
            for (int r = 0; r < rows.size(); r++) {
                assertEquals(rows.get(r), read.get(r).cells(), text);
                assertEquals(line, read.get(r).line(), text);
                for (String c : rows.get(r)) {
                    line += c.split("\r\n|\r|\n", -1).length - 1;
                }
                line++;
            }
        }
    }

    /** A cell is quoted exactly when it holds a comma, a quote or a line break. */
    @Test
    void onlyCellsThatNeedQuotesGetThem() {
        Random random = new Random(4180);
        for (int i = 0; i < 500; i++) {
            String cell = cell(random);
            String text = new CsvText("h").row(cell).text();
            String written = text.substring(2, text.length() - 1);
            boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            assertEquals(needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell, written, cell);
        }
        assertEquals("a,b,c,d\nx,,true,+\n", new CsvText("a", "b", "c", "d").row("x", null, true, '+').text());
    }

    /** A user's table: a BOM, CRLF line ends, a quoted comma in the header, a quoted line break in a cell. */
    @Test
    void readsQuotedCommasLineBreaksCrlfAndBom() {
        String text = "\uFEFF\"length, cm\",note,label\r\n1.5,\"two\r\nlines\",a\r\n\r\n  2 , \"x, y\" ,b\r\n";
        List<CsvRecord> read = CsvText.read("t.csv", text);
        assertEquals(3, read.size());
        assertEquals(List.of("length, cm", "note", "label"), read.get(0).cells());
        assertEquals(List.of("1.5", "two\r\nlines", "a"), read.get(1).cells());
        assertEquals(2, read.get(1).line());
        assertEquals(List.of("2", "x, y", "b"), read.get(2).cells());
        assertEquals(5, read.get(2).line());
    }

    /** An unclosed quote is reported at the line its record starts on, in one line. */
    @Test
    void anUnclosedQuoteIsReportedAtItsRecordsLine() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            StringBuilder b = new StringBuilder("a,b\n");
            int line = 2;
            for (int r = random.nextInt(5); r > 0; r--) {
                boolean spans = random.nextBoolean();
                b.append(spans ? "\"1\n2\",3\n" : "1,2\n");
                line += spans ? 2 : 1;
            }
            b.append("4,\"never closed\n5,6\n7,8\n");
            InputError e = assertThrows(InputError.class, () -> CsvText.read("u.csv", b.toString()));
            assertTrue(e.getMessage().startsWith("u.csv:" + line + ":1: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    private static String[] header(int width) {
        String[] h = new String[width];
        for (int i = 0; i < width; i++) {
            h[i] = "c" + i;
        }
        return h;
    }

    /** A random cell; spaces only inside (the reader strips a cell's ends). */
    private static String cell(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString().strip();
    }
}
