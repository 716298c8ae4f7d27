package dev.errorcatalog.processor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.read.ResourceResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of explanations, help links and successors (contract 5.2, 5.3): each diagnostic with its
 * full text and its line:column, run through the front end the build and the command line share.
 */
class ExplanationDiagnosticsTest {
    private static final Options REQUIRE = new Options(false, false, Optional.empty(), Optional.empty(), Set.of(), true, false);

    static List<String> check(Options options, Map<String, String> files, String... lines) {
        byte[] yaml = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        ResourceResolver resolver = path -> files.containsKey(path)
                ? new ResourceResolver.Found(Optional.of(files.get(path).getBytes(StandardCharsets.UTF_8)), List.of())
                : new ResourceResolver.Found(Optional.empty(), List.of(path));
        return FrontEnd.check("errors.yaml", yaml, options, resolver).diagnostics().stream().map(Diagnostic::render).toList();
    }

    static List<String> check(String... lines) {
        return check(Options.DEFAULTS, Map.of(), lines);
    }

    @Test
    void aHelpLinkMustBeAnAbsoluteWebUrl() {
        assertEquals(List.of(
                "errors.yaml:2:7: [help-url] 'help' must be an absolute http or https URL such as https://docs.acme.com/errors/{code} "
                        + "({code} and {name} are filled in), not 'docs/{code}': it has no scheme",
                "errors.yaml:7:11: [help-url] 'help' must be an absolute http or https URL such as https://docs.acme.com/errors/{code} "
                        + "({code} and {name} are filled in), not 'ftp://x.org/{code}': its scheme is 'ftp'",
                "errors.yaml:9:69: [help-url] 'help' must be an absolute http or https URL such as https://docs.acme.com/errors/{code} "
                        + "({code} and {name} are filled in), not 'https://x.org/{id}': Illegal character in path (at character 15)"),
                check("catalog: Api",
                        "help: docs/{code}",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    help: ftp://x.org/{code}",
                        "    codes:",
                        "      - {code: 304001, name: NO_SESSION, message: No session, help: \"https://x.org/{id}\"}"));
    }

    @Test
    void explanationLinksGoToTheWebOrToAnchorsOfThePage() {
        assertEquals(List.of(
                "errors.yaml:10:22: [explanation-link] the link 'javascript:alert(1)' in the 'en' explanation of code 304001 has the "
                        + "scheme 'javascript'; links must be absolute http or https URLs, or anchors of the catalog's page such as '#304001'",
                "errors.yaml:10:22: [explanation-link] the link 'guide.html' in the 'en' explanation of code 304001 is relative; links "
                        + "must be absolute http or https URLs, or anchors of the catalog's page such as '#304001'",
                "errors.yaml:10:22: [explanation-link] the link '#304003' in the 'en' explanation of code 304001 is no anchor of the "
                        + "page (did you mean '304001'?); links must be absolute http or https URLs, or anchors of the catalog's page "
                        + "such as '#304001'"),
                check("catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - code: 304001",
                        "        name: NO_SESSION",
                        "        message: No session",
                        "        explanation: \"[a](javascript:alert(1)) [b](guide.html) [c](#304003) [d](#304002) [e](#category-compliance)"
                                + " <https://ok.example.com>\"",
                        "      - {code: 304002, name: OTHER, message: Other}"));
    }

    @Test
    void replacedByNamesALiveCodeByItsName() {
        assertEquals(List.of(
                "errors.yaml:4:33: [replaced-by] 'replaced-by: GONE' of the reserved entry 304099 must name a live code of this "
                        + "catalog, but GONE is retired (reserved 304098)",
                "errors.yaml:11:93: [replaced-by] 'replaced-by: NEW_SESION' of code 304001 must name a live code of this catalog, "
                        + "but no code is named NEW_SESION (did you mean 'NEW_SESSION'?)",
                "errors.yaml:12:80: [replaced-by] 'replaced-by: OLD_NAME' of code 304002 must name a live code of this catalog, "
                        + "but OLD_NAME is an older name of code 304003; write its name NEW_SESSION",
                "errors.yaml:13:74: [replaced-by] 'replaced-by: NEW_SESSION' of code 304004 must name a live code of this catalog, "
                        + "but code 304003 (NEW_SESSION) is deprecated too",
                "errors.yaml:14:76: [replaced-by] 'replaced-by: SELF' of code 304005 must name a live code of this catalog, "
                        + "but that is the code itself"),
                check("catalog: Api",
                        "reserved:",
                        "  - {code: 304098, name: GONE}",
                        "  - {code: 304099, replaced-by: GONE}",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304003, name: NEW_SESSION, message: New, aliases: [OLD_NAME], deprecated: true}",
                        "      - {code: 304001, name: SESSION, message: Old, deprecated: {since: '2.3', replaced-by: NEW_SESION}}",
                        "      - {code: 304002, name: SESSION2, message: Old, deprecated: {replaced-by: OLD_NAME}}",
                        "      - {code: 304004, name: S4, message: Old, deprecated: {replaced-by: NEW_SESSION}}",
                        "      - {code: 304005, name: SELF, message: Old, deprecated: {replaced-by: SELF}}"));
    }

    @Test
    void aDeprecationMappingTakesOnlyItsKeys() {
        assertEquals(List.of("errors.yaml:7:66: [unknown-key] unknown key 'replaced_by' in the deprecation of code 304001 "
                        + "(did you mean 'replaced-by'?)"),
                check("catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304001, name: SESSION, message: Old, deprecated: {replaced_by: NEW}}"));
    }

    @Test
    void requireExplanationsReportsEveryCodeWithoutOne() {
        String[] catalog = {"catalog: Api",
                "categories:",
                "  - id: compliance",
                "    title: Compliance",
                "    range: 304xxx",
                "    codes:",
                "      - {code: 304001, name: EXPLAINED, message: A, explanation: Why and what to do.}",
                "      - {code: 304002, name: UNEXPLAINED, message: B}"};
        assertEquals(List.of(), check(catalog));
        assertEquals(List.of("errors.yaml:8:9: [missing-explanation] code 304002 (UNEXPLAINED) has no explanation; add "
                        + "'explanation:' with why it happens and what a caller should do (-Aerrorcatalog.requireExplanations is on)"),
                check(REQUIRE, Map.of(), catalog));
    }

    @Test
    void explanationsInTranslationFilesFollowEveryTextRule() {
        String[] catalog = {"catalog: Api",
                "locales: [en, de]",
                "translations: {de: errors_de.properties}",
                "categories:",
                "  - id: compliance",
                "    title: Compliance",
                "    range: 304xxx",
                "    codes:",
                "      - {code: 304001, name: EXPLAINED, message: A, explanation: {en: Why., de: Warum.}}",
                "      - {code: 304002, name: UNEXPLAINED, message: B}",
                "      - {code: 304003, name: EMPTY, message: C, explanation: Why.}",
                "      - {code: 304004, name: FINE, message: D, explanation: Why.}"};
        String file = String.join("\n",
                "EXPLAINED.explanation = Doppelt",
                "UNEXPLAINED.explanation = Nur Deutsch",
                "EMPTY.explanation =",
                "FINE.explanation = Gut",
                "FINE.explanaton = Tippfehler",
                "");
        assertEquals(List.of(
                "errors_de.properties:1:25: [translated-twice] the 'de' text of the explanation of code 304001 is given both here "
                        + "and in the catalog (errors.yaml:9:81); keep one",
                "errors_de.properties:2:27: [missing-default-locale] the explanation of code 304002 has no text for the default "
                        + "locale 'en'",
                "errors_de.properties:3:20: [empty-text] the 'de' text of the explanation of code 304003 must not be empty",
                "errors_de.properties:5:1: [unknown-key] unknown key 'FINE.explanaton' in errors_de.properties: keys are the "
                        + "catalog's code names and category ids (did you mean 'FINE.explanation'?)"),
                check(Options.DEFAULTS, Map.of("errors_de.properties", file), catalog));
    }

    @Test
    void retiringACodeTheBaselineDidNotDeprecateIsAWarning() throws java.io.IOException {
        java.nio.file.Path baseline = java.nio.file.Files.createTempDirectory("baseline").resolve("Api.yaml");
        java.nio.file.Files.writeString(baseline, String.join("\n", "catalog: Api",
                "categories:",
                "  - id: compliance",
                "    title: Compliance",
                "    range: 304xxx",
                "    codes:",
                "      - {code: 304001, name: WARNED, message: A, deprecated: {since: '2.3', replaced-by: NEW}}",
                "      - {code: 304002, name: UNWARNED, message: B}",
                "      - {code: 304003, name: NEW, message: C}",
                ""));
        Options options = new Options(false, false, Optional.empty(), Optional.of(baseline.toString()), Set.of(), false, false);
        assertEquals(List.of("errors.yaml:4:5: [retired-without-deprecation] code 304002 (UNWARNED) is retired here, but the "
                        + "baseline " + baseline + ":8:9 did not mark it deprecated; deprecate it in one release (deprecated: "
                        + "{since: ..., replaced-by: ...}) before retiring it, so its users are warned"),
                check(options, Map.of(), "catalog: Api",
                        "reserved:",
                        "  - {code: 304001, name: WARNED, replaced-by: NEW}",
                        "  - {code: 304002, name: UNWARNED, replaced-by: NEW}",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304003, name: NEW, message: C}"));
    }
}
