package dev.errorcatalog.upstream;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The docs the build ships in the jar carry what the upstream page carries: the Markdown reference
 * has every section's titles and range and every code with its exact message; the JSON descriptor
 * reads back as the same catalog the Java API was generated from.
 */
class UpstreamDocsTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = UpstreamDocsTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is not in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<UpstreamParityTest.Section> page() throws IOException {
        return UpstreamParityTest.parse(resource("/upstream/error-codes.txt"));
    }

    @Test
    void markdownHasEverySectionAndEveryCodeOfThePage() throws IOException {
        String markdown = resource("/META-INF/error-catalog/Api.md");
        // headings and titles as a reader sees them: without the HTML entity for '&'
        String plain = markdown.replace("&amp;", "&");
        Map<Integer, String> pageMessages = new TreeMap<>();
        for (UpstreamParityTest.Section section : page()) {
            String pattern = pattern(section.first(), section.last());
            assertTrue(plain.contains("# " + section.english() + " (" + pattern + ")"), section.english() + " " + pattern);
            assertTrue(plain.contains("- Title (en): " + section.english() + "\n"), section.english());
            if (section.chinese() != null) {
                assertTrue(markdown.contains("- Title (zh-CN): " + section.chinese() + "\n"), section.chinese());
            }
            assertTrue(plain.contains("- Range: `" + pattern + "` (" + section.first() + " to " + section.last() + ")"));
            pageMessages.putAll(section.codes());
        }
        assertEquals(pageMessages, tableMessages(markdown));
    }

    @Test
    void clientOutputsCarryEveryCodeOfThePage() throws IOException {
        String typescript = resource("/META-INF/error-catalog/Api.ts");
        String openapi = resource("/META-INF/error-catalog/Api.openapi.json");
        String html = resource("/META-INF/error-catalog/Api.html");
        assertTrue(openapi.startsWith("{\n  \"openapi\": \"3.1.0\",\n"), openapi);
        for (UpstreamParityTest.Section section : page()) {
            assertTrue(html.contains("data-locale=\"en\">" + section.english().replace("&", "&amp;") + "</span>"), "Api.html: " + section.english());
            if (section.chinese() != null) {
                assertTrue(html.contains("data-locale=\"zh-CN\">" + section.chinese() + "</span>"), "Api.html: " + section.chinese());
            }
            for (int code : section.codes().keySet()) {
                assertTrue(html.contains("\" id=\"" + code + "\" data-search=\""), "Api.html: " + code);
                assertTrue(typescript.contains("\n  | " + code + "\n") || typescript.contains("\n  | " + code + ";\n"), "Api.ts: " + code);
                assertTrue(typescript.contains("\n  " + code + ": {\n    code: " + code + ",\n"), "Api.ts: " + code);
                assertTrue(openapi.contains("\n          " + code + ",\n") || openapi.contains("\n          " + code + "\n"), "Api.openapi.json: " + code);
            }
        }
    }

    @Test
    void markdownShowsNesting() throws IOException {
        String markdown = resource("/META-INF/error-catalog/Api.md");
        assertTrue(markdown.contains("### ACH Errors (3049xx)"));
        assertTrue(markdown.contains("- Inside: Compliance Errors (304xxx)"));
        assertTrue(markdown.indexOf("## Compliance Errors") < markdown.indexOf("### ACH Errors"));
    }

    @Test
    void jsonDescriptorIsTheSameCatalog() throws IOException {
        byte[] json = resource("/META-INF/error-catalog/Api.json").getBytes(StandardCharsets.UTF_8);
        FrontEnd.Result result = FrontEnd.load("Api.json", json, Options.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        Catalog catalog = result.catalog().orElseThrow();
        List<Integer> codes = new ArrayList<>();
        for (Category category : catalog.categories()) {
            ApiCategory generated = ApiCategory.valueOf(category.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            assertEquals(generated.first(), category.range().first());
            assertEquals(generated.last(), category.range().last());
            assertEquals(generated.parent().map(ApiCategory::id), category.parent());
            for (ErrorCode code : category.codes()) {
                ApiError error = ApiErrors.of(code.code());
                assertEquals(error.name(), code.name());
                assertEquals(error.message(), code.message().text("en", "en"));
                assertEquals(error.httpStatus(), code.httpStatus());
                assertEquals(error.category(), generated);
                codes.add(code.code());
            }
        }
        assertEquals(ApiErrors.all().stream().map(ApiError::code).toList(), codes.stream().sorted().toList());
    }

    /** {@code 300000..300999} → {@code 300xxx}. */
    private static String pattern(int first, int last) {
        String from = String.valueOf(first);
        String to = String.valueOf(last);
        int common = 0;
        while (common < from.length() && from.charAt(common) == to.charAt(common)) {
            common++;
        }
        return from.substring(0, common) + "x".repeat(from.length() - common);
    }

    /** Code → English message, read back from the Markdown tables. */
    private static Map<Integer, String> tableMessages(String markdown) {
        Map<Integer, String> messages = new TreeMap<>();
        for (String line : markdown.split("\n")) {
            if (!line.matches("\\| \\d{6} \\|.*")) {
                continue;
            }
            List<String> cells = cells(line);
            messages.put(Integer.parseInt(cells.get(0)), cells.get(2));
        }
        return messages;
    }

    /** The cells of a table row, unescaped. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
