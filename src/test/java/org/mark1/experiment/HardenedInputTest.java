package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.io.Json;
import org.mark1.report.RunWriter;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;
import org.mark1.io.ProjectVersion;
import org.mark1.io.YamlDocument;

/** Scenario files, --set and manifests against the mistakes of issue 6. */
class HardenedInputTest {

    private static final String TWO_LAMPS = ScenarioLoaderTest.MINIMAL
            .replace("    shapes: [square]\n", "    shapes: [square]\n    lamps: [0]\n")
            .replace("    shapes: [circle]\n", "    shapes: [circle]\n    lamps: [1]\n");

    private static Scenario twoLamps() {
        return ScenarioLoader.parse("s.yaml", TWO_LAMPS);
    }

    private static String setError(String... assignments) {
        return assertThrows(InputError.class, () -> ScenarioLoader.withSettings(twoLamps(), List.of(assignments)))
                .getMessage();
    }

    @Test
    void aSetValueIsOneScalar() {
        assertEquals(2, ScenarioLoader.withSettings(twoLamps(), List.of("aThreshold=2")).machine().aThreshold());
        assertTrue(setError("aThreshold=2\nexcitatory: 3").contains("one --set per parameter"));
        assertTrue(setError("aThreshold=2\r\nexcitatory: 3").contains("one --set per parameter"));
        assertTrue(setError("aThreshold=2\u2028excitatory: 3").contains("one --set per parameter"));
        assertTrue(setError("aThreshold={a: 1}").contains("not one plain value"));
        assertTrue(setError("aThreshold=[1, 2]").contains("not one plain value"));
        assertTrue(setError("machine: {rows: 3}=1").contains("KEY=VALUE"));
        assertTrue(setError("rows=2", "rows=3").contains("the key 'rows' appears twice"));
    }

    @Test
    void aMachineThatDoesNotFitTheScenarioIsAnInputError() {
        assertTrue(setError("associationUnits=1").contains("associationUnits"), setError("associationUnits=1"));
        assertTrue(setError("responseUnits=1").contains("need 2 lamps but the machine has 1"));
    }

    @Test
    void notANumberAndInfinityAreNamedAtTheirKey() {
        String nan = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml",
                TWO_LAMPS.replace("seed: 5\n", "seed: 5\nmachine:\n  potVolts: .NaN\n"))).getMessage();
        assertEquals("s.yaml:4:13: machine.potVolts: .NaN (YAML's not-a-number) is not a finite number, which no key takes; "
                + "give a finite number, or quote it if it is text", nan);
        assertTrue(setError("photocellNoise=-.inf").contains("photocellNoise: -.inf (YAML's infinity) is not a finite number"));
    }

    @Test
    void anUnknownKeyIsNamedEvenWhenARequiredKeyIsMissing() {
        String e = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml", "name: t\nseed: 1\ntrainng: {}\n"))
                .getMessage();
        assertTrue(e.startsWith("s.yaml:3:1: trainng: unknown key; allowed keys here: "), e);
        String nested = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml",
                "name: t\nseed: 1\nclasses:\n  - name: a\n    shape: [square]\n")).getMessage();
        assertTrue(nested.startsWith("s.yaml:5:5: classes[0].shape: unknown key"), nested);
    }

    @Test
    void aFigureBelongsToOneClassOnly() {
        String e = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml",
                TWO_LAMPS.replace("shapes: [circle]", "shapes: [circle, square]"))).getMessage();
        assertTrue(e.contains("a card cannot belong to two classes"), e);
    }

    @Test
    void aHugeNameIsQuotedAsAnExcerpt() {
        String name = "n".repeat(9_000);
        String e = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml",
                TWO_LAMPS.replace("name: t", "name: " + name))).getMessage();
        assertTrue(e.length() < 300 && e.contains("(9000 characters)"), e);
    }

    @Test
    void namesOfAnyScriptLoad() {
        assertEquals("квадраты", ScenarioLoader.parse("s.yaml", TWO_LAMPS.replace("name: t", "name: квадраты")).name());
    }

    @Test
    void runsTooLargeForMemoryAreRefusedBeforeTheyStart() {
        String many = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml",
                TWO_LAMPS.replace("examplesPerClass: 10", "examplesPerClass: 100000").replace("maxPasses: 5", "maxPasses: 100000")))
                .getMessage();
        assertTrue(many.contains("training.maxPasses") && many.contains("presentations"), many);
    }

    /** A manifest written by a run reads back whole; it refuses any stream seed changed to any other value. */
    @Test
    void aManifestAgreesWithItselfOrIsRefused(@TempDir Path dir) throws Exception {
        Scenario s = twoLamps();
        Manifest written = RunWriter.manifest(s, null, null, false);
        Path f = dir.resolve("manifest.json");
        Files.writeString(f, Json.write(written));
        assertEquals(written, Manifest.read(f));

        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(6L);
        List<String> names = List.copyOf(written.streams().keySet());
        for (int i = 0; i < 30; i++) {
            ObjectNode tree = YamlDocument.JSON.valueToTree(written);
            String stream = names.get(rng.nextInt(names.size()));
            long other = rng.nextLong();
            assertNotEquals(written.streams().get(stream), other);
            ((ObjectNode) tree.get("streams")).put(stream, other);
            Files.writeString(f, tree.toString());
            String e = assertThrows(InputError.class, () -> Manifest.read(f)).getMessage();
            assertTrue(e.contains("streams." + stream + ": " + other + " is not the seed"), e);
        }
        ObjectNode tree = YamlDocument.JSON.valueToTree(written);
        tree.put("version", ProjectVersion.get() + "-other");
        Files.writeString(f, tree.toString());
        assertTrue(assertThrows(InputError.class, () -> Manifest.read(f)).getMessage()
                .contains("written by mark1 " + ProjectVersion.get() + "-other; this is mark1 " + ProjectVersion.get()));
        tree = YamlDocument.JSON.valueToTree(written);
        tree.remove("scenario");
        Files.writeString(f, tree.toString());
        assertTrue(assertThrows(InputError.class, () -> Manifest.read(f)).getMessage().contains("missing key 'scenario'"));
    }
}
