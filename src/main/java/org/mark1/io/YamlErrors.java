package org.mark1.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link YamlDocument} words the faults of a YAML text before its keys are known: lines too
 * long to parse in reasonable time, a second document, syntax errors (without the parser's echo of
 * the file), and {@code .nan} or {@code .inf} named at their key.
 */
final class YamlErrors {

    /** YAML's words for infinity and not-a-number, which no parameter of the machine accepts. */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");
    static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((.*)\\) out of range", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '(.*)'", Pattern.DOTALL);

    private YamlErrors() {
    }

    /** Refuses a line longer than {@code maxLine} characters, naming its number. */
    static void requireShortLines(String source, String text, int maxLine) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > maxLine) {
                    throw InputError.at(source, line, maxLine + 1, "the line is longer than " + maxLine
                            + " characters; break it (YAML folds long text written after '>')");
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Whether token {@code t} begins a value at the top of the stream: a new document. */
    static boolean startsADocument(JsonToken t, JsonParser p) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            return false;
        }
        var context = p.getParsingContext();
        return t.isStructStart() ? context.getParent() != null && context.getParent().inRoot() : context.inRoot();
    }

    /** The error for a document after the first, at its start. */
    static InputError secondDocument(String source, JsonLocation at) {
        return InputError.at(source, at.getLineNr(), at.getColumnNr(), "a second YAML document begins here (after '---'); "
                + "the file must hold one: remove or merge the rest");
    }

    /** A syntax error as one line; {@code .nan} and {@code .inf} are named as what they are, at their key. */
    static InputError syntaxError(String source, JsonProcessingException e, String lastKey, JsonLocation lastAt) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : at.getLineNr();
        int column = at == null ? 1 : at.getColumnNr();
        String message = String.valueOf(e.getOriginalMessage());
        Matcher m = MALFORMED_NUMBER.matcher(message);
        if (m.lookingAt() && NOT_FINITE.matcher(m.group(1)).matches()) {
            String place = YamlDocument.describe(lastKey);
            if (lastAt != null) {
                line = lastAt.getLineNr();
                column = lastAt.getColumnNr();
            }
            return InputError.at(source, line, column, (place.isEmpty() ? "" : place + ": ") + m.group(1)
                    + " (YAML's " + (m.group(1).toLowerCase(java.util.Locale.ROOT).contains("nan") ? "not-a-number" : "infinity")
                    + ") is not a finite number, which no key takes; give a finite number, or quote it if it is text");
        }
        return InputError.at(source, line, column, problem(message));
    }

    /** The parser's message in plain words, without its echo of the file (the place is given as line:column). */
    private static String problem(String message) {
        if (message.contains("nesting depth")) {
            return "not valid YAML: lists or mappings nested more than " + YamlDocument.MAPPER.getFactory().streamReadConstraints().getMaxNestingDepth()
                    + " deep; a scenario needs a few levels";
        }
        Matcher twice = DUPLICATE.matcher(message);
        if (twice.lookingAt()) {
            return "the key '" + InputError.excerpt(twice.group(1)) + "' appears twice in one mapping; keep one";
        }
        StringBuilder b = new StringBuilder();
        for (String line : message.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("in 'reader'") || s.chars().allMatch(c -> c == '^' || c == ' ')
                    || line.startsWith("    ")) {
                continue;
            }
            b.append(b.length() == 0 ? "" : ", ").append(s);
        }
        return "not valid YAML: " + InputError.excerpt(b.length() == 0 ? message : b.toString(), 200) + "; fix the syntax";
    }
}
