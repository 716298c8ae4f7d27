package dev.errorcatalog.processor.spring;

import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import java.util.List;
import java.util.Optional;

/**
 * What the Spring Boot integration of one catalog ({@code -Aerrorcatalog.spring=true}) answers and
 * how it names problem types.
 *
 * @param problemTypeBase {@code -Aerrorcatalog.problemTypeBase}; when empty each catalog's problem
 *     types are {@value #DEFAULT_TYPE_BASE}{@code <Catalog>:<code>}
 * @param imported the imported catalogs whose exceptions the integration answers too: those whose
 *     generated exception is on the class path without an integration of its own
 */
public record SpringIntegration(Optional<String> problemTypeBase, List<HandledCatalog> imported) {
    /**
     * The default base: a URN, because a URL would promise a page that nobody publishes. RFC 9457
     * asks only that the type identify the problem; a team that documents its codes on the web sets
     * {@code -Aerrorcatalog.problemTypeBase=https://errors.acme.com/} instead.
     */
    public static final String DEFAULT_TYPE_BASE = "urn:error-catalog:";

    public SpringIntegration {
        imported = List.copyOf(imported);
    }

    /**
     * A catalog whose exceptions the generated advice answers.
     *
     * @param locales its locales, the default first: the advice negotiates {@code Accept-Language} among them
     */
    public record HandledCatalog(String packageName, String name, List<String> locales) {
        public HandledCatalog {
            locales = List.copyOf(locales);
        }
    }

    /** The prefix of the {@code type} URI of a code of {@code catalog}: the code follows it. */
    public String typeBase(String catalog) {
        return problemTypeBase.orElse(DEFAULT_TYPE_BASE + catalog + ":");
    }
}
