package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.FieldDefinition;
import javax.lang.model.element.Modifier;

/** {@code ApiGrpc}: the values of an enum-typed field, one constant each, in the order declared. */
final class FieldEnumGenerator extends TypeGenerator {
    private final FieldDefinition field;

    FieldEnumGenerator(GenerationContext context, FieldDefinition field) {
        super(context);
        this.field = field;
    }

    @Override
    protected TypeSpec.Builder type() {
        TypeSpec.Builder type = TypeSpec.enumBuilder(new FieldTypes(context).fieldEnum(field))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of the field {@code $L} of the $L catalog.\n", field.id(), context.catalog().name());
        field.description().ifPresent(d -> type.addJavadoc("\n<p>$L\n", Docs.escape(d)));
        for (String value : field.values()) {
            type.addEnumConstant(value, TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("The value {@code $L}.\n", value)
                    .build());
        }
        return type;
    }
}
