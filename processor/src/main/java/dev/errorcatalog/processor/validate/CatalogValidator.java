package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.read.CatalogReader;
import dev.errorcatalog.processor.read.ResourceResolver;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a YAML tree into a {@link Catalog} and every diagnostic it deserves. Never throws for
 * bad input: every problem comes back as a {@link Diagnostic}.
 */
public final class CatalogValidator {
    /**
     * The most codes one category may hold. Each enum constant costs about 16 bytes of its class's
     * static initialiser and javac rejects methods over 64 KiB (about 4,090 constants); 4,000 keeps
     * a margin. BigCatalogTest compiles a category of exactly this size.
     */
    public static final int MAX_CODES_PER_CATEGORY = 4_000;

    /**
     * The most codes one catalog may hold, all categories together. A whole javac process compiling
     * a catalog with the processor needs about {@value #HEAP_MB_PER_10_000_CODES} MB of heap per
     * 10,000 codes (bench/'s CompileMemory: 1,000 codes compile in 32 MB, 10,000 need 129-192 MB,
     * 50,000 fail in 512 MB; see docs/performance.md). javac's default heap is a quarter of the
     * machine's memory, 512 MB on a 2 GB build machine, which holds about 25,000 codes. Past this the
     * build is refused with one clear error instead of javac dying of OutOfMemoryError inside the
     * processor.
     */
    public static final int MAX_CODES = 25_000;

    /** The heap javac needs per 10,000 codes, rounded up from the measurement; quoted by the too-many-codes error. */
    public static final int HEAP_MB_PER_10_000_CODES = 200;

    /**
     * The most categories the generated category enum can hold: each constant costs its
     * initialiser about 25 bytes plus 7 per locale (its titles), within javac's 64 KiB per method.
     */
    public static int maxCategories(int locales) {
        return 6_000 / (locales + 4);
    }

    /** @param strictLocales every message and title must have every declared locale */
    public record Options(boolean strictLocales) {
        public static final Options DEFAULTS = new Options(false);
    }

    /** The catalog, present when it was readable, and the diagnostics, sorted by place. */
    public record Result(Optional<Catalog> catalog, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private CatalogValidator() {}

    public static Result validate(YamlNode root, Options options) {
        return validate(root, options, Optional.empty());
    }

    /** @param translations finds the translation files the catalog names; empty to leave them unread */
    public static Result validate(YamlNode root, Options options, Optional<ResourceResolver> translations) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Catalog> read = new CatalogReader(diagnostics, options.strictLocales(), translations).read(root);
        if (read.isEmpty()) {
            return new Result(Optional.empty(), sorted(diagnostics));
        }
        Catalog catalog = read.get();
        // Parents first: ownership, suggestions and fill ratios all depend on the nesting.
        catalog = withParents(catalog);
        // Then field values: a code inherits from its category and the categories around it.
        catalog = FieldInheritance.resolve(catalog);
        Capacity capacity = new Capacity(catalog);
        diagnostics.addAll(CategoryRules.check(catalog));
        diagnostics.addAll(CodeRules.check(catalog, capacity));
        diagnostics.addAll(NameRules.check(catalog));
        for (Category category : catalog.categories()) {
            if (category.codes().size() > MAX_CODES_PER_CATEGORY) {
                diagnostics.add(Diagnostic.of(DiagnosticKind.CATEGORY_TOO_LARGE, category.mark(), category.id(),
                        category.codes().size(), MAX_CODES_PER_CATEGORY));
            }
        }
        int codes = catalog.categories().stream().mapToInt(c -> c.codes().size()).sum();
        if (codes > MAX_CODES) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.TOO_MANY_CODES, catalog.mark(), codes, MAX_CODES, HEAP_MB_PER_10_000_CODES));
        }
        int maxCategories = maxCategories(catalog.locales().size());
        if (catalog.categories().size() > maxCategories) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.TOO_MANY_CATEGORIES, catalog.mark(), catalog.categories().size(),
                    catalog.locales().size(), maxCategories));
        }
        diagnostics.addAll(capacity.fillWarnings());
        return new Result(Optional.of(catalog), sorted(diagnostics));
    }

    private static Catalog withParents(Catalog catalog) {
        Map<String, String> parents = CategoryRules.parents(catalog);
        return catalog.withCategories(catalog.categories().stream()
                .map(c -> c.withParent(Optional.ofNullable(parents.get(c.id()))))
                .toList());
    }

    /**
     * By line and column, so the build prints them in file order; the catalog's own problems before
     * those of its translation files, each file's together. The sort is stable for ties.
     */
    static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.mark() == null || !d.mark().file().endsWith(".properties") ? "" : d.mark().file())
                .thenComparingInt(d -> d.mark() == null ? 0 : d.mark().line())
                .thenComparingInt(d -> d.mark() == null ? 0 : d.mark().column()));
        return copy;
    }
}
