package dev.errorcatalog.processor.frontend;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CatalogImport;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.read.ResourceResolver;
import dev.errorcatalog.processor.validate.BaselineRules;
import dev.errorcatalog.processor.validate.ImportRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a catalog against other catalogs: the ones it imports (by resource path) and the last
 * release (the baseline). Both may be catalog YAML files or JSON descriptors; both are loaded with
 * the same {@link FrontEnd#load}, and a broken one is reported, not thrown.
 */
final class ExternalCatalogs {
    private ExternalCatalogs() {}

    static List<Diagnostic> checkImports(Catalog catalog, ResourceResolver resolver) {
        List<Diagnostic> out = new ArrayList<>();
        List<ImportRules.Imported> imported = new ArrayList<>();
        for (CatalogImport entry : catalog.imports()) {
            ResourceResolver.Found found = resolver.resolve(entry.path());
            if (found.content().isEmpty()) {
                String hint = entry.path().startsWith("META-INF/")
                        ? "; javac finds resources in jars only in package directories: import the copy beside the"
                                + " catalog's classes, such as dev/errorcatalog/upstream/Api.json"
                        : "";
                out.add(Diagnostic.of(DiagnosticKind.IMPORT_NOT_FOUND, entry.mark(), entry.path(),
                        String.join(", ", found.searched()) + hint));
                continue;
            }
            load(entry.path(), found.content().get()).ifPresentOrElse(
                    other -> imported.add(new ImportRules.Imported(entry.path(), other)),
                    () -> out.add(Diagnostic.of(DiagnosticKind.IMPORT_INVALID, entry.mark(), entry.path(),
                            firstError(entry.path(), found.content().get()))));
        }
        out.addAll(ImportRules.check(catalog, imported));
        return Diagnostic.inFileOrder(out);
    }

    static List<Diagnostic> checkBaseline(Catalog catalog, String path, byte[] content) {
        Optional<Catalog> baseline = load(path, content);
        if (baseline.isEmpty()) {
            return List.of(Diagnostic.of(DiagnosticKind.BASELINE_INVALID, Mark.ofFile(path), path, firstError(path, content)));
        }
        return Diagnostic.inFileOrder(BaselineRules.check(baseline.get(), catalog));
    }

    private static Optional<Catalog> load(String path, byte[] content) {
        return FrontEnd.load(path, content, Options.DEFAULTS).valid();
    }

    private static String firstError(String path, byte[] content) {
        return FrontEnd.load(path, content, Options.DEFAULTS).diagnostics().stream()
                .filter(Diagnostic::isError)
                .findFirst()
                .map(Diagnostic::render)
                .orElse("it holds no catalog");
    }
}
