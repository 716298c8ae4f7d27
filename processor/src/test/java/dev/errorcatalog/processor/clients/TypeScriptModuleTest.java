package dev.errorcatalog.processor.clients;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TypeScript module, checked by the real compiler: the module and a front end's usage of it
 * compile under {@code --strict} (and the stricter flags teams turn on), the compiled usage runs
 * under Node.js with the expected messages, and each misuse (unknown code or name, a missing or
 * extra argument, a switch that forgets a code) is a compile error on its line.
 */
public class TypeScriptModuleTest {
    static final List<String> MISUSES = List.of("misuse-unknown-code.ts", "misuse-unknown-name.ts",
            "misuse-missing-argument.ts", "misuse-no-arguments.ts", "misuse-unknown-argument.ts",
            "misuse-not-exhaustive.ts", "misuse-wrong-type.ts", "misuse-date-as-text.ts",
            "misuse-unknown-field-value.ts");

    /** {@code --strict} and the flags strict front-end projects add on top. */
    public static final List<String> STRICT = List.of("--strict", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes",
            "--noImplicitReturns", "--noUnusedLocals", "--noUnusedParameters", "--noFallthroughCasesInSwitch",
            "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2022", "--pretty", "false");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeModule() throws IOException {
        ClientTools.requireTypeScript();
        Files.writeString(dir.resolve("api-errors.ts"), typescript(ClientTools.resource("errors.yaml")), StandardCharsets.UTF_8);
        for (String file : concat(List.of("usage.ts"), MISUSES)) {
            Files.writeString(dir.resolve(file), ClientTools.resource(file), StandardCharsets.UTF_8);
        }
    }

    static String typescript(String yaml) {
        FrontEnd.Result result = FrontEnd.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        Catalog catalog = result.catalog().orElseThrow();
        return TypeScriptWriter.typescript(catalog);
    }

    static ClientTools.Result tsc(Path directory, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ClientTools.TSC.toString()));
        command.addAll(STRICT);
        command.addAll(arguments);
        return ClientTools.run(directory, command, 120);
    }

    @Test
    void moduleAndUsageCompileStrictAndRun() throws IOException {
        ClientTools.Result compiled = tsc(dir, List.of("--outDir", "out", "api-errors.ts", "usage.ts"));
        assertEquals(new ClientTools.Result(0, ""), compiled);
        Files.writeString(dir.resolve("out/package.json"), "{\"type\": \"module\"}\n");
        ClientTools.Result run = ClientTools.run(dir, List.of("node", "out/usage.js"), 60);
        assertEquals(0, run.status(), run.output());
        JsonNode results = new ObjectMapper().readTree(run.output());
        assertEquals("No session 42 for ann, {literal}", results.get("en").asText());
        assertEquals("ann 没有会话 42", results.get("zh").asText());
        assertEquals("No session s-1 for true, {literal}", results.get("deFallsBackToDefault").asText());
        assertEquals("Ach pre checks", results.get("zhTwFallsBackToDefault").asText());
        assertEquals("Ach pre checks", results.get("noArguments").asText());
        assertEquals("Compliance-Fehler", results.get("titleDe").asText());
        assertEquals("ACH错误", results.get("titleZh").asText());
        assertEquals("[\"ach\",\"ach-returns\",null]", results.get("categoryOf").toString());
        assertEquals("[true,false,false]", results.get("isCode").toString());
        assertEquals("ann 没有会话 42", results.get("problem").asText());
        assertEquals(false, results.get("wrongName").asBoolean());
        assertEquals("check the bank account", results.get("advice").asText());
        assertEquals(404, results.get("status").asInt());
        assertEquals("Use 304100 instead", results.get("deprecated").asText());
        // typed placeholders: as the Java exception shows them (decimal format, medium date, plain digits)
        assertEquals("Limit 1,234.5 exceeded on Dec 1, 2026 by db:3306 (1048576 bytes, false)", results.get("typedEn").asText());
        assertEquals("Limit 1.234,5 am 01.12.2026 von db:3306 überschritten (1048576 Bytes, false)", results.get("typedDe").asText());
        assertEquals("Limit 12,345,678,901,234,567,890 exceeded on Dec 1, 2026 by db:3306 (9007199254740993 bytes, false)",
                results.get("typedBigint").asText());
        assertEquals("[{\"name\":\"amount\",\"type\":\"number\"},{\"name\":\"day\",\"type\":\"date\"},"
                + "{\"name\":\"host\",\"type\":\"string\"},{\"name\":\"port\",\"type\":\"int\"},"
                + "{\"name\":\"size\",\"type\":\"long\"},{\"name\":\"note\",\"type\":\"\"}]",
                results.get("placeholders").toString());
        // format v2: aliases, fields (code, category, default; absent without a default), named retired codes
        assertTrue(results.get("alias").asBoolean());
        assertEquals("[\"SESSION_MISSING\"]", results.get("aliases").toString());
        assertEquals("[{\"sqlstate\":\"HY000\",\"retryable\":false,\"grpc\":\"NOT_FOUND\"},"
                + "{\"sqlstate\":\"58000\",\"retryable\":true,\"grpc\":\"INTERNAL\",\"retryAfterSeconds\":30}]",
                results.get("fields").toString());
        assertEquals(30, results.get("retryAfter").asInt());
        assertEquals(5, results.get("grpc").asInt());
        assertEquals("[{\"range\":{\"first\":101107,\"last\":101107,\"text\":\"101107\"}},"
                + "{\"range\":{\"first\":101200,\"last\":101299,\"text\":\"1012xx\"}},"
                + "{\"range\":{\"first\":304002,\"last\":304002,\"text\":\"304002\"},\"name\":\"SESSION_EXPIRED\","
                + "\"reason\":\"Merged into 304100\"}]", results.get("retired").toString());
    }

    /** What docs/clients.md promises the module needs: {@code lib} ES2020, any {@code target} from ES2015 (TypeScript 7's lowest). */
    static final String LIB = "ES2020";
    static final List<String> TARGETS = List.of("ES2015", "ES2020");

    @Test
    void compilesWithTheDocumentedTargetAndLib() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "clients.md"), StandardCharsets.UTF_8);
        for (String target : TARGETS) {
            String flags = "--strict --target " + target + " --lib " + LIB;
            assertTrue(doc.contains("`tsc " + flags + "`"), "docs/clients.md documents `tsc " + flags + "`");
            assertEquals(new ClientTools.Result(0, ""), ClientTools.run(dir, List.of(ClientTools.TSC.toString(), "--strict",
                    "--target", target, "--lib", LIB, "--noEmit", "--pretty", "false", "api-errors.ts"), 120), flags);
        }
        // and ES2020 is what it needs: with ES2019's library, BigInt formatting and dateStyle are unknown
        ClientTools.Result older = ClientTools.run(dir, List.of(ClientTools.TSC.toString(), "--strict",
                "--target", "ES2015", "--lib", "ES2019", "--noEmit", "--pretty", "false", "api-errors.ts"), 120);
        assertTrue(older.output().contains("'dateStyle' does not exist") && older.output().contains("'bigint' is not assignable"),
                older.output());
    }

    @Test
    void negativeAndZeroCodes() throws IOException {
        Path any = dir.resolve("any-digits");
        Files.createDirectories(any);
        Files.writeString(any.resolve("wx-errors.ts"), typescript(ClientTools.resource("any-digits.yaml")), StandardCharsets.UTF_8);
        Files.writeString(any.resolve("usage.ts"), ClientTools.resource("any-digits-usage.ts"), StandardCharsets.UTF_8);
        assertEquals(new ClientTools.Result(0, ""), tsc(any, List.of("--outDir", "out", "wx-errors.ts", "usage.ts")));
        Files.writeString(any.resolve("out/package.json"), "{\"type\": \"module\"}\n");
        ClientTools.Result run = ClientTools.run(any, List.of("node", "out/usage.js"), 60);
        assertEquals(0, run.status(), run.output());
        assertEquals("{\"known\":[true,true,false,false],\"handled\":\"retry\",\"message\":\"System busy, retry in 5 s\","
                + "\"name\":\"BUSY\",\"frozen\":[true,false],\"category\":[\"system\",\"system\",\"auth\",null]}", run.output().strip());
    }

    @Test
    void eachMisuseFailsToCompileOnItsLine() {
        List<String> files = concat(List.of("--noEmit", "api-errors.ts"), MISUSES);
        ClientTools.Result result = tsc(dir, files);
        assertNotEquals(0, result.status(), result.output());
        assertTrue(!result.output().contains("api-errors.ts("), "the module itself has no error:\n" + result.output());
        for (String misuse : MISUSES) {
            int line = expectedErrorLine(ClientTools.resource(misuse));
            Matcher error = Pattern.compile(Pattern.quote(misuse) + "\\(" + line + ",\\d+\\): error TS\\d+").matcher(result.output());
            assertTrue(error.find(), misuse + " should fail on line " + line + ":\n" + result.output());
        }
    }

    private static int expectedErrorLine(String source) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("// error expected")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no '// error expected' line");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
