package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.STRICT_LOCALES;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.DiagnosticAssertions.compileWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Locales, texts and the placeholder syntax of messages. */
class MessageAndLocaleDiagnosticsTest {
    private static final String HINT = "; write '{name}' or '{name:type}' for a placeholder and '{{' or '}}' for a literal brace";

    /** A catalog with locales [en, de], one category, and these code lines from line 8 on. */
    private static String[] bilingual(String... codeLines) {
        String[] head = {
            "catalog: Api",
            "locales: [en, de]",
            "categories:",
            "  - id: compliance",
            "    title: {en: Compliance, de: Compliance-Fehler}",
            "    range: 304xxx",
            "    codes:",
        };
        return DiagnosticAssertions.concat(head, codeLines);
    }

    private static final String LOCALE_SHAPE = "must be a language tag of a language, an optional script and an optional region, "
            + "in canonical case: 'en', 'zh-CN', 'zh-Hant', 'sr-Latn', 'es-419'";

    @Test
    void localeFormatAndDuplicateLocale() {
        assertErrors(compile(
                        "catalog: Api",
                        "locales: [en, zh_CN, en, EN, zh-CN]",
                        "categories: []"),
                "errors.yaml:2:15: [locale-format] locale 'zh_CN' " + LOCALE_SHAPE + " (did you mean 'zh-CN'?)",
                "errors.yaml:2:22: [duplicate-locale] locale 'en' is declared twice in 'locales'",
                "errors.yaml:2:26: [locale-format] locale 'EN' " + LOCALE_SHAPE + " (did you mean 'en'?)");
    }

    @Test
    void scriptsAndNumericRegionsAreLocales() {
        assertThat(compile(
                "catalog: Api",
                "locales: [en, zh-Hans, zh-Hant, zh-Hant-TW, sr-Latn, es-419, pt-PT, yue-HK]",
                "categories: []")).succeededWithoutWarnings();
    }

    @Test
    void aTagInTheWrongCaseGetsItsCanonicalSpelling() {
        assertErrors(compile(
                        "catalog: Api",
                        "locales:",
                        "  - en",
                        "  - zh-hant",
                        "  - SR-LATN-rs",
                        "  - es_419",
                        "categories: []"),
                "errors.yaml:4:5: [locale-format] locale 'zh-hant' " + LOCALE_SHAPE + " (did you mean 'zh-Hant'?)",
                "errors.yaml:5:5: [locale-format] locale 'SR-LATN-rs' " + LOCALE_SHAPE + " (did you mean 'sr-Latn-RS'?)",
                "errors.yaml:6:5: [locale-format] locale 'es_419' " + LOCALE_SHAPE + " (did you mean 'es-419'?)");
    }

    @Test
    void variantsExtensionsAndPrivateUseAreNamed() {
        assertErrors(compile(
                        "catalog: Api",
                        "locales: [en, de-DE-1996, th-TH-u-nu-thai, fr-x-phone, english, zh-Hant-TW-Hant]",
                        "categories: []"),
                "errors.yaml:2:15: [locale-format] locale 'de-DE-1996' " + LOCALE_SHAPE
                        + "; it has a variant '1996', which a catalog locale cannot have",
                "errors.yaml:2:27: [locale-format] locale 'th-TH-u-nu-thai' " + LOCALE_SHAPE
                        + "; it has an extension 'u-nu-thai', which a catalog locale cannot have",
                "errors.yaml:2:44: [locale-format] locale 'fr-x-phone' " + LOCALE_SHAPE
                        + "; it has private use 'x-phone', which a catalog locale cannot have",
                "errors.yaml:2:56: [locale-format] locale 'english' " + LOCALE_SHAPE,
                "errors.yaml:2:65: [locale-format] locale 'zh-Hant-TW-Hant' " + LOCALE_SHAPE);
    }

    @Test
    void unknownLocaleWithSuggestion() {
        assertErrors(compile(bilingual("      - {code: 304001, name: A, message: {en: A, De: B, fr: C}}")),
                "errors.yaml:8:50: [unknown-locale] locale 'De' is not declared in 'locales' [en, de] (did you mean 'de'?)",
                "errors.yaml:8:57: [unknown-locale] locale 'fr' is not declared in 'locales' [en, de]");
    }

    @Test
    void misspeltDefaultLocaleIsOneError() {
        // 'en-US' for the declared 'en': suggested by language, and no missing-default-locale on top
        assertErrors(compile(bilingual("      - {code: 304001, name: A, message: {en-US: A, de: B}}")),
                "errors.yaml:8:43: [unknown-locale] locale 'en-US' is not declared in 'locales' [en, de] (did you mean 'en'?)");
    }

    @Test
    void missingDefaultLocale() {
        assertErrors(compile(bilingual("      - {code: 304001, name: A, message: {de: A}}")),
                "errors.yaml:8:42: [missing-default-locale] the message of code 304001 has no text for the default locale 'en'");
    }

    @Test
    void missingDefaultLocaleOfATitle() {
        assertErrors(compile(
                        "catalog: Api",
                        "locales: [en, de]",
                        "categories:",
                        "  - id: compliance",
                        "    title: {de: Compliance-Fehler}",
                        "    range: 304xxx"),
                "errors.yaml:5:12: [missing-default-locale] the title of category 'compliance' has no text "
                        + "for the default locale 'en'");
    }

    @Test
    void missingTranslationOnlyWithStrictLocales() {
        String[] catalog = bilingual("      - {code: 304001, name: A, message: {en: A}}", "      - {code: 304002, name: B, message: B}");
        assertThat(compile(catalog)).succeededWithoutWarnings();
        assertErrors(compileWith(List.of(STRICT_LOCALES), catalog),
                "errors.yaml:8:42: [missing-translation] the message of code 304001 has no 'de' text (strict locales are on)",
                "errors.yaml:9:42: [missing-translation] the message of code 304002 has no 'de' text (strict locales are on)");
    }

    @Test
    void strictLocalesAcceptsCompleteTexts() {
        assertThat(compileWith(List.of(STRICT_LOCALES), bilingual("      - {code: 304001, name: A, message: {en: A, de: B}}")))
                .succeededWithoutWarnings();
    }

    @Test
    void emptyText() {
        assertErrors(compile(bilingual(
                        "      - {code: 304001, name: A, message: '  '}",
                        "      - {code: 304002, name: B, message: {en: '', de: B}}",
                        "      - {code: 304003, name: C, message: {en: C, de: ''}}")),
                "errors.yaml:8:42: [empty-text] the message of code 304001 must not be empty",
                "errors.yaml:9:47: [empty-text] the 'en' text of the message of code 304002 must not be empty",
                "errors.yaml:10:54: [empty-text] the 'de' text of the message of code 304003 must not be empty");
    }

    @Test
    void messageSyntax() {
        assertErrors(compile(bilingual(
                        "      - {code: 304001, name: A, message: 'a } b'}",
                        "      - {code: 304002, name: B, message: 'a {b'}",
                        "      - {code: 304003, name: C, message: '{1abc}'}",
                        "      - {code: 304004, name: D, message: '{class}'}",
                        "      - {code: 304005, name: E, message: {en: '{a}', de: '{a'}}")),
                "errors.yaml:8:42: [message-syntax] a lone '}' at character 3 in the message of code 304001" + HINT,
                "errors.yaml:9:42: [message-syntax] the '{' at character 3 is never closed in the message of code 304002" + HINT,
                "errors.yaml:10:42: [message-syntax] '{1abc}' is not a placeholder (a Java identifier, optionally ':' and a type) in the message of code 304003" + HINT,
                "errors.yaml:11:42: [message-syntax] placeholder '{class}' is a Java keyword in the message of code 304004" + HINT,
                "errors.yaml:12:58: [message-syntax] the '{' at character 1 is never closed in the 'de' message of code 304005" + HINT);
    }

    @Test
    void doubledBracesAreLiteral() {
        assertThat(compile(bilingual("      - {code: 304001, name: A, message: '{{literal}} and {{ and }} for {user}'}")))
                .succeededWithoutWarnings();
    }

    @Test
    void placeholderMismatch() {
        assertErrors(compile(bilingual(
                        "      - {code: 304001, name: A, message: {en: '{a} {b}', de: '{a}'}}",
                        "      - {code: 304002, name: B, message: {en: '{a} {b}', de: '{b} vor {a}'}}",
                        "      - {code: 304003, name: C, message: {en: 'plain', de: '{x}'}}")),
                "errors.yaml:8:62: [placeholder-mismatch] the 'de' text of code 304001 has placeholders {a}, "
                        + "but the 'en' text has {a}, {b}",
                "errors.yaml:10:60: [placeholder-mismatch] the 'de' text of code 304003 has placeholders {x}, "
                        + "but the 'en' text has none");
    }
}
