package dev.errorcatalog.processor.docs.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.model.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The skeleton tells the translator which plural categories their language needs. */
class TranslationSkeletonPluralTest {
    @Test
    void aPluralMessageNamesTheLocalesCategories() {
        String yaml = String.join("\n",
                "catalog: Api",
                "locales: [en, cs, ja]",
                "categories:",
                "  - id: orders",
                "    title: Orders",
                "    range: 301xxx",
                "    codes:",
                "      - {code: 301001, name: MATCHES, message: '{n, plural, one {# order} other {# orders}}'}",
                "");
        FrontEnd.Result loaded = FrontEnd.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8), Options.DEFAULTS);
        assertEquals(List.of(), loaded.diagnostics());
        Catalog catalog = loaded.catalog().orElseThrow();
        assertEquals(String.join("\n",
                "# Api catalog: the 'cs' texts. Keys are category ids (titles) and code names (messages); the comment above each"
                        + " key is the 'en' text. Keep every {placeholder}.",
                "",
                "# en: Orders",
                "orders = ",
                "# en: {n, plural, one {# order} other {# orders}}",
                "# cs plural categories (CLDR, whole numbers): one, few, other; write a branch for each",
                "MATCHES = ",
                ""), TranslationSkeleton.write(catalog, "cs"));
        assertEquals(true, TranslationSkeleton.write(catalog, "ja").contains("# ja plural categories (CLDR, whole numbers): other;"));
    }
}
