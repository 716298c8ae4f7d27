package dev.errorcatalog.processor.spring;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.frontend.CatalogLocator;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CatalogImport;
import dev.errorcatalog.processor.model.JavaNames;
import java.io.IOException;
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
public final class SpringSupport {
    private final ProcessingEnvironment env;
    private final SortedSet<String> autoConfigurations = new TreeSet<>();
    private final List<Element> origins = new ArrayList<>();

    public SpringSupport(ProcessingEnvironment env) {
        this.env = env;
    }

    /**
     * Writes the catalog's handler and auto-configurations (the MVC and WebFlux parts as the compile
     * class path has them), and remembers the latter for the imports file; or, when the class path has
     * no Spring web framework or no Spring Boot, writes nothing and returns the error that says what to add.
     */
    public Optional<Diagnostic> generate(GenerationContext context, Options options, Element origin) throws IOException {
        Elements elements = env.getElementUtils();
        boolean mvc = onClassPath(SpringTypes.DISPATCHER_SERVLET);
        boolean webFlux = onClassPath(SpringTypes.DISPATCHER_HANDLER);
        if (!mvc && !webFlux) {
            return Optional.of(Diagnostic.of(DiagnosticKind.SPRING_CLASS_PATH, null,
                    "neither Spring MVC (" + SpringTypes.DISPATCHER_SERVLET + ") nor Spring WebFlux (" + SpringTypes.DISPATCHER_HANDLER + ")",
                    "spring-boot-starter-webmvc (Spring Boot 3: spring-boot-starter-web) or spring-boot-starter-webflux"));
        }
        if (elements.getTypeElement(SpringTypes.AUTO_CONFIGURATION_CLASS) == null) {
            return Optional.of(Diagnostic.of(DiagnosticKind.SPRING_CLASS_PATH, null,
                    "no Spring Boot auto-configuration support (" + SpringTypes.AUTO_CONFIGURATION_CLASS + ")", "spring-boot-autoconfigure"));
        }
        SpringIntegration integration = new SpringIntegration(options.problemTypeBase(), imported(context.catalog()));
        SpringGenerator generator = new SpringGenerator(context, integration, mvc, webFlux);
        generator.writeTo(env.getFiler());
        autoConfigurations.addAll(generator.autoConfigurations());
        origins.add(origin);
        return Optional.empty();
    }

    /** Lists another integration's auto-configuration (the gRPC one) in the imports file too. */
    public void list(String autoConfiguration, Element origin) {
        autoConfigurations.add(autoConfiguration);
        origins.add(origin);
    }

    /**
     * Whether the compile class path has Spring MVC or Spring WebFlux: a gRPC-only Spring application
     * (with {@code -Aerrorcatalog.grpc=true} too) has neither and gets only the gRPC auto-configuration.
     */
    public boolean webOnClassPath() {
        return onClassPath(SpringTypes.DISPATCHER_SERVLET) || onClassPath(SpringTypes.DISPATCHER_HANDLER);
    }

    private boolean onClassPath(String qualifiedName) {
        return env.getElementUtils().getTypeElement(qualifiedName) != null;
    }

    /** In the last round: the imports file, once, listing every catalog's auto-configuration. */
    public void finish() throws IOException {
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
        String directory = env.getOptions().get(Options.DIR);
        List<SpringIntegration.HandledCatalog> out = new ArrayList<>();
        for (CatalogImport entry : catalog.imports()) {
            String path = entry.path();
            int slash = path.lastIndexOf('/');
            String packageName = slash > 0 ? path.substring(0, slash).replace('/', '.') : "";
            if (!path.endsWith(".json") || !SourceVersion.isName(packageName)) {
                continue;
            }
            Optional<Catalog> other = CatalogLocator.locate(env.getFiler(), directory, path).content()
                    .flatMap(bytes -> FrontEnd.load(path, bytes, Options.DEFAULTS).catalog());
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
