package org.mark1.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every CSV sheet the project reads or writes goes through here, and through Jackson's CSV module:
 * commas, {@code "} and line breaks inside cells are quoted and read back (RFC 4180); CRLF, LF or
 * CR line ends and a leading byte-order mark are read; blank lines are skipped.
 *
 * <p>Writing: a header, then {@link #row} by row; {@link #text()} gives the sheet with LF line
 * ends, a cell quoted only when it must be. A cell is written as {@link String#valueOf} gives it
 * (callers format their numbers), {@code null} as an empty cell.
 *
 * <p>Reading: {@link #read} hands over each {@link CsvRecord} with the line it starts on; text that
 * is not CSV (a quote that never closes, text after a closing quote) is one {@link InputError} at
 * the line of the record it breaks.
 */
public final class CsvText {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private final List<List<String>> rows = new ArrayList<>();

    /** A sheet whose first line is {@code header}. */
    public CsvText(String... header) {
        row((Object[]) header);
    }

    /** A sheet whose first line is {@code header}. */
    public CsvText(List<?> header) {
        row(header);
    }

    /** Adds a line of cells. */
    public CsvText row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object c : cells) {
            row.add(c == null ? "" : String.valueOf(c));
        }
        rows.add(row);
        return this;
    }

    /** Adds a line of cells. */
    public CsvText row(List<?> cells) {
        return row(cells.toArray());
    }

    /** The sheet: one line per row, each ended by LF. */
    public String text() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            for (List<String> row : rows) {
                g.writeStartArray();
                for (String cell : row) {
                    g.writeString(cell);
                }
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** Every record of {@code text}, read as {@link #read(String, String, Consumer)} reads them. */
    public static List<CsvRecord> read(String source, String text) {
        List<CsvRecord> all = new ArrayList<>();
        read(source, text, all::add);
        return all;
    }

    /**
     * Reads {@code text}, the contents of {@code source}, handing each record to {@code each} as it
     * is read (so a check of the first record comes before any later one is parsed). Blank lines
     * are skipped. Text that is not CSV is an {@link InputError} at the line its record starts on.
     */
    public static void read(String source, String text, Consumer<CsvRecord> each) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        int start = 1; // the line the record being read starts on
        try (JsonParser p = MAPPER.getFactory().createParser(body)) {
            List<String> cells = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().inArray()) {
                    cells = new ArrayList<>();
                    start = p.currentLocation().getLineNr(); // the reader stands at the record's first character
                } else if (t == JsonToken.VALUE_STRING && cells != null) {
                    cells.add(p.getText().strip());
                } else if (t == JsonToken.END_ARRAY && cells != null) {
                    if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                        each.accept(new CsvRecord(start, cells));
                    }
                    cells = null;
                }
            }
        } catch (JsonProcessingException e) {
            throw InputError.at(source, start, 1, problem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's complaint as the user should read it. */
    private static String problem(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Missing closing quote")) {
            return "a quoted cell in this record never closes its quote; close it with \" "
                    + "(a \" inside a quoted cell is written \"\")";
        }
        if (m.contains("separator")) {
            return "text after a quoted cell's closing quote; quote the whole cell "
                    + "(a \" inside a quoted cell is written \"\")";
        }
        return "not valid CSV (" + InputError.excerpt(m, 120) + ")";
    }
}
