package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codes' explanations as one resource beside the classes ({@code Api.explanations}): for each
 * locale in the catalog's order, a line per code in the order of {@link LocaleTexts} (by category,
 * then ordinal). Escaped as there; an empty line is "none of its own in this locale", and the
 * lookup goes on along the locale's candidates to the default, as messages do. Explanations stay out of Java: they can be long, and only a few
 * callers ever read them.
 */
public final class Explanations {
    private Explanations() {}

    static String resourceName(Catalog catalog) {
        return catalog.name() + ".explanations";
    }

    static boolean any(Catalog catalog) {
        return catalog.categories().stream().flatMap(c -> c.codes().stream()).anyMatch(c -> c.explanation().isPresent());
    }

    static int codeCount(Catalog catalog) {
        return catalog.categories().stream().mapToInt(c -> c.codes().size()).sum();
    }

    /** The resource, by path from the class output's root; none for a catalog without explanations. */
    public static Map<String, String> resources(Catalog catalog, String packageName) {
        if (!any(catalog)) {
            return Map.of();
        }
        String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        List<String> locales = catalog.locales();
        StringBuilder out = new StringBuilder();
        for (String locale : locales) {
            for (Category category : catalog.categories()) {
                for (ErrorCode code : category.codes()) {
                    LocaleTexts.line(out, code.explanation().flatMap(text -> text.translation(locale)).map(LocalizedText.Translation::text));
                }
            }
        }
        return Map.of(directory + resourceName(catalog), out.toString());
    }
}
