package org.mark1;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point down, one room per role:
 *
 * <pre>
 * cli
 * exhibit, bench                 (side by side)
 * compare
 * report
 * experiment
 * scenario
 * training
 * learning
 * machine, event, stimulus, mcp  (side by side)
 * io
 * </pre>
 *
 * No package imports one above it, and none below cli imports cli.
 */
class ArchitectureTest {

    /** Top to bottom; packages in one row may not import each other either, except as said below. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("cli"),
            List.of("exhibit", "bench"),
            List.of("compare"),
            List.of("report"),
            List.of("experiment"),
            List.of("scenario"),
            List.of("training"),
            List.of("learning"),
            List.of("machine", "event", "stimulus", "mcp"),
            List.of("io"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mark1");

    @Test
    void noArrowRunsBackUp() {
        for (int i = 1; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(0, i).stream().flatMap(List::stream).map(p -> "org.mark1." + p + "..")
                    .toArray(String[]::new);
            for (String p : LAYERS.get(i)) {
                noClasses().that().resideInAPackage("org.mark1." + p + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .because(p + " sits below " + String.join(", ", above)).check(CLASSES);
            }
        }
    }

    @Test
    void siblingsDoNotLeanOnEachOther() {
        noClasses().that().resideInAPackage("org.mark1.exhibit..").should().dependOnClassesThat()
                .resideInAPackage("org.mark1.bench..").check(CLASSES);
        noClasses().that().resideInAPackage("org.mark1.bench..").should().dependOnClassesThat()
                .resideInAPackage("org.mark1.exhibit..").check(CLASSES);
        // the machine, the cards and the 1943 nets are separate worlds (the clock and its events serve the machine)
        noClasses().that().resideInAnyPackage("org.mark1.machine..", "org.mark1.event..", "org.mark1.mcp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.stimulus..").check(CLASSES);
        noClasses().that().resideInAnyPackage("org.mark1.machine..", "org.mark1.event..", "org.mark1.stimulus..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.mcp..").check(CLASSES);
    }

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
        // The exhibit's views advance exhibit.demo.Demonstration and paint snapshots and events: they
        // never reach the machine's parts, the learning rules or the timed session itself (the
        // machine's configuration, a plain record of numbers, they may read).
        noClasses().that().resideInAPackage("org.mark1.exhibit")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.mark1.machine..", "org.mark1.learning..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(org.mark1.machine.MachineConfig.class))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.mark1.training.Session")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.mark1.training.Trainer")
                .check(CLASSES);
    }

    @Test
    void theDemonstrationDrawsNothing() {
        // exhibit.demo runs the machine for the exhibit; it neither draws nor sounds nor knows the views
        noClasses().that().resideInAPackage("org.mark1.exhibit.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("processing..", "java.awt..", "javax.swing..",
                        "javax.sound..", "org.mark1.exhibit", "org.mark1.exhibit.sound..")
                .check(CLASSES);
    }

    @Test
    void theSoundHearsOnlyEventsAndOnlyItPlays() {
        // exhibit.sound makes the machine's sound from cues of events: no drawing, no experiment;
        // and it alone uses javax.sound
        noClasses().that().resideInAPackage("org.mark1.exhibit.sound..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mark1.experiment..", "org.mark1.training..",
                        "org.mark1.machine..", "org.mark1.learning..", "org.mark1.cli..", "processing..", "java.awt..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.mark1.exhibit", "org.mark1.exhibit.demo..")
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
