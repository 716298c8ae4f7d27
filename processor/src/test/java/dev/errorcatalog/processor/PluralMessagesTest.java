package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plural and select blocks in the generated Java: typed factories, and the branch CLDR's rules choose per locale. */
class PluralMessagesTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Shop",
            "locales: [en, cs, ru, ar, de, pt-PT]",
            "categories:",
            "  - id: orders",
            "    title: Orders",
            "    range: 301xxx",
            "    codes:",
            "      - code: 301001",
            "        name: ORDERS_MATCH",
            "        message:",
            "          en: '{count, plural, =0 {No orders match} one {# order matches} other {# orders match}} in {region}'",
            "          cs: '{count, plural, one {# objednávka} few {# objednávky} other {# objednávek}} v {region}'",
            "          ru: '{count, plural, one {# заказ} few {# заказа} many {# заказов} other {# заказа}} в {region}'",
            "          ar: '{count, plural, zero {z#} one {o#} two {t#} few {f#} many {m#} other {x#}} {region}'",
            "      - code: 301002",
            "        name: ROLE_DENIED",
            "        message:",
            "          en: '{role, select, admin {Admins} other {Users}} may not; {{braces}} {n:long, plural, one {{{one}} {role, select, admin {#a} other {#o}}} other {# {{x}}}}'",
            "          de: '{role, select, admin {Administratoren} other {Benutzer}} dürfen das nicht; {{Klammern}} {n, plural, one {{{eins}} #} other {# {{x}}}}'");

    static GeneratedClasses classes;

    @BeforeAll
    static void compileCatalog() {
        classes = GeneratedClasses.compiledWithoutWarnings(CATALOG);
    }

    private static String message(String factory, Locale locale, Object... arguments) {
        return (String) call(classes.callStatic("OrdersException", factory, arguments), "message", locale);
    }

    @Test
    void factoriesTakeIntForPluralsLongWhereTypedAndStringForSelects() {
        List<String> signatures = Arrays.stream(classes.type("OrdersException").getDeclaredMethods())
                .filter(m -> m.getName().equals("ordersMatch") || m.getName().equals("roleDenied"))
                .map(Method::toString).map(s -> s.replaceAll(".*\\.(\\w+\\()", "$1")).sorted().toList();
        assertEquals(List.of("ordersMatch(int,java.lang.Object)", "ordersMatch(int,java.lang.Object,java.lang.Throwable)",
                "roleDenied(java.lang.String,long)", "roleDenied(java.lang.String,long,java.lang.Throwable)"), signatures);
        Object error = classes.constant("OrdersError", "ROLE_DENIED");
        assertEquals(List.of("role", "n"), call(error, "parameters"));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> call(error, "exception", new Object[] {new Object[] {7, 1L}}));
        assertEquals("301002: argument 1 {role} must be a java.lang.String, not java.lang.Integer", thrown.getMessage());
    }

    @Test
    void eachLocaleGetsTheBranchItsRulesChoose() {
        assertEquals("301001: No orders match in EU", ((RuntimeException) classes.callStatic("OrdersException", "ordersMatch", 0, "EU")).getMessage());
        assertEquals("1 order matches in EU", message("ordersMatch", Locale.ENGLISH, 1, "EU"));
        assertEquals("21 orders match in EU", message("ordersMatch", Locale.ENGLISH, 21, "EU"));
        assertEquals("-1 order matches in EU", message("ordersMatch", Locale.ENGLISH, -1, "EU"));
        assertEquals("3 objednávky v EU", message("ordersMatch", Locale.forLanguageTag("cs"), 3, "EU"));
        assertEquals("5 objednávek v EU", message("ordersMatch", Locale.forLanguageTag("cs-CZ"), 5, "EU"));
        assertEquals("21 заказ в EU", message("ordersMatch", Locale.forLanguageTag("ru"), 21, "EU"));
        assertEquals("12 заказов в EU", message("ordersMatch", Locale.forLanguageTag("ru"), 12, "EU"));
        assertEquals("2147483647 заказов в EU", message("ordersMatch", Locale.forLanguageTag("ru"), Integer.MAX_VALUE, "EU"));
        assertEquals("z0 EU", message("ordersMatch", Locale.forLanguageTag("ar"), 0, "EU"));
        assertEquals("f103 EU", message("ordersMatch", Locale.forLanguageTag("ar"), 103, "EU"));
        assertEquals("m111 EU", message("ordersMatch", Locale.forLanguageTag("ar"), 111, "EU"));
        assertEquals("x100 EU", message("ordersMatch", Locale.forLanguageTag("ar"), 100, "EU"));
        // no German or Portuguese text: the English text with the English rules (pt-PT's would be the same, de's too)
        assertEquals("1 order matches in EU", message("ordersMatch", Locale.GERMAN, 1, "EU"));
        assertEquals("0 orders match in EU".replace("0 orders match", "No orders match"), message("ordersMatch", Locale.forLanguageTag("pt-PT"), 0, "EU"));
    }

    @Test
    void selectsNestAndBracesStayLiteral() {
        assertEquals("Admins may not; {braces} {one} 1a", message("roleDenied", Locale.ENGLISH, "admin", 1L));
        assertEquals("Users may not; {braces} {one} 1o", message("roleDenied", Locale.ENGLISH, "guest", 1L));
        assertEquals("Users may not; {braces} 9223372036854775807 {x}", message("roleDenied", Locale.ENGLISH, "guest", Long.MAX_VALUE));
        assertEquals("Administratoren dürfen das nicht; {Klammern} {eins} 1", message("roleDenied", Locale.GERMAN, "admin", 1L));
        assertEquals("Benutzer dürfen das nicht; {Klammern} 2 {x}", message("roleDenied", Locale.GERMAN, null, 2L));
        assertEquals("{role, select, admin {Admins} other {Users}} may not; {{braces}} {n, plural, one {{{one}} {role, select, admin {#a} other {#o}}} other {# {{x}}}}",
                call(classes.constant("OrdersError", "ROLE_DENIED"), "message"));
    }
}
