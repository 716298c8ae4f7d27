package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.clients.ClientTools;
import dev.errorcatalog.processor.clients.TypeScriptModuleTest;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.PlaceholderType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TypeScript module resolves locales exactly as the generated Java does: for a catalog with
 * regional locales ({@code de-AT}, {@code fr-CA}) and texts missing in various of them, every code's
 * message with its arguments filled in and its category's title, asked in every catalog locale and
 * in locales the catalog lacks ({@code de-CH}, {@code fr-BE}, {@code it}, a script, odd case), equal
 * Java's {@code message(Locale)} on the exception and {@code title(Locale)} on the category, run
 * under Node.js. The same for a catalog with scripts and numeric regions ({@code zh-Hant},
 * {@code sr-Latn}, {@code es-419}), where the catalog locales looked in are compared too.
 */
class ClientLocaleFallbackTest {
    /** The catalog's own locales, then ones it lacks: a region of a declared language, a language it lacks, a script, odd case. */
    static final List<String> REQUESTED = List.of("en", "de", "de-AT", "fr", "fr-CA",
            "de-CH", "fr-BE", "it", "en-US", "pt-BR", "DE-at", "de-Latn-AT", "fr-ca-x-phone");

    @TempDir
    Path dir;

    /**
     * Locales with scripts and numeric regions, asked in the catalog's own locales and in the cases
     * of {@code ResourceBundle.Control}'s candidates: implied Chinese scripts, a script with a region
     * the catalog also has alone, a numeric region, Norwegian, an unknown language, an extlang, an
     * old language code, odd case.
     */
    static final List<String> REQUESTED_WITH_SCRIPTS = List.of("en", "zh-Hans", "zh-Hant", "zh-HK", "zh-TW", "sr-Latn", "sr-RS", "sr",
            "es-419", "es", "pt-PT", "nb", "zh-MO", "zh-Hant-HK", "zh-Hant-TW", "zh-CN", "zh-SG", "zh", "zh-Hans-HK",
            "sr-Latn-RS", "sr-Cyrl-RS", "sr-ME", "es-MX", "es-ES", "pt", "pt-BR", "no", "nb-NO", "no-NO", "ko", "tlh", "und",
            "zh-yue-HK", "iw", "ZH-hant-hk", "sr-latn-rs-x-test", "en-Hant-TW");

    @Test
    void everyCodeInEveryLocaleAsJavaShowsIt() throws IOException {
        JsonNode results = compareWithJava("regional.yaml", REQUESTED);

        // The comparison is not vacuous: regional locales and locales the catalog lacks fall back to their language.
        assertEquals("Konto ann nach 3 Versuchen gesperrt", message(results, 101002, "de-AT"));
        assertEquals("Konto ann nach 3 Versuchen gesperrt", message(results, 101002, "de-CH"));
        assertEquals("Pas de session s-1 pour ann", message(results, 101001, "fr-CA"));
        assertEquals("Ka Sitzung s-1 für ann", message(results, 101001, "de-Latn-AT"));
        assertEquals("Use {literal} braces", message(results, 101004, "fr"));
        assertEquals("Quota of 3 reached", message(results, 102002, "it"));
        assertTrue(message(results, 102001, "fr-CA").matches("Limite 1.234,5 d\u00e9pass\u00e9e le .+ de 1048576 octets"),
                message(results, 102001, "fr-CA"));
    }

    @Test
    void scriptsAndNumericRegionsAsJavaFindsThem() throws IOException {
        JsonNode results = compareWithJava("scripts.yaml", REQUESTED_WITH_SCRIPTS);

        // Not vacuous: Java's implied scripts, the asked locale's own next candidate, a numeric region, Norwegian.
        assertEquals("使用者 ann 沒有工作階段 s-1", message(results, 101001, "zh-TW"));
        assertEquals("使用者 ann 沒有工作階段 s-1", message(results, 101001, "zh-HK"));
        assertEquals("用户 ann 没有会话 s-1", message(results, 101001, "zh-SG"));
        assertEquals("帳戶 ann 嘗試 3 次後已被鎖定", message(results, 101002, "zh-Hant-HK"), "zh-Hant has none: on to zh-HK");
        assertEquals("帳號 ann 嘗試 3 次後已鎖定", message(results, 101002, "zh-Hant"), "zh-Hant has none: on to zh-TW");
        assertEquals("Account ann locked after 3 attempts", message(results, 101002, "zh-MO"));
        assertEquals("Налог ann је закључан после 3 покушаја", message(results, 101002, "sr-Latn-RS"));
        assertEquals("Nema sesije s-1 za ann", message(results, 101001, "sr-Latn-RS"));
        assertEquals("No hay sesión s-1 para ann", message(results, 101001, "es-419"));
        assertEquals("No existe la sesión s-1 para ann", message(results, 101001, "es-MX"));
        assertEquals("Ingen økt s-1 for ann", message(results, 101001, "no"));
        assertEquals("No session s-1 for ann", message(results, 101001, "ko"));
        assertEquals("上限", title(results, 102001, "zh-Hant-HK"));
        assertEquals("限制", title(results, 102001, "zh-Hant"));
        assertEquals(List.of("zh-Hant", "zh-HK", "en"), candidates(results, "zh-Hant-HK"));
        assertEquals(List.of("zh-Hant", "zh-TW", "en"), candidates(results, "zh-TW"));
        assertEquals(List.of("zh-Hans", "en"), candidates(results, "zh-CN"));
        assertEquals(List.of("sr-Latn", "sr-RS", "sr", "en"), candidates(results, "sr-Latn-RS"));
        assertEquals(List.of("sr-RS", "sr", "en"), candidates(results, "sr-RS"));
        assertEquals(List.of("es-419", "es", "en"), candidates(results, "es-419"));
        assertEquals(List.of("es", "en"), candidates(results, "es-MX"));
        assertEquals(List.of("en"), candidates(results, "ko"));
    }

    /**
     * Compiles the catalog to Java and to TypeScript, asks every code in every requested locale in
     * both, and asserts that they agree: the message, the title, and the catalog locales looked in
     * (Java's: {@code ResourceBundle.Control.getCandidateLocales} of the locale that the catalog
     * declares, then the default). Returns what TypeScript gave.
     */
    private JsonNode compareWithJava(String catalogFile, List<String> requested) throws IOException {
        ClientTools.requireTypeScript();
        String yaml = ClientTools.resource(catalogFile);
        FrontEnd.Result loaded = FrontEnd.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS);
        assertEquals(List.of(), loaded.diagnostics());
        Catalog catalog = loaded.catalog().orElseThrow();
        GeneratedClasses java = GeneratedClasses.compiledWithoutWarnings(yaml);

        Files.writeString(dir.resolve("api-errors.ts"), TypeScriptWriter.typescript(catalog), StandardCharsets.UTF_8);
        List<String> tsc = new ArrayList<>(List.of(ClientTools.TSC.toString(), "--outDir", "out"));
        tsc.addAll(TypeScriptModuleTest.STRICT);
        tsc.add("api-errors.ts");
        assertEquals(new ClientTools.Result(0, ""), ClientTools.run(dir, tsc, 120));
        Files.writeString(dir.resolve("out/package.json"), "{\"type\": \"module\"}\n");
        Files.writeString(dir.resolve("compare-locales.mjs"), ClientTools.resource("compare-locales.mjs"), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> requests = new ArrayList<>();
        for (ErrorCode code : catalog.codesByNumber()) {
            Map<String, Object> args = new LinkedHashMap<>();
            Map<String, Object> types = new LinkedHashMap<>();
            for (int i = 0; i < code.parameters().size(); i++) {
                args.put(code.parameters().get(i), typeScriptArgument(code.parameters().get(i), code.parameterTypes().get(i)));
                types.put(code.parameters().get(i), code.parameterTypes().get(i).keyword());
            }
            requests.add(Map.of("code", code.code(), "args", args, "types", types, "locales", requested));
        }
        Files.writeString(dir.resolve("requests.json"), json.writeValueAsString(requests), StandardCharsets.UTF_8);
        ClientTools.Result run = ClientTools.run(dir, List.of("node", "compare-locales.mjs"), 60);
        assertEquals(0, run.status(), run.output());

        List<String> differences = new ArrayList<>();
        JsonNode results = json.readTree(run.output());
        for (JsonNode result : results) {
            int number = result.get("code").asInt();
            Locale locale = Locale.forLanguageTag(result.get("locale").asText());
            ErrorCode code = catalog.codesByNumber().stream().filter(c -> c.code() == number).findFirst().orElseThrow();
            Object error = java.callStatic("ApiErrors", "of", number);
            Object exception = GeneratedClasses.call(error, "exception", (Object) javaArguments(code));
            String typeScript = result.get("message").asText();
            if (formatsWithLocaleData(code)) {
                // A number or a date is formatted with the JDK's CLDR data in Java and with Node.js's ICU
                // data in TypeScript, and those differ by version (on JDK 17 and Node.js 20: de-CH groups
                // with U+2019 in Java and an apostrophe in Node.js; it writes 1.234,5 in Java and 1234,5 in
                // Node.js). So here the text chosen and every other argument are compared, the number and
                // date left free: the message must be Java's template with the other arguments filled in.
                Pattern shape = shape((String) GeneratedClasses.call(error, "message", locale), code, javaArguments(code));
                if (!shape.matcher(typeScript).matches()) {
                    differences.add(number + " message " + result.get("locale") + ": Java template " + shape + " | TypeScript " + typeScript);
                }
            } else {
                compare(differences, number + " message " + result.get("locale"), GeneratedClasses.call(exception, "message", locale),
                        typeScript);
            }
            compare(differences, number + " title " + result.get("locale"),
                    GeneratedClasses.call(GeneratedClasses.call(error, "category"), "title", locale), result.get("title").asText());
            List<String> typeScriptCandidates = new ArrayList<>();
            result.get("candidates").forEach(candidate -> typeScriptCandidates.add(candidate.asText()));
            compare(differences, number + " candidates " + result.get("locale"), javaCandidates(catalog.locales(), locale),
                    typeScriptCandidates);
        }
        assertEquals(catalog.codesByNumber().size() * requested.size(), results.size());
        assertEquals(List.of(), differences, "TypeScript differs from Java");
        return results;
    }

    /** The catalog locales Java's ResourceBundle would look in for {@code locale}, then the default; straight from the JDK. */
    private static List<String> javaCandidates(List<String> locales, Locale locale) {
        List<String> chain = new ArrayList<>();
        for (Locale candidate : ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT).getCandidateLocales("", locale)) {
            String tag = candidate.toLanguageTag();
            if (locales.contains(tag) && !chain.contains(tag)) {
                chain.add(tag);
            }
            if (tag.equals(locales.get(0))) {
                return chain;
            }
        }
        chain.add(locales.get(0));
        return chain;
    }

    private static List<String> candidates(JsonNode results, String locale) {
        for (JsonNode result : results) {
            if (result.get("locale").asText().equals(locale)) {
                List<String> candidates = new ArrayList<>();
                result.get("candidates").forEach(candidate -> candidates.add(candidate.asText()));
                return candidates;
            }
        }
        throw new AssertionError("no result for " + locale);
    }

    private static String title(JsonNode results, int code, String locale) {
        for (JsonNode result : results) {
            if (result.get("code").asInt() == code && result.get("locale").asText().equals(locale)) {
                return result.get("title").asText();
            }
        }
        throw new AssertionError("no result for " + code + " in " + locale);
    }

    private static void compare(List<String> differences, String what, Object java, Object typeScript) {
        if (!java.equals(typeScript)) {
            differences.add(what + ": Java " + java + " | TypeScript " + typeScript);
        }
    }

    private static boolean formatsWithLocaleData(ErrorCode code) {
        return code.parameterTypes().contains(PlaceholderType.NUMBER) || code.parameterTypes().contains(PlaceholderType.DATE);
    }

    /** A message template ({@code {name}}, {@code {{}}) as a pattern: each number or date free, each other argument as Java shows it. */
    private static Pattern shape(String template, ErrorCode code, Object[] args) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                int index = code.parameters().indexOf(template.substring(i + 1, end));
                PlaceholderType type = code.parameterTypes().get(index);
                regex.append(type == PlaceholderType.NUMBER || type == PlaceholderType.DATE ? "(.+?)" : Pattern.quote(String.valueOf(args[index])));
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String message(JsonNode results, int code, String locale) {
        for (JsonNode result : results) {
            if (result.get("code").asInt() == code && result.get("locale").asText().equals(locale)) {
                return result.get("message").asText();
            }
        }
        throw new AssertionError("no result for " + code + " in " + locale);
    }

    /** One argument as the Java factory takes it. */
    private static Object[] javaArguments(ErrorCode code) {
        Object[] args = new Object[code.parameters().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (code.parameterTypes().get(i)) {
                case UNTYPED -> code.parameters().get(i).equals("user") ? "ann" : "s-1";
                case STRING -> "ann";
                case INT -> 3;
                case LONG -> 1_048_576L;
                case NUMBER -> new BigDecimal("1234.5");
                case DATE -> LocalDate.of(2026, 12, 1);
            };
        }
        return args;
    }

    /** The same argument as {@code compare-locales.mjs} reads it from JSON. */
    private static Object typeScriptArgument(String name, PlaceholderType type) {
        return switch (type) {
            case UNTYPED -> name.equals("user") ? "ann" : "s-1";
            case STRING -> "ann";
            case INT -> 3;
            case LONG -> "1048576";
            case NUMBER -> 1234.5;
            case DATE -> "2026-12-01";
        };
    }
}
