package org.mark1.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.cli.Mark1;
import org.mark1.experiment.StimulusSet;
import org.mark1.io.InputError;
import org.mark1.io.Json;
import org.mark1.io.YamlDocument;
import org.mark1.machine.RandomStreams;
import org.mark1.training.Presentation;

/**
 * {@code evaluation.stimuli}: fresh cards of another design than the training cards.
 *
 * <ol>
 *   <li>Over many seeds and letter sets, every training card is of the training design and every fresh
 *       card of the fresh design, and the training cards are those the scenario draws without it.</li>
 *   <li>A class's fresh cards may be other cards altogether (another figure list).</li>
 *   <li>Without the key nothing changes: the same classes, the same stimuli, the same manifest.</li>
 *   <li>A design that cannot be drawn is one line naming evaluation.stimuli.</li>
 *   <li>report.md names both designs.</li>
 * </ol>
 */
class FreshDesignTest {

    private static final String LETTERS = """
            name: t
            seed: SEED
            stimuli:
              size: {min: 10, max: 12}
              position: centred
              jitter: 1
              typefaces: [futural]
            classes:
              - {name: one, letters: ONE}
              - {name: two, letters: TWI}
            training:
              rule: error-correction
              examplesPerClass: 9
              maxPasses: 3
            evaluation:
              freshPerClass: 12
            """;

    private static final String FRESH = "\n  stimuli:\n    typefaces: [timesi]\n    size: {min: 13, max: 13}\n";

    private static Scenario parse(String yaml) {
        return ScenarioLoader.parse("s.yaml", yaml);
    }

    private static String error(String yaml) {
        String m = assertThrows(InputError.class, () -> parse(yaml)).getMessage();
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void freshCardsAreOfTheFreshDesignAndTrainingCardsAreUntouched() {
        UniformRandomProvider pick = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(16L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int n = 0; n < 30; n++) {
            // Two classes of distinct random letters, a random seed.
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (char ch : alphabet.toCharArray()) {
                int r = pick.nextInt(4);
                (r == 0 ? a : r == 1 ? b : new StringBuilder()).append(ch);
            }
            if (a.length() == 0 || b.length() == 0) {
                continue;
            }
            String plain = LETTERS.replace("SEED", String.valueOf(pick.nextInt(1_000_000)))
                    .replace("letters: ONE", "letters: " + a).replace("letters: TWI", "letters: " + b);
            Scenario without = parse(plain);
            Scenario with = parse(plain.replace("  freshPerClass: 12\n", "  freshPerClass: 12" + FRESH));
            StimulusSet trainWithout = draw(without, false, null);
            StimulusSet trainWith = draw(with, false, null);
            assertEquals(labels(trainWithout), labels(trainWith), "case " + n + ": the training cards do not depend on the fresh design");
            for (int i = 0; i < trainWith.size(); i++) {
                assertTrue(java.util.Arrays.equals(trainWithout.presentations().get(i).light(), trainWith.presentations().get(i).light()));
                assertTrue(trainWith.presentations().get(i).label().startsWith("futural "), trainWith.presentations().get(i).label());
            }
            StimulusSet fresh = draw(with, true, trainWith);
            assertEquals(24, fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                Presentation p = fresh.presentations().get(i);
                assertTrue(p.label().startsWith("timesi "), "case " + n + ": " + p.label());
                assertTrue(p.description().contains(" 13.00 at "), "the fresh size: " + p.description());
                String letters = fresh.classes()[i] == 0 ? a.toString() : b.toString();
                assertTrue(letters.indexOf(p.label().charAt(p.label().length() - 1)) >= 0, "its class's letter: " + p.label());
            }
            assertNotEquals(labels(draw(without, true, trainWithout)), labels(fresh));
        }
    }

    @Test
    void aClassMayBeTestedOnOtherCards() {
        Scenario s = parse(StimulusSpecTest.TWO.replace("  freshPerClass: 10\n",
                "  freshPerClass: 10\n  stimuli:\n    classes:\n      - {name: left, shapes: [circle, cross]}\n"));
        StimulusSet training = draw(s, false, null);
        StimulusSet fresh = draw(s, true, training);
        for (int i = 0; i < fresh.size(); i++) {
            String label = fresh.presentations().get(i).label();
            if (fresh.classes()[i] == 0) {
                assertTrue(label.equals("circle") || label.equals("cross"), label);
            } else {
                assertEquals("mark", label, "a class not listed keeps its cards");
            }
        }
        assertTrue(training.presentations().stream().allMatch(p -> p.label().equals("mark")));
    }

    @Test
    void withoutTheKeyNothingChanges() throws Exception {
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario s = ScenarioLoader.builtIn(name);
            if (s.evaluation().stimuli() != null) {
                assertTrue(YamlDocument.MAPPER.valueToTree(s).path("evaluation").has("stimuli"), name);
                continue;
            }
            assertSame(s.stimuli(), s.freshStimuli(), name);
            assertEquals(s.evaluation().layout() == null, s.freshClasses() == s.classes(), name);
            assertFalse(Json.write(s).contains("\"stimuli\" : {\n      \"typefaces"), name);
            assertFalse(YamlDocument.MAPPER.valueToTree(s).path("evaluation").has("stimuli"), name + ": the manifest is as before");
        }
    }

    @Test
    void aDesignThatCannotBeDrawnIsOneLine() {
        String base = LETTERS.replace("SEED", "3");
        String at = "  freshPerClass: 12\n";
        assertTrue(error(base.replace(at, at + "  stimuli:\n    typefaces: [helvetica]\n"))
                .startsWith("s.yaml:18:17: evaluation.stimuli.typefaces[0]: 'helvetica' is not one of: futural, timesr, timesi"));
        String unknown = error(base.replace(at, at + "  stimuli:\n    classes:\n      - {name: three, letters: Q}\n"));
        assertTrue(unknown.contains("evaluation.stimuli") && unknown.contains("'three' is not a class of this scenario; allowed: one, two"),
                unknown);
        String folder = error(base.replace(at, at + "  stimuli:\n    classes:\n      - {name: one, images: /no/such/folder}\n"));
        assertTrue(folder.contains("evaluation.stimuli") && folder.contains("/no/such/folder: no such folder"), folder);
        String empty = error(base.replace(at, at + "  stimuli: {}\n"));
        assertTrue(empty.contains("evaluation.stimuli") && empty.contains("is empty"), empty);
        String big = error(base.replace(at, at + "  stimuli:\n    size: {min: 30, max: 30}\n"));
        assertTrue(big.contains("evaluation.stimuli") && big.contains("the fresh cards") && big.contains("does not fit"), big);
        String twice = error(base.replace(at, at + "  layout: {jitter: 2}\n  stimuli:\n    typefaces: [timesr]\n"));
        assertTrue(twice.contains("evaluation.layout") && twice.contains("remove layout"), twice);
        String same = error(base.replace(at, at + "  stimuli:\n    classes:\n      - {name: one, letters: T}\n"));
        assertTrue(same.contains("the same card as class"), same);
        String noCards = error(base.replace(at, at + "  stimuli:\n    classes:\n      - {name: one}\n"));
        assertTrue(noCards.contains("evaluation.stimuli.classes[0]") && noCards.contains("has no cards"), noCards);
    }

    @Test
    void setReachesTheFreshDesign() {
        Scenario s = ScenarioLoader.withSettings(parse(LETTERS.replace("SEED", "3")),
                List.of("evaluation.stimuli.typefaces=[timesr, timesi]"));
        assertEquals(List.of(org.mark1.stimulus.Typeface.TIMESR, org.mark1.stimulus.Typeface.TIMESI),
                s.freshStimuli().typefaces());
        String m = assertThrows(InputError.class, () -> ScenarioLoader.withSettings(parse(LETTERS.replace("SEED", "3")),
                List.of("evaluation.stimuli.typefaces=[comic]"))).getMessage();
        assertTrue(m.startsWith("--set:1:") && m.contains("'comic' is not one of"), m);
    }

    @Test
    void theReportNamesBothDesigns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, LETTERS.replace("SEED", "3").replace("  freshPerClass: 12\n", "  freshPerClass: 12" + FRESH));
        StringWriter err = new StringWriter();
        int code = Mark1.execute(new String[] {"run", file.toString(), "--out", dir.resolve("out").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String report = Files.readString(dir.resolve("out/report.md"));
        assertTrue(report.contains("| trained on | letters ONETWI in futural, pen 2; 10-12 photocells, centred in the 20 x 20 retina, jitter 1 |"),
                report);
        assertTrue(report.contains("| tested on (fresh) | letters ONETWI in timesi, pen 2; 13 photocells, centred in the 20 x 20 retina, jitter 1 |"),
                report);
        Files.writeString(file, LETTERS.replace("SEED", "3"));
        assertEquals(0, Mark1.execute(new String[] {"run", file.toString(), "--out", dir.resolve("plain").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        assertFalse(Files.readString(dir.resolve("plain/report.md")).contains("Two designs"), "one design: no table");
    }

    /** The training set, or the fresh set against {@code training}, as a run draws them. */
    private static StimulusSet draw(Scenario s, boolean fresh, StimulusSet training) {
        RandomStreams streams = new RandomStreams(s.seed());
        LampCode code = LampCode.of(s);
        return fresh ? StimulusSet.drawFresh(s, code, s.evaluation().freshPerClass(), streams.open(RandomStreams.Stream.FRESH_STIMULI), training)
                : StimulusSet.draw(s, code, s.trainingCounts(), streams.open(RandomStreams.Stream.STIMULUS_JITTER));
    }

    private static List<String> labels(StimulusSet set) {
        return set.presentations().stream().map(Presentation::description).toList();
    }
}
