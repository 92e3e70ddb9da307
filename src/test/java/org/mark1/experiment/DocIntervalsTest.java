package org.mark1.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mark1.scenario.Measure;

/**
 * No interval the project has committed under docs/ can be: none negative (every figure there is a
 * count or a proportion), none of a proportion above 100 %. It reads the committed files: every
 * {@code summary.json} (an interval under a measure's name takes that measure's unit), every CSV with
 * {@code ci95_low}/{@code ci95_high} columns, and every Markdown page, where an interval is
 * "low–high" or "[low, high]" and is a proportion when "%" follows it or its table column or row
 * names its unit "(%". Stale docs fail it: regenerate them (replay --all, compare, sensitivity).
 */
class DocIntervalsTest {

    private static final String NUMBER = "([-−]?\\d+(?:\\.\\d+)?)";
    private static final Pattern DASHED = Pattern.compile(NUMBER + "\\s?–\\s?" + NUMBER + "(\\s?%)?");
    private static final Pattern BRACKETED = Pattern.compile("\\[" + NUMBER + ", " + NUMBER + "\\]");

    private static double number(String text) {
        return Double.parseDouble(text.replace('−', '-'));
    }

    /** What is wrong with the interval {@code low}–{@code high}, or null. */
    static String check(double low, double high, boolean proportion) {
        if (low < 0 || high < 0) {
            return "negative";
        }
        return proportion && (low > 100 || high > 100) ? "a proportion above 100 %" : null;
    }

    /** The problems of one Markdown page, one line each. */
    static List<String> markdown(String name, List<String> lines) {
        List<String> problems = new ArrayList<>();
        List<String> header = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean row = line.startsWith("|");
            if (row && i + 1 < lines.size() && lines.get(i + 1).startsWith("|---")) {
                header = cells(line);
            } else if (!row) {
                header = List.of();
            }
            List<String> cells = row ? cells(line) : List.of(line);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                boolean percentCell = row && (cells.get(0).contains("(%") || c < header.size() && header.get(c).contains("(%"));
                for (Pattern p : List.of(DASHED, BRACKETED)) {
                    Matcher m = p.matcher(cell);
                    while (m.find()) {
                        boolean proportion = percentCell || p == DASHED && m.group(3) != null;
                        String wrong = check(number(m.group(1)), number(m.group(2)), proportion);
                        if (wrong != null) {
                            problems.add(name + ":" + (i + 1) + ": " + m.group() + " is " + wrong);
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("(?<!\\\\)\\|")) {
            out.add(c.strip());
        }
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        return out;
    }

    /** The problems of one summary.json: every object with low and high, under a measure's name or not. */
    static void json(String name, String key, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            if (node.has("low") && node.has("high") && node.get("low").isNumber()) {
                boolean proportion = Stream.of(Measure.values()).anyMatch(m -> m.id().equals(key) && m.unit().equals("%"));
                String wrong = check(node.get("low").asDouble(), node.get("high").asDouble(), proportion);
                if (wrong != null) {
                    problems.add(name + ": " + key + " " + node + " is " + wrong);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                json(name, e.getKey(), e.getValue(), problems);
            }
        } else if (node.isArray()) {
            node.forEach(n -> json(name, key, n, problems));
        }
    }

    /** The problems of a CSV with ci95_low and ci95_high columns (a proportion when its header says percent). */
    static List<String> csv(String name, List<String> lines) {
        List<String> problems = new ArrayList<>();
        List<String> header = List.of(lines.get(0).split(","));
        int low = header.indexOf("ci95_low");
        int high = header.indexOf("ci95_high");
        if (low < 0 || high < 0) {
            return problems;
        }
        boolean proportion = lines.get(0).contains("percent");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length > high && !f[low].isEmpty() && !f[high].isEmpty()) {
                String wrong = check(number(f[low]), number(f[high]), proportion);
                if (wrong != null) {
                    problems.add(name + ":" + (i + 1) + ": " + f[low] + ", " + f[high] + " is " + wrong);
                }
            }
        }
        return problems;
    }

    @Test
    void theCheckSeesTheIssuesTwoBadIntervals() {
        assertTrue(!markdown("t.md", List.of("presentations: 17888 (−8541–44317)")).isEmpty(), "a negative count");
        assertTrue(!markdown("t.md", List.of("| figure | ours |", "|---|---|", "| accuracy (%) | 99.9 [99.7, 100.028] |"))
                .isEmpty(), "a proportion above 100 %");
        assertTrue(markdown("t.md", List.of("| a | b |", "|---|---|", "| presentations | 1508 [1388, 1628] |")).isEmpty());
        List<String> problems = new ArrayList<>();
        json("s.json", "", new ObjectMapper().createObjectNode().set(Measure.FRESH_ACCURACY.id(),
                new ObjectMapper().createObjectNode().put("low", 99.5).put("high", 100.028)), problems);
        assertTrue(!problems.isEmpty(), "a proportion above 100 % in summary.json");
    }

    @Test
    void noCommittedIntervalIsNegativeOrAProportionAbove100() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("docs"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int read = 0;
        for (Path f : files) {
            String name = f.toString();
            if (name.endsWith(".md")) {
                problems.addAll(markdown(name, Files.readAllLines(f)));
            } else if (f.getFileName().toString().equals("summary.json")) {
                json(name, "", new ObjectMapper().readTree(f.toFile()), problems);
            } else if (name.endsWith(".csv")) {
                problems.addAll(csv(name, Files.readAllLines(f)));
            } else {
                continue;
            }
            read++;
        }
        assertTrue(read > 10, "read " + read + " files");
        assertTrue(problems.isEmpty(), "regenerate the docs (replay --all, compare, sensitivity):\n" + String.join("\n", problems));
    }
}
