package dev.errorcatalog.processor.docs.typescript;

import static dev.errorcatalog.processor.docs.typescript.TypeScriptText.comment;
import static dev.errorcatalog.processor.docs.typescript.TypeScriptText.key;
import static dev.errorcatalog.processor.docs.typescript.TypeScriptText.string;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.FieldValue;
import dev.errorcatalog.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalog's own per-code fields in the TypeScript module: an interface with one property per
 * field (named like the Java accessor, optional where the field has no default), a union type per
 * enum field, and each code's values.
 */
final class TypeScriptFields {
    private final Catalog catalog;

    TypeScriptFields(Catalog catalog) {
        this.catalog = catalog;
    }

    /** {@code ApiFields}, the interface of every code's field values. */
    String interfaceName() {
        return catalog.name() + "Fields";
    }

    /** The union types of the enum fields and the fields interface. */
    String declarations() {
        StringBuilder out = new StringBuilder();
        for (FieldDefinition field : catalog.fields()) {
            if (field.type() == FieldDefinition.FieldType.ENUM) {
                out.append("/** The values of the field ").append(comment(field.id())).append(". */\n")
                        .append("export type ").append(enumType(field)).append(" = ")
                        .append(field.values().stream().map(TypeScriptText::string).collect(Collectors.joining(" | ")))
                        .append(";\n\n");
            }
        }
        out.append("/** The fields the catalog declares for its codes: each code's value, else its categories', else the default. */\n")
                .append("export interface ").append(interfaceName()).append(" {\n");
        for (FieldDefinition field : catalog.fields()) {
            String doc = field.id() + field.description().map(d -> ": " + d).orElse("")
                    + (field.always() ? "" : " (absent where no value is set)");
            out.append("  /** ").append(comment(doc)).append(" */\n")
                    .append("  readonly ").append(key(JavaNames.fieldAccessor(field.id()))).append(field.always() ? "" : "?")
                    .append(": ").append(type(field)).append(";\n");
        }
        return out.append("}\n\n").toString();
    }

    /** The object literal of a code's field values; absent fields are left out. */
    String values(ErrorCode code) {
        List<String> members = new ArrayList<>();
        for (FieldDefinition field : catalog.fields()) {
            FieldValue value = code.fields().get(field.id());
            if (value != null) {
                members.add(key(JavaNames.fieldAccessor(field.id())) + ": " + literal(field, value.text()));
            }
        }
        return members.isEmpty() ? "{}" : "{ " + String.join(", ", members) + " }";
    }

    /**
     * {@code ApiGrpcField}: the suffix keeps a field's type apart from the module's other types
     * (a field {@code locale} would otherwise be {@code ApiLocale}).
     */
    private String enumType(FieldDefinition field) {
        return JavaNames.fieldEnum(catalog.name(), field.id()) + "Field";
    }

    private String type(FieldDefinition field) {
        return switch (field.type()) {
            case STRING -> "string";
            case INT -> "number";
            case BOOLEAN -> "boolean";
            case ENUM -> enumType(field);
        };
    }

    /** A value as validated: an int's digits, {@code true}/{@code false}, else a string literal. */
    private static String literal(FieldDefinition field, String text) {
        return switch (field.type()) {
            case INT -> Integer.toString(Integer.parseInt(text));
            case BOOLEAN -> Boolean.toString(Boolean.parseBoolean(text));
            case STRING, ENUM -> string(text);
        };
    }
}
