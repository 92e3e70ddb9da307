package org.mark1;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point down: cli and exhibit, then experiment, then training and learning, machine, event. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mark1");

    @Test
    void theModelKnowsNothingOfItsViewsOrItsExperiments() {
        noClasses().that().resideInAnyPackage("org.mark1.machine..", "org.mark1.event..", "org.mark1.learning..",
                        "org.mark1.training..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.experiment..", "org.mark1.cli..",
                        "org.mark1.exhibit..", "processing..", "java.awt..", "javax.swing..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void theMachineDoesNotKnowHowItIsTrained() {
        noClasses().that().resideInAnyPackage("org.mark1.machine..", "org.mark1.event..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.learning..", "org.mark1.training..",
                        "org.mark1.stimulus..")
                .check(CLASSES);
    }

    @Test
    void theCardsKnowNothingOfTheMachineThatSeesThem() {
        noClasses().that().resideInAnyPackage("org.mark1.stimulus..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.machine..", "org.mark1.event..",
                        "org.mark1.learning..", "org.mark1.training..", "org.mark1.experiment..", "org.mark1.cli..",
                        "org.mark1.exhibit..", "org.mark1.mcp..")
                .check(CLASSES);
    }

    @Test
    void onlyTheExhibitDrawsWithProcessing() {
        noClasses().that().resideOutsideOfPackage("org.mark1.exhibit..")
                .should().dependOnClassesThat().resideInAnyPackage("processing..")
                .check(CLASSES);
    }

    @Test
    void nothingButTheCommandLineUsesTheExhibit() {
        noClasses().that().resideOutsideOfPackages("org.mark1.exhibit..", "org.mark1.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.exhibit..")
                .check(CLASSES);
    }

    @Test
    void theExhibitHoldsNoMachineOnlyItsSnapshotsAndEvents() {
        // The exhibit advances experiment.Demonstration and paints snapshots and events: it never
        // reaches the machine's parts, the learning rules or the timed session itself (the machine's
        // configuration, a plain record of numbers, it may read).
        noClasses().that().resideInAPackage("org.mark1.exhibit..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.mark1.machine..", "org.mark1.learning..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(org.mark1.machine.MachineConfig.class))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.mark1.training.Session")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.mark1.training.Trainer")
                .check(CLASSES);
    }

    @Test
    void theSoundHearsOnlyEventsAndOnlyItPlays() {
        // exhibit.sound makes the machine's sound from cues of events: no drawing, no experiment;
        // and it alone uses javax.sound
        noClasses().that().resideInAPackage("org.mark1.exhibit.sound..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.experiment..", "org.mark1.training..",
                        "org.mark1.machine..", "org.mark1.learning..", "org.mark1.cli..", "processing..", "java.awt..")
                .orShould().dependOnClassesThat().resideInAPackage("org.mark1.exhibit")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.mark1.exhibit.sound..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sound..")
                .check(CLASSES);
    }

    @Test
    void noModelCodeUsesUnseededRandomness() {
        noClasses().should().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callMethod(processing.core.PApplet.class, "random", float.class)
                .orShould().callMethod(processing.core.PApplet.class, "random", float.class, float.class)
                .check(CLASSES);
    }
}
