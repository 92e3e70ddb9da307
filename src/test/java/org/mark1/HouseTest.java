package org.mark1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house stays one room per role: no package of {@code src/main} holds more than 40 files or
 * 3,000 lines of its own (sub-packages count apart), every package says what belongs in it, and
 * one concept has one name (no two classes, nested ones included, share a simple name).
 */
class HouseTest {

    private static final Path MAIN = Path.of("src/main/java/org/mark1");

    @Test
    void noRoomIsAWarehouse() throws IOException {
        Map<Path, List<Path>> byFolder = javaFiles().collect(Collectors.groupingBy(Path::getParent, TreeMap::new,
                Collectors.toList()));
        assertTrue(byFolder.size() >= 10, "the packages were not found: " + byFolder.keySet());
        for (Map.Entry<Path, List<Path>> e : byFolder.entrySet()) {
            long lines = 0;
            for (Path f : e.getValue()) {
                lines += Files.readAllLines(f).size();
            }
            assertTrue(e.getValue().size() <= 40, e.getKey() + " holds " + e.getValue().size() + " files: split it");
            assertTrue(lines <= 3000, e.getKey() + " holds " + lines + " lines: split it");
        }
    }

    @Test
    void everyPackageSaysWhatBelongsInIt() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = javaFiles()) {
            folders = s.map(Path::getParent).distinct().toList();
        }
        for (Path folder : folders) {
            Path info = folder.resolve("package-info.java");
            assertTrue(Files.isRegularFile(info), folder + " has no package-info.java");
            String text = Files.readString(info);
            assertTrue(text.contains("/**") && text.length() > 120, info + " says too little of what belongs there");
        }
    }

    @Test
    void oneConceptOneName() {
        Map<String, List<String>> byName = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mark1").stream()
                .filter(c -> !c.isAnonymousClass() && !c.getSimpleName().isEmpty() && !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        Map<String, List<String>> shared = new TreeMap<>();
        byName.forEach((n, cs) -> {
            if (cs.size() > 1) {
                shared.put(n, cs);
            }
        });
        assertEquals(Map.of(), shared, "classes sharing a simple name");
    }

    private static Stream<Path> javaFiles() throws IOException {
        return Files.walk(MAIN).filter(p -> p.toString().endsWith(".java"));
    }
}
