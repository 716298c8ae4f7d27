package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {name:type} placeholders: their diagnostics, the typed factories, and formatting per locale. */
class TypedPlaceholderTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, de, zh-CN]",
            "categories:",
            "  - id: trade",
            "    title: Trade",
            "    range: 301xxx",
            "    codes:",
            "      - code: 301005",
            "        name: NOT_ENOUGH_BALANCE",
            "        message:",
            "          en: 'Account {account:long} has {available:number}, needs {required:number} by {due:date}"
                    + " ({note:string}, port {port:int}, {raw})'",
            "          de: 'Konto {account} hat {available}, braucht {required} bis {due} ({note}, Port {port}, {raw})'",
            "          zh-CN: '账户 {account} 余额 {available:number}，需要 {required}，截止 {due}（{note}，{port}，{raw}）'",
            "      - {code: 301006, name: PLAIN, message: 'Plain {value}'}");

    static GeneratedClasses classes;

    @BeforeAll
    static void compileCatalog() {
        classes = GeneratedClasses.compiledWithoutWarnings(CATALOG);
    }

    private static Object[] arguments() {
        return new Object[] {1234567L, new BigDecimal("1234.5"), new BigDecimal("10000.25"), LocalDate.of(2026, 1, 31),
            "x", 3306, List.of("raw")};
    }

    private static RuntimeException notEnoughBalance() {
        return (RuntimeException) classes.callStatic("TradeException", "notEnoughBalance", arguments());
    }

    @Test
    void factoriesAreTyped() {
        List<Class<?>> expected = List.of(long.class, BigDecimal.class, BigDecimal.class, LocalDate.class, String.class,
                int.class, Object.class);
        List<List<Class<?>>> signatures = Arrays.stream(classes.type("TradeException").getMethods())
                .filter(m -> m.getName().equals("notEnoughBalance"))
                .map(Method::getParameterTypes).map(Arrays::asList).sorted((a, b) -> a.size() - b.size()).toList();
        assertEquals(2, signatures.size());
        assertEquals(expected, signatures.get(0));
        List<Class<?>> withCause = new java.util.ArrayList<>(expected);
        withCause.add(Throwable.class);
        assertEquals(withCause, signatures.get(1));
    }

    @Test
    void getMessageUsesTheCatalogsDefaultLocaleWhateverTheJvmSays() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            RuntimeException e = notEnoughBalance();
            assertEquals("301005: Account 1234567 has 1,234.5, needs 10,000.25 by Jan 31, 2026 (x, port 3306, [raw])",
                    e.getMessage());
            assertEquals("Account 1234567 has 1,234.5, needs 10,000.25 by Jan 31, 2026 (x, port 3306, [raw])",
                    call(e, "message", Locale.ENGLISH));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void messageFormatsForTheLocale() {
        RuntimeException e = notEnoughBalance();
        assertEquals("Konto 1234567 hat 1.234,5, braucht 10.000,25 bis 31.01.2026 (x, Port 3306, [raw])",
                call(e, "message", Locale.GERMANY));
        assertEquals("账户 1234567 余额 1,234.5，需要 10,000.25，截止 2026年1月31日（x，3306，[raw]）",
                call(e, "message", Locale.SIMPLIFIED_CHINESE));
        // ints and longs are never grouped, in any locale
        assertTrue(((String) call(e, "message", Locale.forLanguageTag("de-CH"))).contains("Konto 1234567 "));
        assertEquals(List.of("1234567", "1234.5", "10000.25", "2026-01-31", "x", "3306", "[raw]"), call(e, "arguments"));
    }

    @Test
    void theCauseOverloadKeepsTheCause() {
        Object[] args = Arrays.copyOf(arguments(), 8);
        IllegalStateException cause = new IllegalStateException("db");
        args[7] = cause;
        RuntimeException e = (RuntimeException) classes.callStatic("TradeException", "notEnoughBalance", args);
        assertEquals(cause, e.getCause());
        assertTrue(e.getMessage().startsWith("301005: Account 1234567 has 1,234.5"));
    }

    @Test
    void templatesShowPlaceholdersWithoutTypes() {
        Object error = classes.constant("TradeError", "NOT_ENOUGH_BALANCE");
        assertEquals("Account {account} has {available}, needs {required} by {due} ({note}, port {port}, {raw})",
                call(error, "message"));
        assertEquals("账户 {account} 余额 {available}，需要 {required}，截止 {due}（{note}，{port}，{raw}）",
                call(error, "message", Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("account", "available", "required", "due", "note", "port", "raw"), call(error, "parameters"));
    }

    @Test
    void exceptionChecksBoxedTypes() {
        Object error = classes.constant("TradeError", "NOT_ENOUGH_BALANCE");
        Object[] args = arguments();
        args[0] = 1234567; // an Integer widens to long, as in Java
        RuntimeException e = (RuntimeException) call(error, "exception", args);
        assertEquals(notEnoughBalance().getMessage(), e.getMessage());

        Object[] wrong = arguments();
        wrong[1] = "1234.5";
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> call(error, "exception", wrong));
        assertEquals("301005: argument 2 {available} must be a java.math.BigDecimal, not java.lang.String", thrown.getMessage());

        Object[] missingInt = arguments();
        missingInt[5] = null;
        thrown = assertThrows(IllegalArgumentException.class, () -> call(error, "exception", missingInt));
        assertEquals("301005: argument 6 {port} must be an int (Integer), not null", thrown.getMessage());

        Object[] longForInt = arguments();
        longForInt[5] = 3306L;
        assertThrows(IllegalArgumentException.class, () -> call(error, "exception", longForInt));

        Object plain = classes.constant("TradeError", "PLAIN");
        assertEquals("301006: Plain 4.20", ((RuntimeException) call(plain, "exception", new Object[] {new BigDecimal("4.20")}))
                .getMessage());
    }

    @Test
    void unknownTypeWithSuggestion() {
        assertErrors(compile(DiagnosticAssertions.withCodes(
                        "      - {code: 304001, name: A, message: 'Balance {amount:numbr} on {day:Date}'}")),
                "errors.yaml:7:42: [placeholder-type] unknown type 'numbr' of placeholder {amount} in the 'en' text of code 304001;"
                        + " the types are string, int, long, number, date (did you mean 'number'?)",
                "errors.yaml:7:42: [placeholder-type] unknown type 'Date' of placeholder {day} in the 'en' text of code 304001;"
                        + " the types are string, int, long, number, date (did you mean 'date'?)");
    }

    @Test
    void typesThatDisagree() {
        assertErrors(compile(
                        "catalog: Api",
                        "locales: [en, de]",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - code: 304001",
                        "        name: A",
                        "        message: {en: 'Port {port:int} of {port}', de: 'Port {port:long}'}",
                        "      - {code: 304002, name: B, message: 'Port {port:int} or {port:string}'}"),
                "errors.yaml:10:56: [placeholder-type] the type 'long' of placeholder {port} in the 'de' text of code 304001; it is 'int'"
                        + " in the 'en' text (errors.yaml:10:23); write one type, or the same one everywhere",
                "errors.yaml:11:42: [placeholder-type] the type 'string' of placeholder {port} in the 'en' text of code 304002; it is 'int'"
                        + " earlier in this text; write one type, or the same one everywhere");
    }
}
