package dev.errorcatalog.processor;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.spring.AutoConfigurationImports;
import dev.errorcatalog.processor.generate.spring.SpringGenerator;
import dev.errorcatalog.processor.generate.spring.SpringIntegration;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CatalogImport;
import dev.errorcatalog.processor.model.JavaNames;
import dev.errorcatalog.processor.validate.CatalogLoader;
import dev.errorcatalog.processor.validate.CatalogValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * {@code -Aerrorcatalog.spring=true}: the Spring Boot integration of each catalog, and, once per
 * compilation, the auto-configuration imports file that lists them all.
 */
final class SpringSupport {
    static final String SPRING_OPTION = "errorcatalog.spring";
    static final String TYPE_BASE_OPTION = "errorcatalog.problemTypeBase";

    private final ProcessingEnvironment env;
    private final SortedSet<String> autoConfigurations = new TreeSet<>();
    private final List<Element> origins = new ArrayList<>();

    SpringSupport(ProcessingEnvironment env) {
        this.env = env;
    }

    boolean enabled() {
        return Boolean.parseBoolean(env.getOptions().get(SPRING_OPTION));
    }

    /** The option's problem type base, checked: a code appended to it must make an absolute URI. */
    Optional<Diagnostic> checkTypeBase() {
        String base = env.getOptions().get(TYPE_BASE_OPTION);
        if (base == null) {
            return Optional.empty();
        }
        String reason;
        try {
            reason = new URI(base + "304001").isAbsolute() ? null : "it has no scheme";
        } catch (URISyntaxException e) {
            reason = e.getReason(); // without the index, which differs between JDKs
        }
        return reason == null ? Optional.empty() : Optional.of(Diagnostic.of(DiagnosticKind.PROBLEM_TYPE_BASE, null, base, reason));
    }

    /** Writes the catalog's advice and auto-configuration, and remembers the latter for the imports file. */
    void generate(GenerationContext context, Element origin) throws IOException {
        String base = env.getOptions().get(TYPE_BASE_OPTION);
        SpringIntegration integration = new SpringIntegration(Optional.ofNullable(base), imported(context.catalog()));
        SpringGenerator generator = new SpringGenerator(context, integration);
        generator.writeTo(env.getFiler());
        autoConfigurations.add(generator.autoConfiguration());
        origins.add(origin);
    }

    /** In the last round: the imports file, once, listing every catalog's auto-configuration. */
    void finish() throws IOException {
        if (!autoConfigurations.isEmpty()) {
            AutoConfigurationImports.write(env.getFiler(), autoConfigurations, origins);
            autoConfigurations.clear();
        }
    }

    /**
     * The imported catalogs whose exceptions this catalog's advice answers too: those imported as a
     * descriptor beside their classes ({@code dev/errorcatalog/upstream/Api.json} names the package),
     * whose exception is on the class path and that have no integration of their own (a catalog
     * module built with the option answers for itself). A YAML import names no package: skipped.
     */
    private List<SpringIntegration.HandledCatalog> imported(Catalog catalog) {
        Elements elements = env.getElementUtils();
        String directory = env.getOptions().get(CatalogLocator.DIR_OPTION);
        List<SpringIntegration.HandledCatalog> out = new ArrayList<>();
        for (CatalogImport entry : catalog.imports()) {
            String path = entry.path();
            int slash = path.lastIndexOf('/');
            String packageName = slash > 0 ? path.substring(0, slash).replace('/', '.') : "";
            if (!path.endsWith(".json") || !SourceVersion.isName(packageName)) {
                continue;
            }
            Optional<Catalog> other = CatalogLocator.locate(env.getFiler(), directory, path).content()
                    .flatMap(bytes -> CatalogLoader.load(path, bytes, CatalogValidator.Options.DEFAULTS).catalog());
            if (other.isEmpty()
                    || elements.getTypeElement(packageName + "." + JavaNames.baseException(other.get().name())) == null
                    || elements.getTypeElement(packageName + "." + JavaNames.problemHandler(other.get().name())) != null) {
                continue;
            }
            out.add(new SpringIntegration.HandledCatalog(packageName, other.get().name(), other.get().locales()));
        }
        return out;
    }
}
