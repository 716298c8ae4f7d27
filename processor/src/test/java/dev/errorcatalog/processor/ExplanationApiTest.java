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
