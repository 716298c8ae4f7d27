package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated API of version-2 keys: codes of any sign and length ({@code digits: any}),
 * aliases, fields with defaults and inheritance, named retired codes, frozen categories.
 */
class VersionTwoApiTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Wx",
            "digits: any",
            "reserved: [{code: 40099, name: OBSOLETE_X__UNUSED, reason: Replaced by 40001}, {range: {from: 50000, to: 50999}}]",
            "fields:",
            "  sqlstate: {type: string, pattern: '[0-9A-Z]{5}', default: HY000, description: SQLSTATE for SQL clients}",
            "  retryable: {type: boolean, default: false}",
            "  grpc: {type: enum, values: [INVALID_ARGUMENT, NOT_FOUND, INTERNAL], default: INTERNAL}",
            "  retry-after-seconds: {type: int}",
            "  owner: {type: string}",
            "categories:",
            "  - id: system",
            "    title: System",
            "    range: {from: -2147483648, to: 0}",
            "    retryable: true",
            "    codes:",
            "      - {code: -2147483648, name: LOWEST, message: Lowest}",
            "      - {code: -1, name: BUSY, message: System busy, retry-after-seconds: 2, aliases: [SYSTEM_BUSY]}",
            "      - {code: 0, name: OK, message: Request succeeded, retryable: false}",
            "  - id: client",
            "    title: Client",
            "    range: 4xxxx",
            "    grpc: INVALID_ARGUMENT",
            "    frozen: true",
            "    codes:",
            "      - code: 40001",
            "        name: INVALID_CREDENTIAL",
            "        aliases: [INVALID_SECRET, BAD_APPSECRET]",
            "        message: Invalid credential {detail}",
            "        sqlstate: 28000",
            "  - id: token",
            "    title: Token",
            "    range: 4001x",
            "    owner: auth-team",
            "    codes:",
            "      - {code: 40014, name: INVALID_TOKEN, message: Invalid token, retry-after-seconds: -5}",
            "  - id: top",
            "    title: Top",
            "    range: {from: 2000000000, to: 2147483647}",
            "    codes:",
            "      - {code: 2147483647, name: HIGHEST, message: Highest, grpc: NOT_FOUND}");

    static GeneratedClasses classes;

    @BeforeAll
    static void compile() {
        classes = GeneratedClasses.compiledWithoutWarnings(CATALOG);
    }

    private Optional<?> find(Object key) {
        return (Optional<?>) classes.callStatic("WxErrors", "find", key);
    }

    @Test
    void findsZeroNegativeAndExtremeCodes() {
        assertSame(classes.constant("SystemError", "LOWEST"), find(Integer.MIN_VALUE).orElseThrow());
        assertSame(classes.constant("SystemError", "BUSY"), find(-1).orElseThrow());
        assertSame(classes.constant("SystemError", "OK"), find(0).orElseThrow());
        assertSame(classes.constant("TopError", "HIGHEST"), find(Integer.MAX_VALUE).orElseThrow());
        assertSame(classes.constant("TokenError", "INVALID_TOKEN"), find(40014).orElseThrow());
        for (int code : new int[] {1, -2, 40002, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 40099}) {
            assertEquals(Optional.empty(), find(code), "code " + code);
        }
        assertSame(find(0), find(0), "find allocates nothing");
        assertEquals(-1, call(classes.constant("SystemError", "BUSY"), "code"));
    }

    @Test
    void allIsSortedAndCategoryOfWorksForNegatives() {
        List<?> all = (List<?>) classes.callStatic("WxErrors", "all");
        assertEquals(List.of(Integer.MIN_VALUE, -1, 0, 40001, 40014, Integer.MAX_VALUE),
                all.stream().map(e -> call(e, "code")).collect(Collectors.toList()));
        assertEquals(Optional.of(classes.constant("WxCategory", "SYSTEM")), classes.callStatic("WxErrors", "categoryOf", -7));
        assertEquals(Optional.of(classes.constant("WxCategory", "TOKEN")), classes.callStatic("WxErrors", "categoryOf", 40019));
        assertEquals(-2147483648, call(classes.constant("WxCategory", "SYSTEM"), "first"));
    }

    @Test
    void findByNameResolvesNamesAndAliases() {
        Object credential = classes.constant("ClientError", "INVALID_CREDENTIAL");
        assertSame(credential, find("INVALID_CREDENTIAL").orElseThrow());
        assertSame(credential, find("INVALID_SECRET").orElseThrow());
        assertSame(credential, find("BAD_APPSECRET").orElseThrow());
        assertSame(classes.constant("SystemError", "BUSY"), find("SYSTEM_BUSY").orElseThrow());
        assertSame(classes.constant("SystemError", "OK"), find("OK").orElseThrow());
        assertEquals(Optional.empty(), find("invalid_credential"));
        assertEquals(Optional.empty(), find("OBSOLETE_X__UNUSED"), "a retired name names nothing");
        assertEquals(Optional.empty(), find(""));
        assertSame(find("INVALID_SECRET"), find(new String("INVALID_SECRET")), "find allocates nothing");
    }

    @Test
    void aliasesAreDeprecatedConstantsAndFactories() throws ReflectiveOperationException {
        Class<?> errors = classes.type("ClientError");
        assertEquals(1, errors.getEnumConstants().length, "an alias is no enum constant of its own");
        assertSame(classes.constant("ClientError", "INVALID_CREDENTIAL"), errors.getField("INVALID_SECRET").get(null));
        assertTrue(errors.getField("INVALID_SECRET").isAnnotationPresent(Deprecated.class));
        Method old = classes.type("ClientException").getMethod("invalidSecret", Object.class);
        assertTrue(old.isAnnotationPresent(Deprecated.class));
        assertTrue(Modifier.isStatic(old.getModifiers()));
        RuntimeException e = (RuntimeException) classes.callStatic("ClientException", "badAppsecret", "x");
        assertEquals("40001: Invalid credential x", e.getMessage());
        IllegalStateException cause = new IllegalStateException();
        RuntimeException withCause = (RuntimeException) classes.callStatic("SystemException", "systemBusy", cause);
        assertSame(cause, withCause.getCause());
        assertEquals("-1: System busy", withCause.getMessage());
    }

    @Test
    void fieldsInheritFromCodeThenCategoriesThenDefault() {
        Object lowest = classes.constant("SystemError", "LOWEST");
        Object ok = classes.constant("SystemError", "OK");
        Object credential = classes.constant("ClientError", "INVALID_CREDENTIAL");
        Object token = classes.constant("TokenError", "INVALID_TOKEN");
        Object highest = classes.constant("TopError", "HIGHEST");
        assertEquals(true, call(lowest, "retryable"), "from its category");
        assertEquals(false, call(ok, "retryable"), "its own value wins");
        assertEquals(false, call(credential, "retryable"), "the default");
        assertEquals("HY000", call(lowest, "sqlstate"));
        assertEquals("28000", call(credential, "sqlstate"));
        assertSame(classes.constant("WxGrpc", "INVALID_ARGUMENT"), call(credential, "grpc"));
        assertSame(classes.constant("WxGrpc", "INVALID_ARGUMENT"), call(token, "grpc"), "from the enclosing category");
        assertSame(classes.constant("WxGrpc", "NOT_FOUND"), call(highest, "grpc"));
        assertSame(classes.constant("WxGrpc", "INTERNAL"), call(ok, "grpc"));
        assertEquals(OptionalInt.of(2), call(classes.constant("SystemError", "BUSY"), "retryAfterSeconds"));
        assertEquals(OptionalInt.of(-5), call(token, "retryAfterSeconds"));
        assertEquals(OptionalInt.empty(), call(ok, "retryAfterSeconds"));
        assertEquals(Optional.of("auth-team"), call(token, "owner"));
        assertEquals(Optional.empty(), call(credential, "owner"));
    }

    @Test
    void fieldAccessorsAreOnTheInterface() throws ReflectiveOperationException {
        Class<?> error = classes.type("WxError");
        assertEquals(String.class, error.getMethod("sqlstate").getReturnType());
        assertEquals(boolean.class, error.getMethod("retryable").getReturnType());
        assertEquals(classes.type("WxGrpc"), error.getMethod("grpc").getReturnType());
        assertEquals(OptionalInt.class, error.getMethod("retryAfterSeconds").getReturnType());
        assertEquals(Optional.class, error.getMethod("owner").getReturnType());
        assertEquals(List.of("INVALID_ARGUMENT", "NOT_FOUND", "INTERNAL"), List.of(classes.type("WxGrpc").getEnumConstants())
                .stream().map(c -> ((Enum<?>) c).name()).collect(Collectors.toList()));
    }

    @Test
    void theJavadocNamesAliasesAndFieldValues() throws java.io.IOException {
        Compilation compilation = CatalogCompiler.compile(CATALOG);
        String source = compilation.generatedSourceFile("com.acme.errors.ClientError").orElseThrow().getCharContent(true).toString();
        assertTrue(source.contains("<p>Formerly {@code INVALID_SECRET}, {@code BAD_APPSECRET}."), source);
        assertTrue(source.contains("<p>sqlstate: {@code 28000}, retryable: {@code false}, grpc: {@code INVALID_ARGUMENT}."), source);
    }

    /** Found by the fuzz test: an unqualified call to a method named yield does not compile (Java 14+). */
    @Test
    void anAliasOfACodeNamedYieldCompiles() {
        Compilation compilation = CatalogCompiler.compile(CatalogCompiler.lines(
                "catalog: Api",
                "categories:",
                "  - {id: all, title: All, range: 1xxxxx, codes: [{code: 100001, name: YIELD, message: 'Y {x}', aliases: [OLD]}]}"));
        assertThat(compilation).succeededWithoutWarnings();
        RuntimeException e = (RuntimeException) new GeneratedClasses(compilation).callStatic("AllException", "old", "1");
        assertEquals("100001: Y 1", e.getMessage());
    }

    @Test
    void versionOneCatalogsGetNoFieldMembers() throws ReflectiveOperationException {
        GeneratedClasses v1 = new GeneratedClasses(CatalogCompiler.compile(GeneratedApiTest.CATALOG));
        List<String> methods = List.of(v1.type("ApiError").getDeclaredMethods()).stream().map(Method::getName).sorted().toList();
        // version 3's members (explanation, help, replacedBy, grpcCode) are on every catalog; field accessors are not
        assertEquals(List.of("category", "code", "deprecated", "exception", "explanation", "explanation", "grpcCode", "help",
                "httpStatus", "message", "message", "name", "parameters", "replacedBy"), methods);
    }
}
