package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.machine.MachineConfig;

/**
 * Property: a scenario file damaged at random (a line dropped or doubled, a value replaced by an
 * odd token, a key misspelt) either loads or is refused with one short {@link InputError} line;
 * no other exception escapes. The same for random {@code --set} assignments.
 */
class MutatedScenarioTest {

    private static final String BASE = ScenarioLoaderTest.MINIMAL.replace("seed: 5\n", "seed: 5\nmachine: {aThreshold: 1}\n")
            + "report:\n  block: 10\ncoding: one-per-class\n";

    private static final String[] ODD = {"", "~", "-1", "0", "1e999", "-.inf", ".nan", "99999999999999999999", "[]", "{}",
        "[1, [2]]", "{a: 1}", "true", "'x'", "\"\\u0000\"", "&a 1", "*a", "!!str 1", "0x7fffffff", "2147483648", "1.5",
        "квадраты", "a/b", "---", "|", ">", "@", "`", "%", "[", "{", "'", "\"", ": :", "- 1", "? x", "<<: {rows: 1}"};

    @Test
    void aDamagedScenarioLoadsOrIsRefusedInOneLine() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1957L);
        int refused = 0;
        for (int i = 0; i < 1_500; i++) {
            String text = mutate(BASE, rng, 1 + rng.nextInt(3));
            try {
                ScenarioLoader.parse("s.yaml", text);
            } catch (InputError e) {
                refused++;
                assertOneShortLine(e, text);
                if (System.getProperty("mutations.print") != null) {
                    System.out.println(e.getMessage().replaceAll(":\\d+:\\d+:", ":"));
                }
            } catch (RuntimeException e) {
                fail("not an InputError for:\n" + text, e);
            }
        }
        assertTrue(refused > 500, "most damage is refused: " + refused);
    }

    /** The same for every shipped scenario, whose keys (letters, regions, rotation, typefaces) reach further. */
    @Test
    void aDamagedShippedScenarioLoadsOrIsRefusedInOneLine() throws Exception {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1960L);
        for (String name : ScenarioLoader.BUILT_IN) {
            String text;
            try (var in = MutatedScenarioTest.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            for (int i = 0; i < 100; i++) {
                String damaged = mutate(text, rng, 1 + rng.nextInt(3));
                try {
                    ScenarioLoader.parse(name + ".yaml", damaged);
                } catch (InputError e) {
                    assertOneShortLine(e, damaged);
                } catch (RuntimeException e) {
                    fail("not an InputError for:\n" + damaged, e);
                }
            }
        }
    }

    @Test
    void randomSettingsAreAppliedOrRefusedInOneLine() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1958L);
        Scenario s = ScenarioLoader.parse("s.yaml", BASE);
        List<String> keys = new ArrayList<>();
        for (var c : MachineConfig.class.getRecordComponents()) {
            keys.add(c.getName());
        }
        keys.add("bogus");
        for (int i = 0; i < 2_000; i++) {
            List<String> settings = new ArrayList<>();
            for (int k = rng.nextInt(3); k >= 0; k--) {
                String value = rng.nextBoolean() ? ODD[rng.nextInt(ODD.length)] : Long.toString(rng.nextLong() >> rng.nextInt(64));
                settings.add(keys.get(rng.nextInt(keys.size())) + "=" + value + (rng.nextInt(10) == 0 ? "\nrows: 3" : ""));
            }
            try {
                ScenarioLoader.withSettings(s, settings);
            } catch (InputError e) {
                assertOneShortLine(e, String.join(" ", settings));
            } catch (RuntimeException e) {
                fail("not an InputError for " + settings, e);
            }
        }
    }

    private static void assertOneShortLine(InputError e, String input) {
        String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
        assertTrue(m.length() <= InputError.MAX_MESSAGE + 1, "short: " + m);
        assertFalse(m.contains("Exception") || m.contains("com.fasterxml"), "no Java in the message: " + m + "\nfor:\n" + input);
    }

    private static String mutate(String text, UniformRandomProvider rng, int times) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        for (int t = 0; t < times && !lines.isEmpty(); t++) {
            int at = rng.nextInt(lines.size());
            String line = lines.get(at);
            switch (rng.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    int colon = line.indexOf(':');
                    String odd = ODD[rng.nextInt(ODD.length)];
                    lines.set(at, colon < 0 ? line + " " + odd : line.substring(0, colon + 1) + " " + odd);
                }
                case 3 -> lines.set(at, line.replaceFirst("[a-z]", "q"));
                default -> lines.set(at, " ".repeat(rng.nextInt(4)) + line.strip());
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
