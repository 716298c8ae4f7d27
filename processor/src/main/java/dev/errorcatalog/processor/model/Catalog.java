package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole catalog, valid enough to generate from: every code has a category, names are legal,
 * ranges nest. Categories keep the order of the file.
 *
 * @param digits how many digits every code has, or {@link #ANY_DIGITS} for codes of any length and sign
 * @param retired the {@code reserved} entries: retired codes and ranges, some with a name and a reason
 * @param fields the per-code attributes the catalog declares, in the order written
 * @param help the help link every code inherits unless its categories or itself say otherwise, as written
 * @param domain the {@code domain} key: the gRPC {@code ErrorInfo.domain} of every code
 */
public record Catalog(
        String name,
        int digits,
        List<String> locales,
        int defaultHttpStatus,
        List<Retired> retired,
        List<CatalogImport> imports,
        List<Category> categories,
        Mark mark,
        List<FieldDefinition> fields,
        Optional<String> help,
        Optional<Domain> domain) {

    /** The {@code digits} of {@code digits: any}: a code is any {@code int} written in plain decimal. */
    public static final int ANY_DIGITS = 0;

    /** The catalog's {@code domain}, a host name such as {@code shop.acme.com}, and where it is written. */
    public record Domain(String host, Mark mark) {}

    public Catalog {
        locales = List.copyOf(locales);
        retired = List.copyOf(retired);
        imports = List.copyOf(imports);
        categories = List.copyOf(categories);
        fields = List.copyOf(fields);
    }

    public boolean anyDigits() {
        return digits == ANY_DIGITS;
    }

    /** The ranges of the {@code reserved} entries (a single code is a range of one). */
    public List<CodeRange> reserved() {
        return retired.stream().map(Retired::range).toList();
    }

    public String defaultLocale() {
        return locales.get(0);
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<FieldDefinition> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The same catalog with other categories (the validator adds each one's parent). */
    public Catalog withCategories(List<Category> newCategories) {
        return new Catalog(name, digits, locales, defaultHttpStatus, retired, imports, newCategories, mark, fields, help, domain);
    }

    /** Every code, sorted by number. */
    public List<ErrorCode> codesByNumber() {
        return categories.stream()
                .flatMap(c -> c.codes().stream())
                .sorted(Comparator.comparingInt(ErrorCode::code))
                .toList();
    }

    /**
     * The category of each code, by the code object itself. A writer that needs it per code builds
     * this once: a search of every category's list for every code is quadratic (seconds at 10,000 codes).
     */
    public Map<ErrorCode, Category> categoriesByCode() {
        Map<ErrorCode, Category> byCode = new IdentityHashMap<>();
        for (Category category : categories) {
            for (ErrorCode code : category.codes()) {
                byCode.put(code, category);
            }
        }
        return byCode;
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
