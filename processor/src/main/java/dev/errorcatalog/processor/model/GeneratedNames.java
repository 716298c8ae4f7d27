package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every top-level type the processor writes for a catalog, what it is and whom it belongs to: the
 * one list that validation claims names from before anything is written, and that the generators
 * qualify other types against. A generator that writes a new type adds it here first.
 */
public final class GeneratedNames {

    /** Whom a type is generated for, as a diagnostic names it ({@code field 'texts'}), and where that is written. */
    public record Owner(String description, Mark mark) {}

    /** @param role what the type is, as a diagnostic names it: {@code the locale-text class} */
    public record Type(String simpleName, String role, Owner owner) {}

    /**
     * The constants of the nested {@code Data} class of every error enum. Where a field's enum
     * constants are written ({@code ApiRetry.NEVER}), these and the codes' own constants are in
     * scope, and a variable hides a type of the same simple name (JLS 6.4.2).
     */
    public static final List<String> DATA_CONSTANTS =
            List.of("CODES", "HTTP_STATUSES", "DEPRECATED", "TYPES", "MESSAGES", "PLACEHOLDERS", "PARAMETERS",
                    "HELP", "REPLACED_BY", "GRPC_NAMES", "GRPC_CODES");

    private GeneratedNames() {}

    /**
     * In the order they are claimed: the catalog's own types and its integrations', then the
     * fields' enums, then each category's enum and exception (a repeated category id is skipped:
     * it generates nothing new, and duplicate-category reports it).
     */
    public static List<Type> types(Catalog catalog, Integrations integrations) {
        List<Type> out = new ArrayList<>();
        String name = catalog.name();
        if (!name.isEmpty()) {
            Owner owner = new Owner("the catalog '" + name + "'", catalog.mark());
            out.add(new Type(JavaNames.errorInterface(name), "the error interface", owner));
            out.add(new Type(JavaNames.categoryEnum(name), "the category enum", owner));
            out.add(new Type(JavaNames.registry(name), "the registry", owner));
            out.add(new Type(JavaNames.baseException(name), "the base exception", owner));
            out.add(new Type(JavaNames.texts(name), "the locale-text class", owner));
            out.add(new Type(JavaNames.explanations(name), "the explanation class", owner));
            if (integrations.spring()) {
                out.add(new Type(JavaNames.problemHandler(name), "the Spring problem handler", owner));
                out.add(new Type(JavaNames.problemAutoConfiguration(name), "the Spring auto-configuration", owner));
                // both, whichever of MVC and WebFlux the class path holds: the names do not depend on it
                out.add(new Type(JavaNames.problemMvcConfiguration(name), "the Spring MVC configuration", owner));
                out.add(new Type(JavaNames.problemWebFluxConfiguration(name), "the Spring WebFlux configuration", owner));
            }
            if (integrations.grpc()) {
                out.add(new Type(JavaNames.grpcErrors(name), "the gRPC status mapping", owner));
                if (integrations.spring()) {
                    out.add(new Type(JavaNames.grpcAutoConfiguration(name), "the Spring gRPC auto-configuration", owner));
                }
            }
            for (FieldDefinition field : catalog.fields()) {
                if (field.type() == FieldDefinition.FieldType.ENUM) {
                    out.add(new Type(JavaNames.fieldEnum(name, field.id()), "the enum",
                            new Owner("field '" + field.id() + "'", field.mark())));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (Category category : catalog.categories()) {
            if (ids.add(category.id())) {
                Owner owner = new Owner("category '" + category.id() + "'", category.mark());
                out.add(new Type(JavaNames.categoryErrorEnum(category.id()), "the error enum", owner));
                out.add(new Type(JavaNames.categoryException(category.id()), "the exception", owner));
            }
        }
        return out;
    }

    /** The simple names of {@link #types}. */
    public static Set<String> simpleNames(Catalog catalog, Integrations integrations) {
        Set<String> names = new HashSet<>();
        types(catalog, integrations).forEach(type -> names.add(type.simpleName()));
        return names;
    }
}
