package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The behaviour of the generated API: compiled with -Xlint:all -Werror, then loaded and called. */
class GeneratedApiTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, zh-CN, de]",
            "http: 500",
            "categories:",
            "  - id: compliance",
            "    title: {en: Compliance Errors, zh-CN: 合规错误, de: Compliance-Fehler}",
            "    range: 304xxx",
            "    http: 422",
            "    codes:",
            "      - code: 304100",
            "        name: NO_SESSION_FOUND",
            "        message: {en: 'No session {id} for {user}, {{literal}}', zh-CN: '{user} 没有会话 {id}'}",
            "        http: 404",
            "      - {code: 304001, name: OLD_CHECK, message: Old check, deprecated: Use 304100 instead}",
            "  - id: ach",
            "    title: {en: ACH Errors, zh-CN: ACH错误}",
            "    range: 3049xx",
            "    codes:",
            "      - {code: 304900, name: ACH_PRE_CHECKS, message: Ach pre checks}",
            "      - {code: 304901, name: DEFAULT, message: 'Default {cause} {code}'}",
            "  - id: ach-returns",
            "    title: ACH Returns",
            "    range: {from: 304990, to: 304999}",
            "  - id: system",
            "    title: System Errors",
            "    range: 9xxxxx",
            "    codes:",
            "      - {code: 900000, name: SYSTEM_ERROR, message: System Error}");

    static GeneratedClasses classes;

    @BeforeAll
    static void compile() {
        classes = GeneratedClasses.compiledWithoutWarnings(CATALOG);
    }

    private Optional<?> find(int code) {
        return (Optional<?>) classes.callStatic("ApiErrors", "find", code);
    }

    @Test
    void findsDeclaredCodes() {
        Object error = find(304100).orElseThrow();
        assertSame(classes.constant("ComplianceError", "NO_SESSION_FOUND"), error);
        assertEquals(304100, call(error, "code"));
        assertEquals("NO_SESSION_FOUND", call(error, "name"));
        assertEquals(404, call(error, "httpStatus"));
        assertSame(classes.constant("ApiCategory", "COMPLIANCE"), call(error, "category"));
        assertSame(classes.constant("AchError", "ACH_PRE_CHECKS"), find(304900).orElseThrow());
    }

    @Test
    void findIsEmptyForUnknownCodes() {
        for (int code : new int[] {0, -1, 304002, 304950, 999999, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertEquals(Optional.empty(), find(code), "code " + code);
        }
    }

    @Test
    void findReturnsTheSameOptionalEachTime() {
        assertSame(find(304900), find(304900), "find allocates nothing");
    }

    @Test
    void ofThrowsNamingTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> classes.callStatic("ApiErrors", "of", 123456));
        assertEquals("unknown error code 123456 in the Api catalog", e.getMessage());
        assertSame(classes.constant("SystemError", "SYSTEM_ERROR"), classes.callStatic("ApiErrors", "of", 900000));
    }

    @Test
    void allIsSortedByCode() {
        List<?> all = (List<?>) classes.callStatic("ApiErrors", "all");
        assertEquals(List.of(304001, 304100, 304900, 304901, 900000),
                all.stream().map(e -> call(e, "code")).collect(Collectors.toList()));
        assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    }

    @Test
    void categoryOfIsTheMostSpecificRangeDeclaredOrNot() {
        assertEquals(Optional.of(classes.constant("ApiCategory", "ACH")), classes.callStatic("ApiErrors", "categoryOf", 304950));
        assertEquals(Optional.of(classes.constant("ApiCategory", "ACH_RETURNS")), classes.callStatic("ApiErrors", "categoryOf", 304995));
        assertEquals(Optional.of(classes.constant("ApiCategory", "COMPLIANCE")), classes.callStatic("ApiErrors", "categoryOf", 304500));
        assertEquals(Optional.of(classes.constant("ApiCategory", "SYSTEM")), classes.callStatic("ApiErrors", "categoryOf", 999999));
        assertEquals(Optional.empty(), classes.callStatic("ApiErrors", "categoryOf", 100000));
    }

    @Test
    void categoriesNestToAnyDepth() {
        Object compliance = classes.constant("ApiCategory", "COMPLIANCE");
        Object ach = classes.constant("ApiCategory", "ACH");
        Object returns = classes.constant("ApiCategory", "ACH_RETURNS");
        assertEquals(Optional.empty(), call(compliance, "parent"));
        assertEquals(Optional.of(compliance), call(ach, "parent"));
        assertEquals(Optional.of(ach), call(returns, "parent"));
        assertEquals("ach-returns", call(returns, "id"));
        assertEquals(304990, call(returns, "first"));
        assertEquals(304999, call(returns, "last"));
        assertEquals(true, call(ach, "contains", 304999));
        assertEquals(false, call(ach, "contains", 304899));
    }

    @Test
    void categoryErrorsAreTheDeclaredCodesInOrder() {
        Object compliance = classes.constant("ApiCategory", "COMPLIANCE");
        assertEquals(List.of(classes.constant("ComplianceError", "NO_SESSION_FOUND"), classes.constant("ComplianceError", "OLD_CHECK")),
                call(compliance, "errors"));
        assertEquals(List.of(), call(classes.constant("ApiCategory", "ACH_RETURNS"), "errors"));
    }

    @Test
    void titlesResolveLocalesLikeResourceBundle() {
        Object compliance = classes.constant("ApiCategory", "COMPLIANCE");
        assertEquals("Compliance Errors", call(compliance, "title"));
        assertEquals("合规错误", call(compliance, "title", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Compliance Errors", call(compliance, "title", Locale.TRADITIONAL_CHINESE), "zh-TW: no zh-TW, no zh → default");
        assertEquals("Compliance Errors", call(compliance, "title", Locale.CHINESE), "zh alone does not match zh-CN");
        assertEquals("Compliance-Fehler", call(compliance, "title", Locale.GERMANY), "de-DE falls back to de");
        assertEquals("Compliance Errors", call(compliance, "title", Locale.FRANCE));
        assertEquals("System Errors", call(classes.constant("ApiCategory", "SYSTEM"), "title", Locale.SIMPLIFIED_CHINESE),
                "a missing translation falls back to the default locale");
    }

    @Test
    void messagesAndPlaceholders() {
        Object error = classes.constant("ComplianceError", "NO_SESSION_FOUND");
        assertEquals("No session {id} for {user}, {{literal}}", call(error, "message"));
        assertEquals("{user} 没有会话 {id}", call(error, "message", Locale.SIMPLIFIED_CHINESE));
        assertEquals("No session {id} for {user}, {{literal}}", call(error, "message", Locale.GERMAN));
        assertEquals(List.of("id", "user"), call(error, "parameters"));
    }

    @Test
    void factoriesFillPlaceholdersInEveryLocale() {
        RuntimeException e = (RuntimeException) classes.callStatic("ComplianceException", "noSessionFound", "s-1", "ann");
        assertEquals("304100: No session s-1 for ann, {literal}", e.getMessage());
        assertEquals("ann 没有会话 s-1", call(e, "message", Locale.SIMPLIFIED_CHINESE));
        assertEquals(304100, call(e, "code"));
        assertSame(classes.constant("ComplianceError", "NO_SESSION_FOUND"), call(e, "error"));
        assertEquals(List.of("s-1", "ann"), call(e, "arguments"));
        assertEquals(null, e.getCause());
        assertTrue(classes.type("ApiException").isInstance(e));
    }

    @Test
    void factoriesTakeACause() {
        IllegalStateException cause = new IllegalStateException("boom");
        RuntimeException e = (RuntimeException) classes.callStatic("AchException", "achPreChecks", cause);
        assertSame(cause, e.getCause());
        assertEquals("304900: Ach pre checks", e.getMessage());
        RuntimeException nulls = (RuntimeException) classes.callStatic("ComplianceException", "noSessionFound", null, null, null);
        assertEquals("304100: No session null for null, {literal}", nulls.getMessage());
    }

    @Test
    void keywordsAndGeneratedNamesAreAvoided() {
        IllegalStateException cause = new IllegalStateException();
        RuntimeException e = (RuntimeException) classes.callStatic("AchException", "default_", "c", "d", cause);
        assertEquals("304901: Default c d", e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void constantsMakeTheirExceptions() {
        Object error = classes.constant("ComplianceError", "NO_SESSION_FOUND");
        RuntimeException e = (RuntimeException) call(error, "exception", "a", "b");
        assertEquals("304100: No session a for b, {literal}", e.getMessage());
        assertTrue(classes.type("ComplianceException").isInstance(e));
        IllegalArgumentException wrongCount = assertThrows(IllegalArgumentException.class, () -> call(error, "exception", "a"));
        assertEquals("304100 takes 2 argument(s) [id, user], got 1", wrongCount.getMessage());
    }

    @Test
    void deprecatedCodes() throws ReflectiveOperationException {
        Object old = classes.constant("ComplianceError", "OLD_CHECK");
        assertEquals(true, call(old, "deprecated"));
        assertEquals(false, call(classes.constant("ComplianceError", "NO_SESSION_FOUND"), "deprecated"));
        assertTrue(classes.type("ComplianceError").getField("OLD_CHECK").isAnnotationPresent(Deprecated.class));
        assertTrue(classes.type("ComplianceException").getMethod("oldCheck").isAnnotationPresent(Deprecated.class));
        assertFalse(classes.type("ComplianceException").getMethod("noSessionFound", Object.class, Object.class)
                .isAnnotationPresent(Deprecated.class));
    }

    @Test
    void hierarchiesAreSealed() {
        assertTrue(classes.type("ApiError").isSealed());
        assertTrue(classes.type("ApiException").isSealed());
        assertEquals(4, classes.type("ApiError").getPermittedSubclasses().length);
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(sources(CatalogCompiler.compile(CATALOG)), sources(CatalogCompiler.compile(CATALOG)));
    }

    static String sources(Compilation compilation) {
        return compilation.generatedSourceFiles().stream().map(file -> {
            try {
                return file.getName() + "\n" + file.getCharContent(true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sorted().collect(Collectors.joining("\n"));
    }
}
