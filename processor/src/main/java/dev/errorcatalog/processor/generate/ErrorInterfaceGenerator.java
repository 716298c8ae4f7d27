package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.JavaNames;
import java.util.List;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** {@code ApiError}: the interface every category enum implements. */
final class ErrorInterfaceGenerator extends TypeGenerator {

    ErrorInterfaceGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(context.errorInterface())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An error code of the $L catalog.\n\n", context.catalog().name())
                .addJavadoc("<p>Every constant of the category enums implements this; look codes up with {@link $T}.\n",
                        context.registry());
        if (context.sealed() && !context.catalog().categories().isEmpty()) {
            type.addModifiers(Modifier.SEALED);
            for (Category category : context.catalog().categories()) {
                type.addPermittedSubclass(context.errorEnum(category));
            }
        }
        type
                .addMethod(method("code", TypeName.INT, "The numeric code, such as {@code 304001}."))
                .addMethod(method("name", ClassName.get(String.class), "The code's name, such as {@code NO_SESSION_FOUND}."))
                .addMethod(method("category", context.categoryEnum(), "The category that declares the code."))
                .addMethod(method("message", ClassName.get(String.class),
                        "The message template in the default locale ($L), placeholders unfilled and written {@code {name}}.",
                        context.catalog().defaultLocale()))
                .addMethod(MethodSpec.methodBuilder("message")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addParameter(Locale.class, "locale")
                        .returns(String.class)
                        .addJavadoc("The message template for {@code locale}: language and country, then language, then the default locale.\n")
                        .build())
                .addMethod(method("parameters", ParameterizedTypeName.get(List.class, String.class),
                        "The placeholders of the message, in order of first appearance."))
                .addMethod(method("httpStatus", TypeName.INT, "The HTTP status that goes with the code."))
                .addMethod(method("grpcCode", ClassName.get(String.class),
                        "The name of the gRPC status code that goes with the code, such as {@code NOT_FOUND}: its own\n"
                        + "{@code grpc-code}, else its category's, else the catalog's, else the one its HTTP status stands for."))
                .addMethod(method("deprecated", TypeName.BOOLEAN, "Whether the code is deprecated."))
                .addMethod(method("replacedBy", ParameterizedTypeName.get(ClassName.get(Optional.class), context.errorInterface()),
                        "The code to use instead of this deprecated one; empty if the catalog names none."))
                .addMethod(method("explanation", ParameterizedTypeName.get(Optional.class, String.class),
                        "Why the code happens and what a caller should do, in CommonMark, in the default locale ($L); empty if\n"
                                + "the catalog gives none.", context.catalog().defaultLocale()))
                .addMethod(MethodSpec.methodBuilder("explanation")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addParameter(Locale.class, "locale")
                        .returns(ParameterizedTypeName.get(Optional.class, String.class))
                        .addJavadoc("The explanation for {@code locale}, resolved as {@link #message(Locale)} is; empty if the catalog\n"
                                + "gives none.\n")
                        .build())
                .addMethod(method("help", ParameterizedTypeName.get(Optional.class, URI.class),
                        "The page about this code: its own {@code help}, else its category's or the catalog's; empty if none."))
                .addMethod(MethodSpec.methodBuilder("exception")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addParameter(Object[].class, "arguments")
                        .varargs()
                        .returns(context.baseException())
                        .addJavadoc("A new exception for this code, with one argument per placeholder: for a typed placeholder a\n"
                                + "{@code String}, an {@code Integer}, a {@code Long} (or {@code Integer}), a {@code java.math.BigDecimal} or a\n"
                                + "{@code java.time.LocalDate}; for an untyped one any value.\n\n"
                                + "@throws IllegalArgumentException if the number of arguments differs from {@link #parameters()}, or an\n"
                                + "argument is not of its placeholder's type (the message names it)\n")
                        .build());
        FieldTypes types = new FieldTypes(context);
        for (FieldDefinition field : context.catalog().fields()) {
            type.addMethod(MethodSpec.methodBuilder(JavaNames.fieldAccessor(field.id()))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(types.accessorType(field))
                    .addJavadoc("$L", fieldDoc(field))
                    .build());
        }
        return type;
    }

    /** What the field is, and where a code's value comes from. */
    private static String fieldDoc(FieldDefinition field) {
        StringBuilder doc = new StringBuilder("The field {@code ").append(field.id()).append("}");
        field.description().ifPresent(d -> doc.append(": ").append(Docs.escape(d)));
        doc.append(".\n\n<p>The code's own value, else its category's, else that of the categories around it");
        doc.append(field.defaultValue().map(d -> ", else {@code " + Docs.escape(d) + "}.\n")
                .orElse("; empty if none sets it.\n"));
        return doc.toString();
    }

    private static MethodSpec method(String name, TypeName returns, String doc, Object... args) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(returns)
                .addJavadoc(doc + "\n", args)
                .build();
    }
}
