package org.mark1.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;

/**
 * A user's table for {@code mark1 learn}, written the ways spreadsheets write CSV (quoted commas,
 * quoted line breaks, CRLF, a byte-order mark, blank lines), is read to the values it holds; a
 * malformed record is named at the line of the file it starts on.
 */
class LabelledTableTest {

    /** One generated table: its header, values, labels, and its text as a file holds it. */
    private record Table(List<String> header, double[][] values, List<String> labels, String text, int[] lines) {
    }

    @Test
    void aUsersTableIsReadWithQuotedCommasLineBreaksCrlfAndBom(@TempDir Path dir) throws Exception {
        Random random = new Random(1957);
        for (int t = 0; t < 200; t++) {
            Table table = table(random, -1, 0);
            Path file = dir.resolve("t" + t + ".csv");
            boolean bom = random.nextBoolean();
            byte[] body = table.text().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
            Files.write(file, bytes);
            LabelledTable read = LabelledTable.read(file);
            assertEquals(table.header(), read.features(), table.text());
            assertEquals(table.values().length, read.size(), table.text());
            for (int r = 0; r < read.size(); r++) {
                assertArrayEquals(table.values()[r], read.rows()[r], 0.0, table.text());
            }
            assertEquals(Set.copyOf(table.labels()), Set.copyOf(read.classes()), table.text());
            for (int r = 0; r < read.size(); r++) {
                assertEquals(table.labels().get(r).equals(read.classes().get(1)), read.positive()[r], table.text());
            }
        }
    }

    @Test
    void aMalformedRecordIsNamedAtTheLineItStartsOn() {
        Random random = new Random(1960);
        for (int t = 0; t < 300; t++) {
            int defect = random.nextInt(3);
            int rows = 2 + random.nextInt(6);
            int at = random.nextInt(rows);
            Table table = table(random, at, defect);
            InputError e = assertThrows(InputError.class, () -> LabelledTable.parse("u.csv", table.text()), table.text());
            int line = table.lines()[at + 1];
            assertTrue(e.getMessage().startsWith("u.csv:" + line + ":"), line + " for defect " + defect + ": "
                    + e.getMessage() + "\n" + table.text());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /**
     * A random table of two classes with a header; the class names and feature names hold commas,
     * quotes and line breaks. {@code defect} at data row {@code broken} (none when negative): 0 a
     * missing cell, 1 a feature that is not a number, 2 a quote that never closes.
     */
    private static Table table(Random random, int broken, int defect) {
        int features = 1 + random.nextInt(3);
        int rows = broken < 0 ? 2 + random.nextInt(8) : Math.max(broken + 1, 2 + random.nextInt(6));
        String eol = random.nextBoolean() ? "\r\n" : "\n";
        List<String> header = new ArrayList<>();
        for (int i = 0; i < features; i++) {
            header.add(random.nextBoolean() ? "length, cm " + i : "f\"" + i + "\"");
        }
        String first = name(random);
        String second;
        do {
            second = name(random);
        } while (second.equals(first));
        double[][] values = new double[rows][features];
        List<String> labels = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] lines = new int[rows + 1];
        int line = 1;
        List<String> head = new ArrayList<>(header);
        head.add("label");
        lines[0] = line;
        line += record(text, head, random, eol);
        for (int r = 0; r < rows; r++) {
            if (random.nextInt(5) == 0) {
                text.append(eol);
                line++;
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < features; i++) {
                values[r][i] = Math.round(random.nextGaussian() * 1000) / 100.0;
                cells.add(Double.toString(values[r][i]));
            }
            String label = r == 0 ? first : r == 1 ? second : random.nextBoolean() ? first : second;
            labels.add(label);
            cells.add(label);
            lines[r + 1] = line;
            if (r == broken && defect == 0) {
                cells.remove(0);
            } else if (r == broken && defect == 1) {
                cells.set(random.nextInt(features), "x" + random.nextInt(9));
            } else if (r == broken) {
                cells.set(random.nextInt(cells.size()), "\"1");
            }
            line += record(text, cells, random, eol);
        }
        return new Table(header, values, labels, text.toString(), lines);
    }

    /** Appends a record, quoting the cells that need it (and some that do not); returns the lines it spans. */
    private static int record(StringBuilder text, List<String> cells, Random random, String eol) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean raw = c.startsWith("\"1");
            boolean needs = c.contains(",") || c.contains("\"") || c.contains("\n");
            text.append(i == 0 ? "" : ",");
            text.append(raw ? c : needs || random.nextInt(4) == 0 ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            lines += c.split("\n", -1).length - 1;
        }
        text.append(eol);
        return lines;
    }

    /** A class name: letters, sometimes with a comma, a quote or a line break inside. */
    private static String name(Random random) {
        String[] inside = {"", ", ", "\"", "\n", " "};
        return "c" + (char) ('a' + random.nextInt(3)) + inside[random.nextInt(inside.length)] + (char) ('a' + random.nextInt(3));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
