package dev.errorcatalog.processor;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.generate.CatalogGenerator;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.LocaleTexts;
import dev.errorcatalog.processor.model.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated Java does not grow with the number of locales: other locales' texts are resources
 * beside the classes. The bound is 1.2 times the English-only source with 24 locales.
 */
class LocaleScalingTest {
    static final List<String> LOCALES = List.of("en", "de", "fr", "es", "it", "pt-BR", "ja", "ko", "zh-CN", "zh-TW", "ru",
            "pl", "nl", "sv", "da", "fi", "nb", "cs", "hu", "ro", "tr", "uk", "el", "bg");

    /** 500 codes in 5 categories, every text in every given locale, written inline. */
    static String catalog(List<String> locales) {
        StringBuilder yaml = new StringBuilder("catalog: Api\nlocales: [" + String.join(", ", locales) + "]\ncategories:\n");
        for (int c = 0; c < 5; c++) {
            yaml.append("  - id: area-").append(c).append("\n    title: {");
            for (String locale : locales) {
                yaml.append(locale).append(": 'Area ").append(c).append(" (").append(locale).append(")', ");
            }
            yaml.append("}\n    range: ").append(30 + c).append("xxxx\n    codes:\n");
            for (int i = 0; i < 100; i++) {
                yaml.append("      - {code: ").append((30 + c) * 10_000 + i).append(", name: CODE_").append(c).append('_').append(i)
                        .append(", message: {");
                for (String locale : locales) {
                    yaml.append(locale).append(": 'The request ").append(i).append(" failed for {account:long} with {amount:number}")
                            .append(" in ").append(locale).append("', ");
                }
                yaml.append("}}\n");
            }
        }
        return yaml.toString();
    }

    static Map<String, Integer> generated(String yaml) {
        FrontEnd.Result result = FrontEnd.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS);
        assertEquals(List.of(), result.diagnostics());
        Catalog catalog = result.catalog().orElseThrow();
        int java = new CatalogGenerator(new GenerationContext(catalog, "com.acme.errors", null, true, true)).sources().stream()
                .mapToInt(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        int texts = LocaleTexts.resources(catalog, "com.acme.errors").entrySet().stream()
                .filter(e -> e.getKey().endsWith(".texts"))
                .mapToInt(e -> e.getValue().getBytes(StandardCharsets.UTF_8).length).sum();
        return Map.of("java", java, "texts", texts);
    }

    @Test
    void twentyFourLocalesCostLittleJava() {
        Map<String, Integer> english = generated(catalog(List.of("en")));
        Map<String, Integer> all = generated(catalog(LOCALES));
        double ratio = (double) all.get("java") / english.get("java");
        assertTrue(ratio <= 1.02, "24 locales: " + all + ", English only: " + english + ", ratio " + ratio);
        assertEquals(0, english.get("texts"));
        assertTrue(all.get("texts") > 23 * 500 * 40, "the other 23 locales' texts are resources: " + all);
    }
}
