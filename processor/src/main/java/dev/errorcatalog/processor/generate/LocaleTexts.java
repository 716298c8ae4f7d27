package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of the locales other than the default one, as resources beside the classes: one file a
 * locale ({@code Api_zh_CN.texts}), one line a text, in a fixed order (every code by category and
 * ordinal, then every category's title). Generated Java keeps only the default locale's texts, so
 * its size and javac's time do not grow with the number of locales; the generated {@code ApiTexts}
 * reads a locale's file on its first use.
 *
 * <p>A line is the text with {@code \}, line feed and carriage return escaped as {@code \\},
 * {@code \n} and {@code \r}; an empty line means "no text in this locale" (texts are never empty),
 * and the generated {@code ApiTexts} looks in the locale's next candidate, as ResourceBundle does
 * ({@code de-AT} → {@code de}), then takes the default locale's text. A file holds only its own
 * locale's texts: which candidate comes next depends on the locale asked for ({@code zh-Hant-HK}
 * goes on to {@code zh-HK}, {@code zh-Hant} to {@code zh-TW}).
 */
public final class LocaleTexts {
    private LocaleTexts() {}

    /** {@code Api_zh_CN.texts}: the resource name, relative to the package. */
    static String resourceName(Catalog catalog, String locale) {
        return catalog.name() + "_" + locale.replace('-', '_') + ".texts";
    }

    /** How many texts a locale has: every code's message, then every category's title. */
    static int size(Catalog catalog) {
        return codeCount(catalog) + catalog.categories().size();
    }

    /** The index of a category's first code among all texts. */
    static int offset(Catalog catalog, Category category) {
        int offset = 0;
        for (Category c : catalog.categories()) {
            if (c == category) {
                return offset;
            }
            offset += c.codes().size();
        }
        throw new IllegalArgumentException("not in the catalog: " + category.id());
    }

    /** The index of the first title among all texts. */
    static int titlesOffset(Catalog catalog) {
        return codeCount(catalog);
    }

    private static int codeCount(Catalog catalog) {
        return catalog.categories().stream().mapToInt(c -> c.codes().size()).sum();
    }

    /** Every non-default locale's resource, by path from the class output's root. */
    public static Map<String, String> resources(Catalog catalog, String packageName) {
        Map<String, String> resources = new LinkedHashMap<>();
        String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        List<String> locales = catalog.locales();
        for (String locale : locales.subList(1, locales.size())) {
            StringBuilder out = new StringBuilder();
            for (Category category : catalog.categories()) {
                for (ErrorCode code : category.codes()) {
                    line(out, own(code.message(), locale).map(MessageTemplate::withoutTypes));
                }
            }
            for (Category category : catalog.categories()) {
                line(out, own(category.title(), locale));
            }
            resources.put(directory + resourceName(catalog, locale), out.toString());
        }
        return resources;
    }

    /** The locale's own text; empty sends the lookup on to the next candidate. */
    private static Optional<String> own(LocalizedText text, String locale) {
        return text.translation(locale).map(LocalizedText.Translation::text);
    }

    /** One text as a resource line: {@code \\}, {@code \n} and {@code \r} escaped; empty for none. */
    static void line(StringBuilder out, Optional<String> text) {
        text.ifPresent(t -> {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        });
        out.append('\n');
    }
}
