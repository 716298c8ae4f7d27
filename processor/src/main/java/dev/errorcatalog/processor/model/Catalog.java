package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.yaml.Mark;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole catalog, valid enough to generate from: every code has a category, names are legal,
 * ranges nest. Categories keep the order of the file.
 */
public record Catalog(
        String name,
        int digits,
        List<String> locales,
        int defaultHttpStatus,
        List<CodeRange> reserved,
        List<CatalogImport> imports,
        List<Category> categories,
        Mark mark) {

    public Catalog {
        locales = List.copyOf(locales);
        reserved = List.copyOf(reserved);
        imports = List.copyOf(imports);
        categories = List.copyOf(categories);
    }

    public String defaultLocale() {
        return locales.get(0);
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every code, sorted by number. */
    public List<ErrorCode> codesByNumber() {
        return categories.stream()
                .flatMap(c -> c.codes().stream())
                .sorted(Comparator.comparingInt(ErrorCode::code))
                .toList();
    }

    /** The categories directly inside {@code parent} (top-level ones for an empty parent), in file order. */
    public List<Category> children(Optional<String> parent) {
        return categories.stream().filter(c -> c.parent().equals(parent)).toList();
    }

    /** How deep a category sits: 0 for a top-level one. */
    public int depth(Category category) {
        int depth = 0;
        Optional<String> parent = category.parent();
        while (parent.isPresent()) {
            depth++;
            parent = category(parent.get()).flatMap(Category::parent);
        }
        return depth;
    }
}
