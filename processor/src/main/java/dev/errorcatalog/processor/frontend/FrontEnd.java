package dev.errorcatalog.processor.frontend;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.read.CatalogLoader;
import dev.errorcatalog.processor.read.ResourceResolver;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.ExplanationRules;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one front end: the annotation processor and the command line both run these steps, in this
 * order, so a catalog the command line calls valid is one the build compiles, with the same
 * diagnostics. Read (YAML, then the model, then the translation files), the rules on the model (names
 * claimed for every generated type included), then, for a catalog without errors, its imports, the
 * baseline and the options that depend on it.
 */
public final class FrontEnd {
    private FrontEnd() {}

    /** The catalog, present when it was readable, and every diagnostic in file order. */
    public record Result(Optional<Catalog> catalog, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        /** The catalog, when it is fit to generate from. */
        public Optional<Catalog> valid() {
            return hasErrors() ? Optional.empty() : catalog;
        }
    }

    /** Reading and the rules, without translation files, imports or baseline: for imported catalogs and baselines. */
    public static Result load(String file, byte[] content, Options options) {
        return load(file, content, options, Optional.empty());
    }

    /** Reading and the rules; the translation files are read when {@code translations} is given. */
    public static Result load(String file, byte[] content, Options options, Optional<ResourceResolver> translations) {
        CatalogLoader.Loaded loaded = CatalogLoader.load(file, content, options.strictLocales(), translations);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        loaded.catalog().ifPresent(catalog -> diagnostics.addAll(CatalogValidator.validate(catalog, options.integrations())));
        return new Result(loaded.catalog(), Diagnostic.inFileOrder(diagnostics));
    }

    /**
     * Every step. {@code resolver} finds translation files and imported catalogs as the catalog itself
     * was found (javac's locations in the build, the catalog's directory on the command line).
     */
    public static Result check(String file, byte[] content, Options options, ResourceResolver resolver) {
        Result loaded = requireExplanations(load(file, content, options, Optional.of(resolver)), options);
        if (loaded.hasErrors() || loaded.catalog().isEmpty()) {
            return loaded;
        }
        Catalog catalog = loaded.catalog().get();
        List<Diagnostic> later = new ArrayList<>(ExternalCatalogs.checkImports(catalog, resolver));
        options.baseline().ifPresent(baseline -> later.addAll(checkBaseline(catalog, baseline)));
        if (options.spring()) {
            options.problemTypeBase().flatMap(FrontEnd::checkTypeBase).ifPresent(later::add);
        }
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(later);
        return new Result(loaded.catalog(), all);
    }

    /** Only the catalog being built must explain its codes; imported catalogs and baselines need not. */
    private static Result requireExplanations(Result loaded, Options options) {
        if (!options.requireExplanations() || loaded.catalog().isEmpty()) {
            return loaded;
        }
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(ExplanationRules.requireExplanations(loaded.catalog().get()));
        return new Result(loaded.catalog(), Diagnostic.inFileOrder(all));
    }

    private static List<Diagnostic> checkBaseline(Catalog catalog, String baseline) {
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(baseline));
        } catch (IOException | InvalidPathException e) {
            return List.of(Diagnostic.of(DiagnosticKind.BASELINE_INVALID, Mark.ofFile(baseline), baseline, "cannot read it: " + e));
        }
        return ExternalCatalogs.checkBaseline(catalog, baseline, content);
    }

    /** The Spring integration's problem type base: a code appended to it must make an absolute URI. */
    static Optional<Diagnostic> checkTypeBase(String base) {
        String reason;
        try {
            reason = new URI(base + "304001").isAbsolute() ? null : "it has no scheme";
        } catch (URISyntaxException e) {
            reason = e.getReason(); // without the index, which differs between JDKs
        }
        return reason == null ? Optional.empty() : Optional.of(Diagnostic.of(DiagnosticKind.PROBLEM_TYPE_BASE, null, base, reason));
    }
}
