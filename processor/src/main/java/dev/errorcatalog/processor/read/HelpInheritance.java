package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every code its help link: its own, else its category's, else that of the categories around
 * it, outward, else the catalog's; then fills in {@code {code}} and {@code {name}}. Categories and
 * the catalog keep their templates as written, for the descriptor.
 */
final class HelpInheritance {
    private HelpInheritance() {}

    static Catalog resolve(Catalog catalog) {
        Map<String, Optional<String>> byCategory = new HashMap<>();
        List<Category> categories = catalog.categories().stream()
                .map(category -> {
                    Optional<String> inherited = inherited(catalog, category, byCategory);
                    return category.withCodes(category.codes().stream()
                            .map(code -> code.withHelp(code.help().or(() -> inherited)
                                    .map(template -> HelpLinks.fill(template, code.code(), code.name()))))
                            .toList());
                })
                .toList();
        return catalog.withCategories(categories);
    }

    /** The template a category gives its codes (memoised by id). */
    private static Optional<String> inherited(Catalog catalog, Category category, Map<String, Optional<String>> byCategory) {
        Optional<String> known = byCategory.get(category.id());
        if (known != null) {
            return known;
        }
        Optional<String> template = category.help().or(() -> category.parent().flatMap(catalog::category)
                .map(parent -> inherited(catalog, parent, byCategory)).orElse(catalog.help()));
        byCategory.put(category.id(), template);
        return template;
    }
}
