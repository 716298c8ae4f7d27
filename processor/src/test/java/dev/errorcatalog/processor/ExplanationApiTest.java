package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated API of contract 5.2 and 5.3: {@code explanation()}, {@code explanation(Locale)},
 * {@code help()} with inheritance and templates, {@code replacedBy()}, and {@code @Deprecated(since)}
 * on the constant and its factories.
 */
class ExplanationApiTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, de, de-AT]",
            "help: https://docs.acme.com/errors/{code}",
            "categories:",
            "  - id: compliance",
            "    title: Compliance",
            "    range: 304xxx",
            "    help: https://docs.acme.com/compliance#{name}",
            "    codes:",
            "      - code: 304001",
            "        name: EXPLAINED",
            "        message: Explained",
            "        explanation:",
            "          en: |",
            "            Why it **happens**.",
            "",
            "            What to do \\ next.",
            "          de: Warum.",
            "        help: https://docs.acme.com/explained",
            "      - {code: 304002, name: OLD, message: Old, deprecated: {since: '2.3', reason: Split, replaced-by: EXPLAINED}}",
            "  - id: ach",
            "    title: ACH",
            "    range: 3049xx",
            "    codes:",
            "      - {code: 304900, name: ACH, message: Ach}",
            "  - id: other",
            "    title: Other",
            "    range: 5xxxxx",
            "    codes:",
            "      - {code: 500001, name: PLAIN, message: Plain}");

    static GeneratedClasses classes;

    @BeforeAll
    static void compile() {
        classes = GeneratedClasses.compiledWithoutWarnings(CATALOG);
    }

    @Test
    void explanationsInEveryLocaleWithTheDefaultStandingIn() {
        Object explained = classes.constant("ComplianceError", "EXPLAINED");
        assertEquals(Optional.of("Why it **happens**.\n\nWhat to do \\ next.\n"), call(explained, "explanation"));
        assertEquals(Optional.of("Warum."), call(explained, "explanation", Locale.GERMAN));
        assertEquals(Optional.of("Warum."), call(explained, "explanation", Locale.forLanguageTag("de-AT")), "de-AT falls back to de");
        assertEquals(Optional.of("Why it **happens**.\n\nWhat to do \\ next.\n"), call(explained, "explanation", Locale.JAPANESE));
        assertEquals(Optional.empty(), call(classes.constant("ComplianceError", "OLD"), "explanation", Locale.GERMAN));
        assertEquals(Optional.empty(), call(classes.constant("OtherError", "PLAIN"), "explanation"));
    }

    /** The same candidates as messages: zh-TW and zh-HK find zh-Hant, zh-CN finds zh-Hans, zh-SG too. */
    @Test
    void explanationsFollowTheLocaleCandidatesOfMessages() {
        GeneratedClasses scripts = GeneratedClasses.compiledWithoutWarnings(CatalogCompiler.lines(
                "catalog: Api",
                "locales: [en, zh-Hans, zh-Hant, zh-HK]",
                "categories:",
                "  - id: compliance",
                "    title: Compliance",
                "    range: 304xxx",
                "    codes:",
                "      - code: 304001",
                "        name: EXPLAINED",
                "        message: {en: Explained, zh-Hans: 已说明, zh-Hant: 已說明}",
                "        explanation: {en: Why., zh-Hans: 为什么。, zh-Hant: 為什麼。}",
                "      - {code: 304002, name: HONG_KONG, message: {en: Only HK, zh-HK: 只有香港}, explanation: {en: Why HK., zh-HK: 香港。}}"));
        Object explained = scripts.constant("ComplianceError", "EXPLAINED");
        for (String tag : new String[] {"zh-TW", "zh-HK", "zh-Hant-HK", "zh-Hant"}) {
            assertEquals(Optional.of("為什麼。"), call(explained, "explanation", Locale.forLanguageTag(tag)), tag);
            assertEquals(call(explained, "message", Locale.forLanguageTag(tag)), "已說明", tag);
        }
        for (String tag : new String[] {"zh-CN", "zh-SG"}) {
            assertEquals(Optional.of("为什么。"), call(explained, "explanation", Locale.forLanguageTag(tag)), tag);
        }
        assertEquals(Optional.of("Why."), call(explained, "explanation", Locale.forLanguageTag("fr")));
        // zh-Hant-HK: zh-Hant has none of its own, so the lookup goes on to zh-HK, as for the message
        Object hongKong = scripts.constant("ComplianceError", "HONG_KONG");
        assertEquals(Optional.of("香港。"), call(hongKong, "explanation", Locale.forLanguageTag("zh-Hant-HK")));
        assertEquals("只有香港", call(hongKong, "message", Locale.forLanguageTag("zh-Hant-HK")));
    }

    @Test
    void helpLinksAreInheritedAndFilledIn() {
        assertEquals(Optional.of(URI.create("https://docs.acme.com/explained")), call(classes.constant("ComplianceError", "EXPLAINED"), "help"));
        assertEquals(Optional.of(URI.create("https://docs.acme.com/compliance#OLD")), call(classes.constant("ComplianceError", "OLD"), "help"));
        assertEquals(Optional.of(URI.create("https://docs.acme.com/compliance#ACH")), call(classes.constant("AchError", "ACH"), "help"),
                "a child category inherits its parent's link");
        assertEquals(Optional.of(URI.create("https://docs.acme.com/errors/500001")), call(classes.constant("OtherError", "PLAIN"), "help"));
    }

    @Test
    void aDeprecatedCodeNamesItsSuccessorAndItsVersion() throws ReflectiveOperationException {
        Object explained = classes.constant("ComplianceError", "EXPLAINED");
        assertEquals(Optional.of(explained), call(classes.constant("ComplianceError", "OLD"), "replacedBy"));
        assertEquals(Optional.empty(), call(explained, "replacedBy"));
        Deprecated onConstant = classes.type("ComplianceError").getField("OLD").getAnnotation(Deprecated.class);
        assertEquals("2.3", onConstant.since());
        Deprecated onFactory = classes.type("ComplianceException").getMethod("old").getAnnotation(Deprecated.class);
        assertEquals("2.3", onFactory.since());
        assertTrue(classes.type("ComplianceException").getMethod("old", Throwable.class).isAnnotationPresent(Deprecated.class));
    }
}
