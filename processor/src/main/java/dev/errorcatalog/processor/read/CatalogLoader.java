package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading, start to end: bytes → YAML tree → {@link Catalog}, with the nesting of its categories and
 * the inherited field values worked out, and every diagnostic of reading (syntax, structure, texts,
 * translation files). The rules that only need the model run after this, in {@code validate/}.
 */
public final class CatalogLoader {
    private CatalogLoader() {}

    /** The catalog, present when it was readable, and what reading found. */
    public record Loaded(Optional<Catalog> catalog, List<Diagnostic> diagnostics) {
        public Loaded {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * @param file the name used in every diagnostic, as the user wrote it
     * @param strictLocales every message and title must have every declared locale
     * @param translations finds the translation files the catalog names; empty to leave them unread
     *     (imported catalogs and baselines, whose codes and ranges matter, not their translations)
     */
    public static Loaded load(String file, byte[] content, boolean strictLocales, Optional<ResourceResolver> translations) {
        YamlReader.Result yaml = YamlReader.read(file, content);
        List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
        if (yaml.root().isEmpty()) {
            if (diagnostics.isEmpty()) {
                diagnostics.add(Diagnostic.of(DiagnosticKind.MISSING_KEY, Mark.ofFile(file), "the catalog file", "catalog",
                        "; the file is empty"));
            }
            return new Loaded(Optional.empty(), diagnostics);
        }
        Optional<Catalog> read = new CatalogReader(diagnostics, strictLocales, translations).read(yaml.root().get());
        // Parents first: ownership, suggestions and fill ratios all depend on the nesting; then field
        // values and help links, which a code inherits from its category and the categories around it.
        return new Loaded(read.map(Nesting::withParents).map(FieldInheritance::resolve)
                .map(HelpInheritance::resolve), diagnostics);
    }
}
