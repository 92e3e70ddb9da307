package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Names of any script are accepted everywhere a name goes; what is unsafe is refused everywhere. */
class NamesTest {
    // Letters from several scripts, and combining marks that may follow them.
    private static final String[] LETTERS = {"abcXYZ", "тепловхолодЖЯ", "αβγΩλ", "熱冷神経", "अआकमन", "عربي", "שלום", "ㄱㄴㅎ"};
    private static final String MARKS = "\u0301\u0308\u093F\u0947";
    private static final String UNSAFE = "/\\ :*?\"<>|\n\t\u0000\u202E,;()=&~!.";

    private static String randomName(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        String script = LETTERS[random.nextInt(LETTERS.length)];
        b.append(script.charAt(random.nextInt(script.length())));
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                b.append(script.charAt(random.nextInt(script.length())));
            } else if (kind < 8) {
                b.append((char) ('0' + random.nextInt(10)));
            } else if (kind < 9) {
                b.append('_');
            } else {
                b.append(MARKS.charAt(random.nextInt(MARKS.length())));
            }
        }
        return Names.canonical(b.toString());
    }

    @Test
    void aNameOfAnyScriptIsANeuronInAFileAnExpressionAndARun() {
        SplittableRandom random = new SplittableRandom(1943);
        for (int i = 0; i < 300; i++) {
            String in = randomName(random);
            String out = randomName(random) + "Out";
            if (in.equals(out) || Neuron.RESERVED.contains(in.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            assertNull(Neuron.nameProblem(in), in);
            Definition d = ExpressionParser.parse(out + "(t) = " + in + "(t-2) and not " + in + "(t-1)");
            assertEquals(List.of(new Expr.Atom(in, 2), new Expr.Atom(in, 1)), d.expression().atoms(), in);
            Net net = NetCompiler.compile(d);
            String file = NetFileWriter.format(net, List.of(), Map.of(in, Timeline.of(false, true, false)), 5);
            NetFile.Loaded loaded = NetFile.parse("n.yaml", file, "n");
            assertEquals(net.neurons(), loaded.net().neurons(), file);
            assertEquals("3", Runs.firings(loaded.net().run(loaded.input(), 5), out), file);
        }
    }

    @Test
    void anUnsafeCharacterAnywhereInANameIsRefused() {
        SplittableRandom random = new SplittableRandom(1960);
        for (int i = 0; i < 300; i++) {
            String name = randomName(random);
            int at = 1 + random.nextInt(name.length());
            String bad = name.substring(0, at) + UNSAFE.charAt(random.nextInt(UNSAFE.length())) + name.substring(at);
            assertNotNull(Neuron.nameProblem(bad), bad);
            if (bad.chars().anyMatch(c -> c != '.' && c != '-' && !Character.isLetterOrDigit(c) && c != '_' && Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK)) {
                assertNotNull(Names.netNameProblem(bad), bad);
            }
        }
    }
}
