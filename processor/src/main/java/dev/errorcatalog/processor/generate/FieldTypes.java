package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.FieldValue;
import dev.errorcatalog.processor.model.JavaNames;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a field is typed in Java. A field with a default has a value for every code: its accessor
 * returns the plain type ({@code String}, {@code int}, {@code boolean}, the field's enum). One
 * without returns {@code Optional<...>} ({@code OptionalInt} for an int), and the per-code array
 * holds the boxed type with {@code null} for "absent".
 */
final class FieldTypes {
    private final GenerationContext context;

    FieldTypes(GenerationContext context) {
        this.context = context;
    }

    ClassName fieldEnum(FieldDefinition field) {
        return ClassName.get(context.packageName(), JavaNames.fieldEnum(context.catalog().name(), field.id()));
    }

    /** What the accessor returns. */
    TypeName accessorType(FieldDefinition field) {
        if (field.always()) {
            return plain(field);
        }
        if (field.type() == FieldDefinition.FieldType.INT) {
            return ClassName.get(OptionalInt.class);
        }
        return ParameterizedTypeName.get(ClassName.get(Optional.class), plain(field).box());
    }

    /** The element type of the per-code array. */
    TypeName storageType(FieldDefinition field) {
        return field.always() ? plain(field) : plain(field).box();
    }

    private TypeName plain(FieldDefinition field) {
        return switch (field.type()) {
            case STRING -> ClassName.get(String.class);
            case INT -> TypeName.INT;
            case BOOLEAN -> TypeName.BOOLEAN;
            case ENUM -> fieldEnum(field);
        };
    }

    /** The value as a Java expression of the storage type; {@code null} when absent. */
    CodeBlock literal(FieldDefinition field, FieldValue value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        return switch (field.type()) {
            case STRING -> CodeBlock.of("$L", Literals.string(value.text()));
            case INT, BOOLEAN -> CodeBlock.of("$L", value.text());
            case ENUM -> CodeBlock.of("$T.$N", fieldEnum(field), value.text());
        };
    }

    /** The accessor's body, given the expression that reads the per-code array. */
    CodeBlock accessorBody(FieldDefinition field, CodeBlock stored) {
        if (field.always()) {
            return CodeBlock.of("return $L;\n", stored);
        }
        if (field.type() == FieldDefinition.FieldType.INT) {
            return CodeBlock.builder()
                    .addStatement("$T value = $L", Integer.class, stored)
                    .addStatement("return value == null ? $T.empty() : $T.of(value)", OptionalInt.class, OptionalInt.class)
                    .build();
        }
        return CodeBlock.of("return $T.ofNullable($L);\n", Optional.class, stored);
    }

    /** The constant name of a field's per-code array in a category enum's data: {@code FIELD_RETRY_AFTER_SECONDS}. */
    static String arrayName(FieldDefinition field) {
        return "FIELD_" + JavaNames.upperSnake(field.id());
    }
}
