package org.mark1.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.io.InvalidValue;

class ScenarioNameTest {

    @Test
    void lettersOfAnyScriptAreNames() {
        for (String name : List.of("квадраты", "正方形", "Rosenblatt-1958", "cartes_à_jouer", "मार्क1", "ΤΕΣΤ.2", "a", "x".repeat(64))) {
            assertEquals(name, ScenarioName.require(name));
        }
    }

    @Test
    void whatIsUnsafeInAFileNameIsRefused() {
        for (String name : List.of("", "a/b", "a\\b", "..", "a..b", ".hidden", "-rf", "_x", "c:x", "a*", "a?", "a\"b", "a<b",
                "a>b", "a|b", "a b", "a\nb", "a\u0000b", "a\u0007", "x".repeat(65), "\uD840\uDC00".repeat(64))) {
            assertThrows(InvalidValue.class, () -> ScenarioName.require(name), name);
        }
    }

    /**
     * Property: over many random strings from a mixed alphabet, every accepted name is one safe
     * folder name (no separator, no "..", not hidden, within the byte limit) and resolves to a
     * single child of the runs folder.
     */
    @Test
    void everyAcceptedNameIsOneSafeFolder() {
        String alphabet = "aZ9_.-/\\:*?\"<>| \t\n\u0000кв正😀\u0301é";
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1960L);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rng.nextInt(8);
            for (int k = 0; k < n; k++) {
                int at = alphabet.offsetByCodePoints(0, rng.nextInt(alphabet.codePointCount(0, alphabet.length())));
                b.appendCodePoint(alphabet.codePointAt(at));
            }
            String name = b.toString();
            try {
                ScenarioName.require(name);
            } catch (InvalidValue e) {
                assertTrue(e.problem().startsWith("'") || e.problem().startsWith("is missing"), e.problem());
                continue;
            }
            accepted++;
            Path folder = Path.of("runs").resolve(name + "-seed1");
            assertEquals(Path.of("runs"), folder.getParent(), name);
            assertTrue(!name.startsWith(".") && !name.startsWith("-") && !name.contains(".."), name);
            assertTrue(name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'
                    || Character.getType(c) == Character.NON_SPACING_MARK), name);
        }
        assertTrue(accepted > 500, "some names are accepted: " + accepted);
    }
}
