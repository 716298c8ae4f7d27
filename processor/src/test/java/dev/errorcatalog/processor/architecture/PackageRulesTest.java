package dev.errorcatalog.processor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as the packages show it, kept so: positions and diagnostics at the bottom; the YAML
 * and properties readers on them; reading into the model; rules that take only the model;
 * generators and writers from the model; the integrations on the generators; the front end and the
 * two entry points (processor, command line) on top. A dependency against the arrows fails here.
 */
class PackageRulesTest {
    private static final String ROOT = "dev.errorcatalog.processor";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.errorcatalog");
    }

    /** Our own packages a stage may use, besides the JDK and the libraries it is allowed. */
    private static void only(String stage, String... ours) {
        List<String> allowed = new ArrayList<>(List.of("java..", "javax.annotation..", ROOT + "." + stage + ".."));
        for (String package_ : ours) {
            allowed.add(ROOT + "." + package_ + "..");
        }
        allowed.addAll(List.of("org.snakeyaml..", "com.palantir.javapoet..", "javax.lang.model..", "javax.tools.."));
        List<String> forbidden = new ArrayList<>();
        for (String other : List.of("diag", "yaml", "properties", "model", "read", "validate", "generate", "docs", "spring",
                "grpc", "frontend", "cli")) {
            if (!other.equals(stage) && !List.of(ours).contains(other)) {
                forbidden.add(ROOT + "." + other + "..");
            }
        }
        noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".ErrorCatalogProcessor")
                .because(stage + "/ may use only " + List.of(ours))
                .check(classes);
    }

    @Test
    void diagnosticsAndPositionsAreTheBottom() {
        only("diag");
    }

    @Test
    void readersStandOnDiagnosticsOnly() {
        only("yaml", "diag");
        only("properties", "diag", "yaml");
    }

    @Test
    void theModelKnowsNoCompilerAndNoJavaPoet() {
        only("model", "diag");
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.lang.model..", "javax.annotation.processing..",
                        "com.palantir.javapoet..", "org.snakeyaml..")
                .check(classes);
    }

    @Test
    void readingTurnsTreesIntoTheModel() {
        only("read", "diag", "yaml", "properties", "model");
    }

    @Test
    void rulesTakeOnlyTheModel() {
        only("validate", "diag", "model");
        noClasses().that().resideInAPackage(ROOT + ".validate..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.lang.model..", "javax.annotation.processing..",
                        "com.palantir.javapoet..", "org.snakeyaml..")
                .check(classes);
    }

    @Test
    void generatorsAndWritersWorkFromTheModel() {
        only("generate", "diag", "model");
        only("docs", "diag", "model");
        noClasses().that().resideInAPackage(ROOT + ".docs..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.lang.model..", "javax.annotation.processing..",
                        "com.palantir.javapoet..")
                .check(classes);
    }

    @Test
    void integrationsHaveTheirOwnPackages() {
        only("spring", "diag", "model", "generate", "frontend");
        only("grpc", "diag", "model", "generate", "frontend");
        classes().that().haveSimpleNameContaining("Spring").and().resideOutsideOfPackage("..test..")
                .should().resideInAPackage(ROOT + ".spring..")
                .check(classes);
    }

    @Test
    void theFrontEndIsSharedByBothEntryPoints() {
        only("frontend", "diag", "yaml", "properties", "model", "read", "validate", "docs");
        only("cli", "diag", "model", "read", "frontend", "docs");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
