package org.mark1.mcp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model of McCulloch–Pitts nets knows nothing of drawing or of the command line. */
class McpArchitectureTest {

    @Test
    void theModelDoesNotDependOnAwtPicocliOrTheCommandLine() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mark1.mcp");
        noClasses().that().resideInAPackage("org.mark1.mcp..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..",
                        "processing..", "picocli..", "org.mark1.cli..", "org.mark1.experiment..")
                .check(classes);
    }
}
