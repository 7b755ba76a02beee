package org.cordon.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way along the data flow: model <- ingest <- snapshot <- cli. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.cordon");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.cordon.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfCordon() {
        noClasses().that().resideInAPackage("org.cordon.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cordon.ingest..", "org.cordon.snapshot..",
                        "org.cordon.cli..", "org.cordon.lists..")
                .check(classes);
    }

    @Test
    void importersKnowNothingOfSnapshotsOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.cordon.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cordon.snapshot..", "org.cordon.cli..")
                .check(classes);
    }

    @Test
    void importersOfOnePublisherDoNotUseAnother() {
        slices().matching("org.cordon.ingest.(*)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                        "org.cordon.ingest.registry"), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void snapshotsKnowNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("org.cordon.snapshot..")
                .should().dependOnClassesThat().resideInAPackage("org.cordon.cli..")
                .check(classes);
    }

    @Test
    void decisionsWorkOnPartiesNotOnFilesOrStores() {
        noClasses().that().resideInAPackage("org.cordon.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cordon.ingest..", "org.cordon.snapshot..",
                        "org.cordon.cli..", "org.cordon.lists..")
                .check(classes);
    }

    @Test
    void programDataAndTransactionsKnowNothingOfResolutionOrEvaluation() {
        noClasses().that().resideInAnyPackage("org.cordon.policy.program..", "org.cordon.policy.transaction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cordon.policy.resolve..",
                        "org.cordon.policy.evaluate..", "org.cordon.policy.decision..", "org.cordon.match..")
                .check(classes);
    }
}
