package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Teams' catalogs stay apart (imports), and the person editing gets help: the next free code in
 * duplicate and out-of-range errors, and a warning when a category is more than 90% full.
 */
class ImportAndCapacityDiagnosticsTest {
    static final String UPSTREAM = CatalogCompiler.lines(
            "catalog: Api",
            "categories:",
            "  - id: compliance",
            "    title: Compliance Errors",
            "    range: 304xxx",
            "    codes:",
            "      - {code: 304001, name: NO_SESSION_FOUND, message: No session}");

    /** Compiles {@code yaml} as errors.yaml with {@code upstream.yaml} beside it. */
    private static Compilation compileWithUpstream(String yaml, String upstream) throws IOException {
        Path dir = CatalogCompiler.writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("upstream.yaml"), upstream);
        return DiagnosticAssertions.compileSources(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir),
                CatalogCompiler.packageInfo("errors.yaml"));
    }

    private static String service(String range, String code) {
        return CatalogCompiler.lines(
                "catalog: Service",
                "imports: [upstream.yaml]",
                "categories:",
                "  - id: orders",
                "    title: Order Errors",
                "    range: " + range,
                "    codes:",
                "      - {code: " + code + ", name: SERVICE_DOWN, message: Service down}");
    }

    @Test
    void aCatalogWithItsOwnRangesImportsAnother() throws IOException {
        assertThat(compileWithUpstream(service("7xxxxx", "700001"), UPSTREAM)).succeededWithoutWarnings();
    }

    @Test
    void rangesMustNotTouchAnImportedCatalogsRanges() throws IOException {
        assertErrors(compileWithUpstream(service("3049xx", "304901"), UPSTREAM),
                "errors.yaml:6:12: [import-overlap] range 3049xx of category 'orders' overlaps range 304xxx of category "
                        + "'compliance' in imported catalog Api (upstream.yaml:5:12); each team keeps its own ranges");
    }

    @Test
    void codesMustNotRepeatAnImportedCode() throws IOException {
        assertErrors(compileWithUpstream(service("30xxxx", "304001"), UPSTREAM),
                "errors.yaml:6:12: [import-overlap] range 30xxxx of category 'orders' overlaps range 304xxx",
                "errors.yaml:8:16: [import-duplicate-code] code 304001 is already NO_SESSION_FOUND in imported catalog Api "
                        + "(upstream.yaml:7:16)");
    }

    @Test
    void aMissingOrBrokenImportIsAnError() throws IOException {
        Compilation missing = compileWithUpstream(service("7xxxxx", "700001").replace("upstream.yaml", "gone.yaml"), UPSTREAM);
        assertErrors(missing, "errors.yaml:2:11: [import-not-found] cannot find imported catalog 'gone.yaml'; searched: ");
        assertThat(missing).hadErrorContaining("gone.yaml (-Aerrorcatalog.dir), CLASS_OUTPUT, SOURCE_PATH, CLASS_PATH");
        assertErrors(compileWithUpstream(service("7xxxxx", "700001"), "catalog: Api\n"),
                "errors.yaml:2:11: [import-invalid] imported catalog 'upstream.yaml' is not valid: "
                        + "upstream.yaml:1:1: [missing-key] the catalog needs 'categories'");
    }

    @Test
    void duplicatesAndStrayCodesSuggestTheNextFreeCode() {
        assertErrors(DiagnosticAssertions.compile(
                        "catalog: Api",
                        "reserved: [304101]",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance Errors",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304100, name: A, message: a}",
                        "      - {code: 304100, name: B, message: b}",
                        "      - {code: 305001, name: C, message: c}",
                        "  - id: ach",
                        "    title: ACH Errors",
                        "    range: 3040xx",
                        "    codes:",
                        "      - {code: 304000, name: D, message: d}"),
                "errors.yaml:9:16: [duplicate-code] code 304100 is declared twice: here as B and at line 8 as A; "
                        + "next free code in 'compliance' (304xxx): 304102",
                "errors.yaml:10:16: [code-out-of-range] code 305001 lies outside the range 304xxx of its category "
                        + "'compliance'; no category's range holds it; next free code in 'compliance' (304xxx): 304102");
    }

    @Test
    void aNearlyFullCategoryIsAWarning() {
        StringBuilder yaml = new StringBuilder(CatalogCompiler.lines(
                "catalog: Api",
                "reserved: [304998, 304999]",
                "categories:",
                "  - id: ach",
                "    title: ACH Errors",
                "    range: 3049xx",
                "    codes:"));
        for (int i = 0; i < 89; i++) {
            yaml.append("      - {code: ").append(304900 + i).append(", name: E").append(i).append(", message: m}\n");
        }
        Compilation compilation = CatalogCompiler.compile(yaml.toString());
        assertThat(compilation).hadWarningContaining("errors.yaml:6:12: [category-almost-full] category 'ach' (3049xx) is 91% "
                + "full: 91 of its 100 own codes are declared or reserved; plan a new range");
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadErrorCount(1); // -Werror
        assertThat(CatalogCompiler.compile(yaml.toString().replace("reserved: [304998, 304999]", "reserved: [304999]")))
                .succeededWithoutWarnings();
    }
}
