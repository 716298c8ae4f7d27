package dev.errorcatalog.processor.clients;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.docs.LocaleFallbackTest;
import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reference page of the real upstream catalog in a real browser (Debian's chromium,
 * driven by Playwright through {@code clients-test/browser-check.mjs}): typing {@code 3049} leaves
 * only the ACH rows, {@code #304900} opens and highlights that code, the language switch shows the
 * Chinese titles and messages, nothing is fetched and nothing is logged to the console.
 */
public class HtmlPageTest {
    static final Path UPSTREAM = Path.of("..", "catalog", "src", "main", "resources", "errors.yaml");
    static final Path BROWSER_CHECK = ClientTools.CLIENTS.resolve("browser-check.mjs");
    /** Where the screenshot is left for the docs ({@code docs/images/html-reference.png} is a copy). */
    static final Path SCREENSHOT = Path.of("target", "html-reference.png");

    @TempDir
    Path dir;

    /** Runs the browser script on {@code html}; what it saw. */
    public static JsonNode browse(Path dir, String html, String... arguments) throws IOException {
        ClientTools.requireBrowser();
        Path page = dir.resolve("page.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("node", BROWSER_CHECK.toString(), arguments[0], page.toString()));
        command.addAll(List.of(arguments).subList(1, arguments.length));
        ClientTools.Result run = ClientTools.run(dir, command, 180);
        assertEquals(0, run.status(), run.output());
        JsonNode seen = new ObjectMapper().readTree(run.output());
        assertEquals("[]", seen.get("consoleErrors").toString(), "console errors");
        assertEquals("[]", seen.get("requests").toString(), "the page fetches nothing");
        return seen;
    }

    @Test
    void upstreamPageSearchesOpensAnchorsAndSwitchesLanguage() throws IOException {
        Catalog catalog = FrontEnd.load("errors.yaml", Files.readAllBytes(UPSTREAM), Options.DEFAULTS)
                .catalog().orElseThrow();
        Path screenshot = dir.resolve("page.png");
        JsonNode seen = browse(dir, HtmlWriter.html(catalog), "scenario", screenshot.toString());

        assertEquals(109, seen.get("allRows").asInt());
        assertEquals("109 codes", seen.get("count").asText());
        List<String> ach = catalog.category("ach").orElseThrow().codes().stream().map(c -> Integer.toString(c.code())).toList();
        assertEquals(ach, strings(seen.get("searchRows")), "typing 3049 leaves only the ACH rows");
        assertEquals(ach.size() + " of 109 codes", seen.get("searchCount").asText());
        assertEquals(List.of("category-compliance", "category-ach"), strings(seen.get("searchSections")),
                "ACH stays inside its parent, Compliance; no other category shows");
        assertTrue(seen.get("noMatchShown").asBoolean());
        assertEquals(109, seen.get("clearedRows").asInt());

        JsonNode target = seen.get("target");
        assertEquals("304900", target.get("id").asText());
        assertTrue(target.get("inView").asBoolean(), "#304900 is scrolled into view");
        assertNotEquals(seen.get("plainRowBackground").asText(), target.get("background").asText(), "#304900 is highlighted");
        assertTrue(seen.get("revealed").asBoolean(), "opening a code hidden by the search clears the search");

        assertEquals("zh-CN", seen.get("htmlLang").asText());
        List<String> chinese = new ArrayList<>();
        inTreeOrder(catalog, Optional.empty(), chinese);
        assertEquals(chinese, strings(seen.get("activeTitles")));
        assertTrue(chinese.contains("合规错误") && chinese.contains("ACH错误"), chinese.toString());
        assertEquals(List.of("Visitor Errors"), strings(seen.get("visitorTitles")),
                "a category without a Chinese title shows its English one once, not twice");
        assertTrue(strings(seen.get("visibleMessages")).stream().allMatch("zh-CN"::equals), "only Chinese messages show");
        assertEquals(109, seen.get("visibleMessages").size());

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(screenshot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aRegionalLocaleShowsItsLanguagesTextsAsJavaDoes() throws IOException {
        String html = HtmlWriter.html(LocaleFallbackTest.regional());
        // de-AT has no title of its own for auth: it names de's as the one standing in, in de's language
        assertTrue(html.contains("<span class=\"title fallback\" lang=\"de\" data-locale=\"de-AT\" data-source=\"de\">Anmeldefehler</span>"), html);
        assertTrue(html.contains("<span class=\"text\" lang=\"de\" data-locale=\"de-AT\" hidden>Konto {user} nach {attempts} Versuchen gesperrt</span>"), html);

        JsonNode seen = browse(dir, html, "switch", "de-AT");
        assertEquals(List.of("Anmeldefehler", "Grenzen"), strings(seen.get("activeTitles")));
        assertEquals(List.of("Ka Sitzung {id} f\u00fcr {user}", "Konto {user} nach {attempts} Versuchen gesperrt", "Try again later",
                "Use {{literal}} braces", "Limit {amount} am {day} um {size} Bytes \u00fcberschritten", "Kontingent von {count} erreicht"),
                strings(seen.get("visibleMessages")));
        seen = browse(dir, html, "switch", "fr-CA");
        assertEquals(List.of("Erreurs d'authentification", "Limites"), strings(seen.get("activeTitles")));
        assertEquals(List.of("Pas de session {id} pour {user}", "Account {user} locked after {attempts} attempts", "Try again later",
                "Utilisez les accolades {{literal}}", "Limite {amount} d\u00e9pass\u00e9e le {day} de {size} octets", "Quota de {count} atteint"),
                strings(seen.get("visibleMessages")));
    }

    private static void inTreeOrder(Catalog catalog, Optional<String> parent, List<String> titles) {
        for (Category category : catalog.children(parent)) {
            titles.add(category.title().text("zh-CN", catalog.defaultLocale()));
            inTreeOrder(catalog, Optional.of(category.id()), titles);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
