package dev.errorcatalog.processor;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.clients.ClientTools;
import dev.errorcatalog.processor.clients.HtmlPageTest;
import dev.errorcatalog.processor.clients.OpenApiDescriptionTest;
import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz test's nasty strings and placeholder names survive into the client outputs: the
 * TypeScript module compiles under {@code --strict} and, run under Node.js, gives back every
 * message, title and description exactly, and fills every placeholder; the OpenAPI description
 * parses with no message and holds every text; the HTML page, in a real browser, shows every text
 * as written with no console error.
 */
class ClientStringSurvivalTest {
    /** Every nasty fragment of the fuzz test and of the Java survival test. */
    static final List<String> TEXTS = texts();

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(FuzzStrings.NASTY);
        texts.addAll(StringSurvivalTest.NASTY);
        // Between guillemets: a whitespace-only text is an empty one, which the catalog refuses.
        return texts.stream().map(text -> "\u00ab" + text + "\u00bb").toList();
    }

    /** A catalog with one code per text (its message, description and deprecation reason), and one using every placeholder name. */
    static Catalog nastyCatalog() {
        StringBuilder yaml = new StringBuilder("catalog: Api\nlocales: [en, zh-CN]\ncategories:\n");
        yaml.append("  - id: nasty\n")
                .append("    title: {en: ").append(StringSurvivalTest.quoted(String.join("", TEXTS))).append(", zh-CN: ")
                .append(StringSurvivalTest.quoted("中文 " + String.join("|", TEXTS))).append("}\n")
                .append("    description: ").append(StringSurvivalTest.quoted(String.join(" ", TEXTS))).append('\n')
                .append("    range: 1xxxxx\n    codes:\n");
        for (int i = 0; i < TEXTS.size(); i++) {
            yaml.append("      - code: ").append(100_001 + i).append('\n')
                    .append("        name: NASTY_").append(i).append('\n')
                    .append("        message: {en: ").append(StringSurvivalTest.quoted(literal(TEXTS.get(i)))).append(", zh-CN: ")
                    .append(StringSurvivalTest.quoted("zh " + literal(TEXTS.get(i)))).append("}\n")
                    .append("        description: ").append(StringSurvivalTest.quoted(TEXTS.get(i))).append('\n')
                    .append("        deprecated: ").append(StringSurvivalTest.quoted("because " + TEXTS.get(i))).append('\n');
        }
        yaml.append("      - code: 199999\n        name: EVERY_PLACEHOLDER\n        message: ")
                .append(StringSurvivalTest.quoted(FuzzStrings.PLACEHOLDERS.stream().map(p -> "{" + p + "}").collect(Collectors.joining(" */ "))))
                .append('\n');
        FrontEnd.Result result = FrontEnd.load("errors.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        return result.catalog().orElseThrow();
    }

    /** A message holding {@code text} as literal text: single braces doubled (StringSurvivalTest's texts already double theirs). */
    private static String literal(String text) {
        return text.contains("{{") ? text : text.replace("{", "{{").replace("}", "}}");
    }

    @TempDir
    Path dir;

    @Test
    void openApiDescriptionGivesBackEveryText() throws IOException {
        String openapi = OpenApiWriter.openapi(nastyCatalog());
        OpenApiDescriptionTest.parseWithoutMessages(openapi);
        JsonNode json = new ObjectMapper().readTree(openapi);
        JsonNode descriptions = json.at("/components/schemas/ApiCode/x-enum-descriptions");
        for (int i = 0; i < TEXTS.size(); i++) {
            assertEquals(literal(TEXTS.get(i)) + " (deprecated: because " + TEXTS.get(i) + ")", descriptions.get(i).asText(), "code " + i);
        }
        assertEquals(String.join("", TEXTS), json.at("/components/examples/nasty/value/title").asText());
        assertTrue(openapi.chars().allMatch(c -> c < 0x80), "ASCII, whatever the texts");
    }

    @Test
    void htmlPageShowsEveryText() throws IOException {
        JsonNode seen = HtmlPageTest.browse(dir, HtmlWriter.html(nastyCatalog()), "dump");
        JsonNode titles = seen.get("titles").get(0).get("titles");
        assertEquals("[\"en\"," + quote(shown(String.join("", TEXTS))) + "]", titles.get(0).toString());
        assertEquals("[\"zh-CN\"," + quote(shown("中文 " + String.join("|", TEXTS))) + "]", titles.get(1).toString());
        JsonNode rows = seen.get("rows");
        for (int i = 0; i < TEXTS.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals(Integer.toString(100_001 + i), row.get("id").asText());
            assertEquals("NASTY_" + i, row.get("name").asText());
            assertEquals(shown(literal(TEXTS.get(i))), row.get("messages").get(0).get(1).asText(), "message " + i);
            assertEquals(shown("zh " + literal(TEXTS.get(i))), row.get("messages").get(1).get(1).asText(), "zh-CN message " + i);
            assertEquals(shown(TEXTS.get(i)), row.get("description").asText(), "description " + i);
            assertEquals(shown("deprecated: because " + TEXTS.get(i)), row.get("note").asText(), "deprecation " + i);
        }
        assertEquals(String.join(" ", FuzzStrings.PLACEHOLDERS), rows.get(TEXTS.size()).get("arguments").asText());
    }

    /** What HTML can show of a text: everything but U+0000, which no HTML document can carry (the page shows U+FFFD). */
    private static String shown(String text) {
        return text.replace('\u0000', '\ufffd');
    }

    private static String quote(String text) {
        return new ObjectMapper().valueToTree(text).toString();
    }

    @Test
    void typeScriptModuleGivesBackEveryText() throws IOException {
        ClientTools.requireTypeScript();
        Catalog catalog = nastyCatalog();
        Files.writeString(dir.resolve("api-errors.ts"), TypeScriptWriter.typescript(catalog), StandardCharsets.UTF_8);
        String arguments = FuzzStrings.PLACEHOLDERS.stream()
                .map(p -> dev.errorcatalog.processor.docs.Json.quote(p) + ": " + dev.errorcatalog.processor.docs.Json.quote("<" + p + ">")).collect(Collectors.joining(", "));
        Files.writeString(dir.resolve("dump.ts"), String.join("\n",
                "import { apiCategories, apiErrors, apiMessage, ApiCodes } from \"./api-errors.js\";",
                "declare const console: { log(text: string): void };",
                "console.log(JSON.stringify({",
                "  errors: apiErrors,",
                "  categories: apiCategories,",
                "  filled: apiMessage(ApiCodes.EVERY_PLACEHOLDER, { " + arguments + " }),",
                "}));",
                ""), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(ClientTools.TSC.toString(), "--outDir", "out"));
        command.addAll(dev.errorcatalog.processor.clients.TypeScriptModuleTest.STRICT);
        command.addAll(List.of("api-errors.ts", "dump.ts"));
        assertEquals(new ClientTools.Result(0, ""), ClientTools.run(dir, command, 120));
        Files.writeString(dir.resolve("out/package.json"), "{\"type\": \"module\"}\n");
        ClientTools.Result run = ClientTools.run(dir, List.of("node", "out/dump.js"), 60);
        assertEquals(0, run.status(), run.output());

        JsonNode dump = new ObjectMapper().readTree(run.output());
        for (int i = 0; i < TEXTS.size(); i++) {
            JsonNode error = dump.get("errors").get(Integer.toString(100_001 + i));
            assertEquals(literal(TEXTS.get(i)), error.get("messages").get("en").asText(), "message " + i);
            assertEquals("zh " + literal(TEXTS.get(i)), error.get("messages").get("zh-CN").asText(), "zh-CN message " + i);
            assertEquals(TEXTS.get(i), error.get("description").asText(), "description " + i);
            assertEquals("because " + TEXTS.get(i), error.get("deprecated").asText(), "deprecation " + i);
        }
        JsonNode category = dump.get("categories").get("nasty");
        assertEquals(String.join("", TEXTS), category.get("titles").get("en").asText());
        assertEquals("中文 " + String.join("|", TEXTS), category.get("titles").get("zh-CN").asText());
        assertEquals(FuzzStrings.PLACEHOLDERS.stream().map(p -> "<" + p + ">").collect(Collectors.joining(" */ ")),
                dump.get("filled").asText());
    }
}
