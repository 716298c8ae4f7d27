package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The baseline rules of version 2: a rename that keeps the old name as an alias is compatible,
 * dropping a published name or alias is not, a frozen category takes no new code, and a changed
 * field value is worth a warning.
 */
class VersionTwoCompatibilityTest {
    static final String BASELINE = CatalogCompiler.lines(
            "catalog: Api",
            "fields:",
            "  retryable: {type: boolean, default: false}",
            "  owner: {type: string}",
            "categories:",
            "  - id: legacy",
            "    title: Legacy",
            "    range: 1xxxxx",
            "    frozen: true",
            "    codes:",
            "      - {code: 100001, name: OLD_NAME, message: A, aliases: [OLDER_NAME], owner: ann}",
            "      - {code: 100002, name: KEPT, message: B, aliases: [KEPT_ALIAS]}",
            "      - {code: 100003, name: C, message: C, retryable: true}",
            "  - id: open",
            "    title: Open",
            "    range: 2xxxxx");

    private static Compilation compile(String current, Path baseline) {
        return CatalogCompiler.compile(current.getBytes(StandardCharsets.UTF_8), List.of("-Aerrorcatalog.baseline=" + baseline));
    }

    private static Path baseline() throws IOException {
        Path file = Files.createTempDirectory("baseline").resolve("baseline.yaml");
        Files.writeString(file, BASELINE);
        return file;
    }

    @Test
    void aRenameKeepingTheOldNameAsAnAliasIsCompatible() throws IOException {
        String current = BASELINE
                .replace("name: OLD_NAME, message: A, aliases: [OLDER_NAME]", "name: NEW_NAME, message: A, aliases: [OLD_NAME, OLDER_NAME]")
                + CatalogCompiler.lines("    codes:", "      - {code: 200001, name: NEW_IN_OPEN, message: New}");
        assertThat(compile(current, baseline())).succeededWithoutWarnings();
    }

    @Test
    void droppingAPublishedAliasOrAddingToAFrozenCategoryIsAnError() throws IOException {
        Path baseline = baseline();
        String current = BASELINE
                .replace("name: OLD_NAME, message: A, aliases: [OLDER_NAME]", "name: NEW_NAME, message: A, aliases: [OLD_NAME]")
                .replace("name: KEPT, message: B, aliases: [KEPT_ALIAS]}", "name: KEPT, message: B}\n"
                        + "      - {code: 100004, name: D, message: D}");
        Compilation compilation = compile(current, baseline);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("errors.yaml:11:30: [renamed-code] code 100001 was named OLDER_NAME and is "
                + "now NEW_NAME (baseline " + baseline + ":11:30); clients switch on names, keep the old one (it was an alias)");
        assertThat(compilation).hadErrorContaining("errors.yaml:12:30: [renamed-code] code 100002 was named KEPT_ALIAS and is "
                + "now KEPT (baseline " + baseline + ":12:30); clients switch on names, keep the old one (it was an alias)");
        assertThat(compilation).hadErrorContaining("errors.yaml:13:16: [frozen-category] code 100004 is new in category "
                + "'legacy', which is frozen (baseline " + baseline + ":6:5); a frozen category takes no new codes");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void aRenameWithoutAliasNamesTheAliasesKey() throws IOException {
        Path baseline = baseline();
        Compilation compilation = compile(BASELINE.replace("name: OLD_NAME,", "name: NEW_NAME,"), baseline);
        assertThat(compilation).hadErrorContaining("errors.yaml:11:30: [renamed-code] code 100001 was named OLD_NAME and is "
                + "now NEW_NAME (baseline " + baseline + ":11:30); clients switch on names, keep the old one in 'aliases'");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aChangedFieldValueIsAWarning() throws IOException {
        Path baseline = baseline();
        String current = BASELINE.replace(", owner: ann}", ", owner: bob}").replace(", retryable: true}", "}");
        Compilation compilation = compile(current, baseline);
        assertThat(compilation).failed(); // -Werror
        assertThat(compilation).hadWarningContaining("errors.yaml:11:82: [changed-field] the field 'owner' of code 100001 "
                + "was 'ann' and is now 'bob' (baseline " + baseline + ":11:82)");
        assertThat(compilation).hadWarningContaining("errors.yaml:3:14: [changed-field] the field 'retryable' of code 100003 "
                + "was 'true' and is now 'false' (baseline " + baseline + ":13:56)");
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aFrozenCategoryGivesNoFillWarning() {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            codes.append("      - {code: 10000").append(i).append(", name: C").append(i).append(", message: C}\n");
        }
        String almostFull = CatalogCompiler.lines("catalog: Api", "categories:", "  - id: legacy", "    title: Legacy",
                "    range: 10000x", "    frozen: true", "    codes:") + codes;
        assertThat(CatalogCompiler.compile(almostFull)).succeededWithoutWarnings();
        assertThat(CatalogCompiler.compile(almostFull.replace("    frozen: true\n", "")))
                .hadWarningContaining("[category-almost-full] category 'legacy' (10000x) is 100% full");
    }
}
