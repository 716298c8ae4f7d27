package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.Integrations;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule that needs only the model: ranges, codes, names, capacity. Takes a {@link Catalog} as
 * reading left it and returns what is wrong with it; never throws, never prints.
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

    private CatalogValidator() {}

    /** @param integrations the integrations that will be generated: their types claim names too */
    public static List<Diagnostic> validate(Catalog catalog, Integrations integrations) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Capacity capacity = new Capacity(catalog);
        diagnostics.addAll(CategoryRules.check(catalog));
        diagnostics.addAll(CodeRules.check(catalog, capacity));
        diagnostics.addAll(NameRules.check(catalog, integrations));
        diagnostics.addAll(SuccessorRules.check(catalog));
        diagnostics.addAll(ExplanationRules.checkLinks(catalog));
        if (integrations.grpc()) {
            diagnostics.addAll(GrpcRules.check(catalog));
        }
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
        return diagnostics;
    }
}
