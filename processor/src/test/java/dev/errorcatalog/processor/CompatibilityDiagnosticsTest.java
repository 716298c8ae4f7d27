package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codes are public API: against a baseline (the last release, as a catalog YAML or its JSON
 * descriptor) the build fails on every breaking change, warns on a changed status or title, and
 * accepts additions. Each diagnostic names the code's line now and what it was before.
 */
class CompatibilityDiagnosticsTest {
    static final String BASELINE = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, zh-CN]",
            "reserved: [304050]",
            "categories:",
            "  - id: compliance",
            "    title: {en: Compliance Errors, zh-CN: 合规错误}",
            "    range: 304xxx",
            "    codes:",
            "      - {code: 304001, name: NO_SESSION_FOUND, message: 'No session {id}', http: 404}",
            "      - {code: 304002, name: SESSION_EXPIRED, message: Session expired}",
            "      - {code: 304003, name: SESSION_LOCKED, message: 'Session {id} locked by {user}'}",
            // deprecated first, so retiring it in the current version is no [retired-without-deprecation]
            "      - {code: 304004, name: MOVES_LATER, message: Moves later, deprecated: Retired in the next release}",
            "  - id: ach",
            "    title: ACH Errors",
            "    range: 3049xx",
            "    codes:",
            "      - {code: 304900, name: ACH_PRE_CHECKS, message: Ach pre checks}",
            "      - {code: 304990, name: ACH_LATE, message: Ach late}");

    private static Compilation compile(String current, Path baseline) {
        return CatalogCompiler.compile(current.getBytes(StandardCharsets.UTF_8), List.of("-Aerrorcatalog.baseline=" + baseline));
    }

    private static Path write(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("baseline");
            Path file = dir.resolve(name);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSameCatalogAndAdditionsAreCompatible() {
        String grown = BASELINE.replace("locales: [en, zh-CN]", "locales: [en, zh-CN, de]")
                + CatalogCompiler.lines(
                        "      - {code: 304901, name: ACH_NEW, message: New}",
                        "  - id: kyc",
                        "    title: KYC Errors",
                        "    range: 303xxx",
                        "    codes:",
                        "      - {code: 303001, name: KYC_NEW, message: New}");
        Path baseline = write("baseline.yaml", BASELINE);
        assertThat(compile(BASELINE, baseline)).succeededWithoutWarnings();
        assertThat(compile(grown, baseline)).succeededWithoutWarnings();
    }

    @Test
    void everyBreakingChangeFailsTheBuildAtItsLine() {
        String current = CatalogCompiler.lines(
                "catalog: Api",
                "locales: [en, zh-CN]",
                "reserved: [304004]",
                "categories:",
                "  - id: compliance",
                "    title: {en: Compliance Errors, zh-CN: 合规错误}",
                "    range: 304xxx",
                "    codes:",
                "      - {code: 304001, name: SESSION_NOT_FOUND, message: 'No session {id}', http: 404}",
                "      - {code: 304003, name: SESSION_LOCKED, message: 'Session {user} locked: {id}'}",
                "      - {code: 304050, name: BACK_AGAIN, message: Back again}",
                "  - id: ach",
                "    title: ACH Errors",
                "    range: 30490x",
                "    codes:",
                "      - {code: 304900, name: ACH_PRE_CHECKS, message: Ach pre checks}",
                "  - id: late",
                "    title: Late",
                "    range: 30499x",
                "    codes:",
                "      - {code: 304990, name: ACH_LATE, message: Ach late}");
        Path baseline = write("baseline.yaml", BASELINE);
        assertErrors(compile(current, baseline),
                "errors.yaml:5:5: [removed-code] code 304002 (SESSION_EXPIRED) of category 'compliance' was published "
                        + "(baseline " + baseline + ":10:9) and is gone; add it to 'reserved' to retire it",
                "errors.yaml:9:30: [renamed-code] code 304001 was named NO_SESSION_FOUND and is now SESSION_NOT_FOUND "
                        + "(baseline " + baseline + ":9:30); clients switch on names, keep the old one",
                "errors.yaml:10:9: [changed-placeholders] the placeholders of code 304003 were {id}, {user} and are now "
                        + "{user}, {id} (baseline " + baseline + ":11:9); callers pass arguments in that order",
                "errors.yaml:11:16: [reused-code] code 304050 was retired (listed in 'reserved') in the baseline: "
                        + "a retired code never comes back with another meaning",
                "errors.yaml:14:12: [range-shrunk] the range of category 'ach' was 3049xx and is now 30490x: "
                        + "published code(s) 304990 fall out of it",
                "errors.yaml:21:16: [moved-code] code 304990 was in category 'ach' and is now in 'late' "
                        + "(baseline " + baseline + ":18:16); a published code keeps its category");
    }

    @Test
    void typingAPlaceholderChangesTheFactory() {
        String current = BASELINE.replace("'No session {id}'", "'No session {id:long}'");
        Path baseline = write("baseline.yaml", BASELINE);
        assertErrors(compile(current, baseline),
                "errors.yaml:9:9: [changed-placeholders] the placeholders of code 304001 were {id} and are now {id:long} "
                        + "(baseline " + baseline + ":9:9); callers pass arguments in that order");
    }

    @Test
    void pluralAndSelectVariablesArePlaceholders() {
        String plural = BASELINE.replace("'Session {id} locked by {user}'",
                "'Session {id} locked by {user, select, admin {an admin} other {a user}} {n, plural, one {# time} other {# times}}'");
        Path baseline = write("baseline.yaml", plural);
        assertThat(compile(plural.replace("{# times}", "{# Mal}"), baseline)).succeededWithoutWarnings();
        assertErrors(compile(BASELINE, baseline),
                "errors.yaml:11:9: [changed-placeholders] the placeholders of code 304003 were {id}, {user:string}, {n:int} and are now"
                        + " {id}, {user} (baseline " + baseline + ":11:9); callers pass arguments in that order");
    }

    @Test
    void statusAndTitleChangesAreWarnings() {
        String current = BASELINE.replace("http: 404}", "http: 410}").replace("zh-CN: 合规错误", "zh-CN: 合规");
        Compilation compilation = CatalogCompiler.compile(current.getBytes(StandardCharsets.UTF_8),
                List.of("-Aerrorcatalog.baseline=" + write("baseline.yaml", BASELINE)));
        assertThat(compilation).failed(); // -Werror turns the warnings into a failure
        assertThat(compilation).hadWarningContaining(
                "errors.yaml:6:43: [changed-title] the 'zh-CN' title of category 'compliance' was '合规错误' and is now '合规'");
        assertThat(compilation).hadWarningContaining(
                "errors.yaml:9:9: [changed-http] the HTTP status of code 304001 was 404 and is now 410");
        assertThat(compilation).hadWarningCount(2);
    }

    @Test
    void theBaselineMayBeTheJsonDescriptor() throws IOException {
        Compilation release = CatalogCompiler.compile(BASELINE);
        assertThat(release).succeededWithoutWarnings();
        String json;
        try (var in = release.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/error-catalog/Api.json")
                .orElseThrow().openInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String current = BASELINE.replace("      - {code: 304002, name: SESSION_EXPIRED, message: Session expired}\n", "");
        Path baseline = write("Api.json", json);
        Compilation compilation = compile(current, baseline);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("errors.yaml:5:5: [removed-code] code 304002 (SESSION_EXPIRED) of "
                + "category 'compliance' was published (baseline " + baseline + ":");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aBrokenOrMissingBaselineIsAnError() {
        Path old = write("old.yaml", "catalog: api\ncategories: []\n");
        assertErrors(compile(BASELINE, old), old + ": [baseline-invalid] cannot compare with baseline '" + old + "': "
                + old + ":1:10: [catalog-name] catalog name 'api' must be PascalCase");
        Compilation missing = CatalogCompiler.compile(BASELINE.getBytes(StandardCharsets.UTF_8),
                List.of("-Aerrorcatalog.baseline=/nonexistent/baseline.json"));
        assertErrors(missing, "/nonexistent/baseline.json: [baseline-invalid] cannot compare with baseline "
                + "'/nonexistent/baseline.json': cannot read it: java.nio.file.NoSuchFileException");
        assertEquals(1, missing.errors().size());
    }
}
