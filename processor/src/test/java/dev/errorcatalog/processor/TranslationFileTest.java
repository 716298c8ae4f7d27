package dev.errorcatalog.processor;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Locales kept in properties files: the texts they give the generated API, and every diagnostic pointing into them. */
class TranslationFileTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, de, de-AT, zh-CN, fr]",
            "translations: {de: errors_de.properties, zh-CN: i18n/errors_zh_CN.properties}",
            "categories:",
            "  - id: compliance",
            "    title: Compliance Errors",
            "    range: 304xxx",
            "    codes:",
            "      - {code: 304001, name: NO_SESSION_FOUND, message: 'No session {sessionId} found'}",
            "      - code: 304002",
            "        name: LIMIT_EXCEEDED",
            "        message: {en: 'Amount {amount:number} exceeds {limit:number}', fr: 'Le montant {amount} dépasse {limit}'}");

    static final String GERMAN = String.join("\n",
            "# German texts of the Api catalog",
            "NO_SESSION_FOUND = Keine Sitzung {sessionId} gefunden",
            "LIMIT_EXCEEDED: Betrag {amount} \\u00fcbersteigt \\",
            "    {limit}",
            "compliance=Compliance-Fehler",
            "");

    static final String CHINESE = "NO_SESSION_FOUND=没有会话 {sessionId}\ncompliance = 合规错误\n";

    static GeneratedClasses classes;
    static Compilation compilation;

    /** Calls every lookup a service makes per request, many times, and returns the bytes this thread allocated. */
    static final String PROBE = String.join("\n",
            "package com.acme.errors;",
            "public final class AllocationProbe {",
            "    private AllocationProbe() {}",
            "    public static long allocatedBytes(java.util.Locale locale, int calls) {",
            "        com.sun.management.ThreadMXBean threads =",
            "                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();",
            "        long length = 0;",
            "        for (int i = 0; i < calls; i++) {",
            "            length += ComplianceError.NO_SESSION_FOUND.message(locale).length() + ApiCategory.COMPLIANCE.title(locale).length();",
            "        }",
            "        long before = threads.getCurrentThreadAllocatedBytes();",
            "        for (int i = 0; i < calls; i++) {",
            "            length += ComplianceError.NO_SESSION_FOUND.message(locale).length() + ApiCategory.COMPLIANCE.title(locale).length();",
            "        }",
            "        long allocated = threads.getCurrentThreadAllocatedBytes() - before;",
            "        return length > 0 ? allocated : -1;",
            "    }",
            "}");

    @BeforeAll
    static void compile() {
        compilation = CatalogCompiler.compileWithFiles(CATALOG,
                Map.of("errors_de.properties", GERMAN, "i18n/errors_zh_CN.properties", CHINESE), List.of(),
                JavaFileObjects.forSourceString("com.acme.errors.AllocationProbe", PROBE));
        assertThat(compilation).succeededWithoutWarnings();
        classes = new GeneratedClasses(compilation);
    }

    private static Object error(String name) {
        return classes.constant("ComplianceError", name);
    }

    @Test
    void textsComeFromTheFiles() {
        assertEquals("Keine Sitzung {sessionId} gefunden", call(error("NO_SESSION_FOUND"), "message", Locale.GERMAN));
        assertEquals("Betrag {amount} übersteigt {limit}", call(error("LIMIT_EXCEEDED"), "message", Locale.GERMANY));
        assertEquals("没有会话 {sessionId}", call(error("NO_SESSION_FOUND"), "message", Locale.SIMPLIFIED_CHINESE));
        Object compliance = classes.constant("ApiCategory", "COMPLIANCE");
        assertEquals("Compliance-Fehler", call(compliance, "title", Locale.GERMAN));
        assertEquals("合规错误", call(compliance, "title", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Compliance Errors", call(compliance, "title"));
    }

    @Test
    void theDescriptorHoldsEveryTextInline() throws java.io.IOException {
        String json;
        try (var in = compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/error-catalog/Api.json")
                .orElseThrow().openInputStream()) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // a normalised catalog: importable and usable as a baseline without the properties files beside it
        assertTrue(json.contains("Keine Sitzung {sessionId} gefunden") && json.contains("\\u5408\\u89c4\\u9519\\u8bef"), json);
        assertTrue(!json.contains("\"translations\""), json);
        var reloaded = dev.errorcatalog.processor.frontend.FrontEnd.load("Api.json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), dev.errorcatalog.processor.frontend.Options.DEFAULTS);
        assertEquals(List.of(), reloaded.diagnostics());
    }

    @Test
    void fallbackGoesFromCountryToLanguageToDefault() {
        // de-AT is declared without texts: German. zh-TW: neither it nor 'zh' is declared (only zh-CN), so the
        // default, as ResourceBundle would do. fr lacks this text: English.
        assertEquals("Keine Sitzung {sessionId} gefunden", call(error("NO_SESSION_FOUND"), "message", Locale.forLanguageTag("de-AT")));
        assertEquals("No session {sessionId} found", call(error("NO_SESSION_FOUND"), "message", Locale.TRADITIONAL_CHINESE));
        assertEquals("No session {sessionId} found", call(error("NO_SESSION_FOUND"), "message", Locale.FRENCH));
        assertEquals("Le montant {amount} dépasse {limit}", call(error("LIMIT_EXCEEDED"), "message", Locale.CANADA_FRENCH));
        assertEquals("Amount {amount} exceeds {limit}", call(error("LIMIT_EXCEEDED"), "message", Locale.ROOT));
        assertEquals("Compliance Errors", call(classes.constant("ApiCategory", "COMPLIANCE"), "title", Locale.FRENCH));
    }

    @Test
    void exceptionsFormatTranslatedTexts() {
        RuntimeException e = (RuntimeException) classes.callStatic("ComplianceException", "limitExceeded",
                new BigDecimal("12500.00"), new BigDecimal("10000"));
        assertEquals("304002: Amount 12,500.00 exceeds 10,000", e.getMessage());
        assertEquals("Betrag 12.500,00 übersteigt 10.000", call(e, "message", Locale.GERMANY));
        assertEquals("Le montant 12\u202f500,00 dépasse 10\u202f000", call(e, "message", Locale.FRANCE));
    }

    @Test
    void lookupsAllocateNothingAfterALocalesFirstUse() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.forLanguageTag("de-AT"), Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            long allocated = (Long) classes.callStatic("AllocationProbe", "allocatedBytes", locale, 200_000);
            // the counter itself may cost a few bytes; one string per call would be megabytes
            assertTrue(allocated >= 0 && allocated < 4_096, locale + ": " + allocated + " bytes for 400,000 lookups");
        }
    }

    private static Compilation compile(String yaml, String german, String... options) {
        return CatalogCompiler.compileWithFiles(yaml, Map.of("errors_de.properties", german), List.of(options));
    }

    private static String catalog(String... codeLines) {
        return CatalogCompiler.lines(DiagnosticAssertions.concat(new String[] {
            "catalog: Api",
            "locales: [en, de]",
            "translations: {de: errors_de.properties}",
            "categories:",
            "  - id: compliance",
            "    title: Compliance Errors",
            "    range: 304xxx",
            "    codes:",
        }, codeLines));
    }

    private static final String ONE_CODE = catalog("      - {code: 304001, name: NO_SESSION_FOUND, message: 'No session {sessionId:string}'}");

    @Test
    void unknownKeyWithSuggestion() {
        assertErrors(compile(ONE_CODE, "compliance = Compliance-Fehler\n\n  NO_SESION_FOUND = Keine Sitzung {sessionId}\n"),
                "errors_de.properties:3:3: [unknown-key] unknown key 'NO_SESION_FOUND' in errors_de.properties: keys are the"
                        + " catalog's code names and category ids (did you mean 'NO_SESSION_FOUND'?)");
    }

    @Test
    void textRulesPointIntoTheFile() {
        assertErrors(compile(ONE_CODE, "NO_SESSION_FOUND = Keine Sitzung {sesionId}\ncompliance =\n"),
                "errors_de.properties:1:20: [placeholder-mismatch] the 'de' text of code 304001 has placeholders {sesionId},"
                        + " but the 'en' text has {sessionId}",
                "errors_de.properties:2:13: [empty-text] the 'de' text of the title of category 'compliance' must not be empty");
        assertErrors(compile(ONE_CODE, "compliance = C\nNO_SESSION_FOUND = Keine Sitzung {sessionId:int} {\n"),
                "errors_de.properties:2:20: [message-syntax] the '{' at character 31 is never closed in the 'de' message of"
                        + " code 304001; write '{name}' or '{name:type}' for a placeholder and '{{' or '}}' for a literal brace");
        assertErrors(compile(ONE_CODE, "compliance = C\nNO_SESSION_FOUND = Keine Sitzung {sessionId:int}\n"),
                "errors_de.properties:2:20: [placeholder-type] the type 'int' of placeholder {sessionId} in the 'de' text"
                        + " of code 304001; it is 'string' in the 'en' text (errors.yaml:9:57); write one type, or the same one everywhere");
    }

    @Test
    void continuationLinesAsPropertiesJoinThem() {
        // a separator on the continuation line, and a '#' line that continues a value rather than a comment
        Compilation joined = compile(ONE_CODE, "compliance = Compliance-\\\n  # Fehler\nNO_SESSION_FOUND \\\n    = Keine Sitzung {sessionId}\n");
        assertThat(joined).succeededWithoutWarnings();
        GeneratedClasses generated = new GeneratedClasses(joined);
        assertEquals("Keine Sitzung {sessionId}", call(generated.constant("ComplianceError", "NO_SESSION_FOUND"), "message", Locale.GERMAN));
        assertEquals("Compliance-# Fehler", call(generated.constant("ApiCategory", "COMPLIANCE"), "title", Locale.GERMAN));
        // a value starts after the separator on its continuation line; a key after continuations is at its own line
        assertErrors(compile(ONE_CODE, "compliance = C \\\n\n  NO_SESSION_FOUND \\\r\n    = Keine {sessionId:int}\n\\\n  NO_SESION_FOUND: x\n"),
                "errors_de.properties:4:7: [placeholder-type] the type 'int' of placeholder {sessionId} in the 'de' text"
                        + " of code 304001; it is 'string' in the 'en' text (errors.yaml:9:57); write one type, or the same one everywhere",
                "errors_de.properties:6:3: [unknown-key] unknown key 'NO_SESION_FOUND' in errors_de.properties: keys are the"
                        + " catalog's code names and category ids (did you mean 'NO_SESSION_FOUND'?)");
    }

    @Test
    void escapesAfterJoiningAndLoneSurrogates() {
        assertErrors(compile(ONE_CODE, "compliance = C\\u00\\\n  fc\nNO_SESSION_FOUND = {sessionId} \\uD83D!\n"),
                "errors_de.properties:3:32: [lone-surrogate] U+D83D in the value of key 'NO_SESSION_FOUND' is half of a surrogate pair, alone, which no UTF-8 file, JSON or Java string can carry;"
                        + " write the character itself, or both \\u escapes of its pair together (e.g. \\uD83D\\uDE00)");
        assertErrors(compile(ONE_CODE, "compliance = C\\u00\\\n  f\nNO_SESSION_FOUND = {sessionId}\n"),
                "errors_de.properties:1:15: [properties-syntax] malformed escape '\\u00f': write \\u and four hex digits,"
                        + " such as \\u00e9");
    }

    @Test
    void malformedEscapeAndDuplicateKey() {
        assertErrors(compile(ONE_CODE, "compliance = C\\u00zz\nNO_SESSION_FOUND = A {sessionId}\nNO_SESSION_FOUND = B {sessionId}\n"),
                "errors_de.properties:1:15: [properties-syntax] malformed escape '\\u00zz': write \\u and four hex digits,"
                        + " such as \\u00e9",
                "errors_de.properties:3:1: [duplicate-translation] key 'NO_SESSION_FOUND' appears twice in this file;"
                        + " the first is at line 2");
    }

    @Test
    void aTextInTheCatalogAndInTheFile() {
        String yaml = catalog("      - {code: 304001, name: NO_SESSION_FOUND, message: {en: 'No session {sessionId}', de: 'Keine {sessionId}'}}");
        assertErrors(compile(yaml, "compliance = C\nNO_SESSION_FOUND = Keine Sitzung {sessionId}\n"),
                "errors_de.properties:2:20: [translated-twice] the 'de' text of the message of code 304001 is given both here"
                        + " and in the catalog (errors.yaml:9:92); keep one");
    }

    @Test
    void strictLocalesNameTheFileAndKey() {
        assertErrors(compile(ONE_CODE, "NO_SESSION_FOUND = Keine Sitzung {sessionId}\n", DiagnosticAssertions.STRICT_LOCALES),
                "errors.yaml:6:12: [missing-translation] the title of category 'compliance' has no 'de' text in"
                        + " errors_de.properties (add the key compliance) (strict locales are on)");
    }

    @Test
    void theTranslationsMapping() {
        assertErrors(CatalogCompiler.compileWithFiles(CatalogCompiler.lines(
                        "catalog: Api",
                        "locales: [en, de, fr]",
                        "translations: {en: errors_en.properties, fr: missing_fr.properties, dee: errors_de.properties}",
                        "categories: []"), Map.of(), List.of()),
                "errors.yaml:3:16: [translations] 'en' is the default locale, whose texts stay in the catalog; 'translations'"
                        + " is for the other locales",
                "errors.yaml:3:46: [translation-not-found] cannot find translation file 'missing_fr.properties' of locale 'fr';"
                        + " searched: ",
                "errors.yaml:3:69: [unknown-locale] locale 'dee' is not declared in 'locales' [en, de, fr] (did you mean 'de'?)");
    }
}
