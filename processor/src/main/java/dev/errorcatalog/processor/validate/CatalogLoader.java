package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.read.ResourceResolver;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole front end in one call: bytes → YAML tree → validated catalog, with every diagnostic.
 * The annotation processor and the command line both use it, so they report exactly the same.
 */
public final class CatalogLoader {
    private CatalogLoader() {}

    /**
     * Loads a catalog without reading its translation files: for imported catalogs and baselines,
     * whose codes and ranges matter, not their translations.
     *
     * @param file the name used in every diagnostic, as the user wrote it
     */
    public static CatalogValidator.Result load(String file, byte[] content, CatalogValidator.Options options) {
        return load(file, content, options, Optional.empty());
    }

    /** @param translations finds the translation files the catalog names, as the catalog itself was found */
    public static CatalogValidator.Result load(String file, byte[] content, CatalogValidator.Options options,
            Optional<ResourceResolver> translations) {
        YamlReader.Result yaml = YamlReader.read(file, content);
        List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
        if (yaml.root().isEmpty()) {
            if (diagnostics.isEmpty()) {
                diagnostics.add(Diagnostic.of(DiagnosticKind.MISSING_KEY, Mark.ofFile(file), "the catalog file", "catalog",
                        "; the file is empty"));
            }
            return new CatalogValidator.Result(Optional.empty(), diagnostics);
        }
        CatalogValidator.Result result = CatalogValidator.validate(yaml.root().get(), options, translations);
        diagnostics.addAll(result.diagnostics());
        return new CatalogValidator.Result(result.catalog(), CatalogValidator.sorted(diagnostics));
    }
}
