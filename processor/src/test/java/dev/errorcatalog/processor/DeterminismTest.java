package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The same catalog gives byte-identical sources whatever the JVM's default locale: the Turkish
 * locale turns "i".toUpperCase() into a dotted capital I, which naive case conversion would put
 * into constant names.
 */
class DeterminismTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, tr]",
            "categories:",
            "  - id: identity-items",
            "    title: {en: Identity, tr: Kimlik}",
            "    range: 1xxxxx",
            "    codes:",
            "      - {code: 100001, name: ITEM_INVALID, message: {en: 'Item {id} is invalid', tr: 'Öğe {id} geçersiz'}}",
            "      - {code: 100002, name: IDENTITY_MISSING, message: Identity missing, deprecated: true}");

    @Test
    void sourcesDoNotDependOnTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String root = GeneratedApiTest.sources(CatalogCompiler.compile(CATALOG));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String turkish = GeneratedApiTest.sources(CatalogCompiler.compile(CATALOG));
            assertEquals(root, turkish);
            assertEquals(true, turkish.contains("IDENTITY_ITEMS"));
            assertEquals(true, turkish.contains("itemInvalid("));
        } finally {
            Locale.setDefault(original);
        }
    }
}
