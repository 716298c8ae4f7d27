package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.clients.ClientTools;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one fallback rule of the client outputs: a catalog locale's candidates and the text it shows. */
public class LocaleFallbackTest {
    static final List<String> LOCALES = List.of("en", "de", "de-AT", "fr-CA", "zh-CN", "zh");

    @Test
    void aRegionalLocaleFallsBackToItsLanguageWhereDeclaredThenToTheDefault() {
        assertEquals(List.of("de-AT", "de", "en"), LocaleFallback.chain("de-AT", LOCALES, "en"));
        assertEquals(List.of("fr-CA", "en"), LocaleFallback.chain("fr-CA", LOCALES, "en"), "fr is not declared");
        assertEquals(List.of("de", "en"), LocaleFallback.chain("de", LOCALES, "en"));
        assertEquals(List.of("en"), LocaleFallback.chain("en", LOCALES, "en"));
    }

    @Test
    void theDefaultLocaleAppearsOnce() {
        // zh-CN's language is declared; the default zh-CN itself stays first
        assertEquals(List.of("zh-CN", "zh"), LocaleFallback.chain("zh-CN", List.of("zh-CN", "zh"), "zh-CN"));
        assertEquals(List.of("zh-TW", "zh"), LocaleFallback.chain("zh-TW", List.of("zh", "zh-TW"), "zh"));
    }

    @Test
    void textIsTheFirstCandidatesTranslation() {
        Catalog catalog = regional();
        LocaleFallback fallback = LocaleFallback.of(catalog);
        ErrorCode locked = catalog.codesByNumber().stream().filter(c -> c.code() == 101002).findFirst().orElseThrow();
        assertEquals("de", fallback.source(locked.message(), "de-AT"));
        assertEquals("Konto {user} nach {attempts} Versuchen gesperrt", fallback.text(locked.message(), "de-AT"));
        assertEquals("en", fallback.source(locked.message(), "fr-CA"), "neither fr-CA nor fr has one");
        Category limits = catalog.category("limits").orElseThrow();
        assertEquals("Limites", fallback.text(limits.title(), "fr-CA"));
        assertEquals("Limits", fallback.text(limits.title(), "de"), "de-AT's title is not de's");
        assertEquals("Grenzen", fallback.text(limits.title(), "de-AT"));
    }

    /** The catalog with regional locales the client tests use. */
    public static Catalog regional() {
        FrontEnd.Result result = FrontEnd.load("regional.yaml",
                ClientTools.resource("regional.yaml").getBytes(StandardCharsets.UTF_8), Options.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        return result.catalog().orElseThrow();
    }
}
