package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import java.util.Optional;

/** Works out each category's parent: the narrowest other category whose range strictly contains it. */
final class Nesting {
    private Nesting() {}

    static Catalog withParents(Catalog catalog) {
        return catalog.withCategories(catalog.categories().stream()
                .map(c -> c.withParent(parentOf(catalog, c).map(Category::id)))
                .toList());
    }

    private static Optional<Category> parentOf(Catalog catalog, Category child) {
        return catalog.categories().stream()
                .filter(c -> c != child && c.range().contains(child.range()) && c.range().size() > child.range().size())
                .min((a, b) -> Long.compare(a.range().size(), b.range().size()));
    }
}
