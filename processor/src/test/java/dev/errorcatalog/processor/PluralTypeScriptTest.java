package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TypeScript module chooses plural and select branches as the generated Java does: for every
 * code, every locale (the catalog's and some it lacks) and every sample number, the message from
 * Node.js equals Java's {@code message(Locale)}.
 */
class PluralTypeScriptTest {
    static final List<String> REQUESTED = List.of("en", "cs", "ru", "pl", "ar", "cy", "fr", "pt-PT", "pt", "de", "de-AT",
            "pt-BR", "de-CH", "it", "ru-UA");
    static final List<Long> SAMPLES = samples();

    @TempDir
    Path dir;

    private static List<Long> samples() {
        List<Long> samples = new ArrayList<>();
        for (long n = 0; n <= 30; n++) {
            samples.add(n);
        }
        samples.addAll(List.of(100L, 101L, 102L, 103L, 111L, 112L, 1000L, 1_000_000L, 2_000_000L, 3_000_001L, 1_000_000_000L,
                (long) Integer.MAX_VALUE, -1L, -2L, -21L, -1_000_000L, (long) Integer.MIN_VALUE));
        return List.copyOf(samples);
    }

    @Test
    void everyCodeLocaleAndNumberAsJavaShowsIt() throws IOException {
        ClientTools.requireTypeScript();
        String yaml = ClientTools.resource("plurals.yaml");
        FrontEnd.Result loaded = FrontEnd.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8), Options.DEFAULTS);
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
        List<Object[]> javaArguments = new ArrayList<>();
        List<ErrorCode> codes = new ArrayList<>();
        for (ErrorCode code : catalog.codesByNumber()) {
            List<Long> samples = new ArrayList<>(SAMPLES);
            if (code.parameterTypes().contains(PlaceholderType.LONG)) {
                samples.addAll(List.of(10_000_000_000L, 1_000_000_000_000_001L, Long.MAX_VALUE, -Long.MAX_VALUE));
            }
            for (long sample : samples) {
                for (String role : List.of("admin", "guest")) {
                    Map<String, Object> args = new LinkedHashMap<>();
                    Map<String, Object> types = new LinkedHashMap<>();
                    Object[] values = new Object[code.parameters().size()];
                    for (int i = 0; i < values.length; i++) {
                        PlaceholderType type = code.parameterTypes().get(i);
                        String name = code.parameters().get(i);
                        types.put(name, type.keyword());
                        if (type == PlaceholderType.INT) {
                            values[i] = (int) sample;
                            args.put(name, (int) sample);
                        } else if (type == PlaceholderType.LONG) {
                            values[i] = sample;
                            args.put(name, Long.toString(sample)); // a bigint in Node.js
                        } else {
                            values[i] = name.equals("role") ? role : "EU";
                            args.put(name, values[i]);
                        }
                    }
                    requests.add(Map.of("code", code.code(), "args", args, "types", types, "locales", REQUESTED));
                    javaArguments.add(values);
                    codes.add(code);
                }
            }
        }
        Files.writeString(dir.resolve("requests.json"), json.writeValueAsString(requests), StandardCharsets.UTF_8);
        ClientTools.Result run = ClientTools.run(dir, List.of("node", "compare-locales.mjs"), 120);
        assertEquals(0, run.status(), run.output());
        JsonNode results = json.readTree(run.output());
        assertEquals(requests.size() * REQUESTED.size(), results.size());

        List<String> differences = new ArrayList<>();
        int index = 0;
        for (int r = 0; r < requests.size(); r++) {
            Object error = java.callStatic("ApiErrors", "of", codes.get(r).code());
            Object exception = GeneratedClasses.call(error, "exception", (Object) javaArguments.get(r));
            for (String locale : REQUESTED) {
                String typeScript = results.get(index++).get("message").asText();
                Object expected = GeneratedClasses.call(exception, "message", Locale.forLanguageTag(locale));
                if (!expected.equals(typeScript)) {
                    differences.add(codes.get(r).code() + " " + locale + " " + requests.get(r).get("args") + ": Java " + expected
                            + " | TypeScript " + typeScript);
                }
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())), differences.size() + " differ");
        System.out.println("PluralTypeScriptTest: " + results.size() + " messages compared (" + requests.size() + " code x argument"
                + " samples x " + REQUESTED.size() + " locales)");
        // Not vacuous: the forms differ by locale
        assertEquals("22 заказа в EU", GeneratedClasses.call(GeneratedClasses.call(java.callStatic("ApiErrors", "of", 301001), "exception",
                (Object) new Object[] {22, "EU"}), "message", Locale.forLanguageTag("ru")));
    }
}
