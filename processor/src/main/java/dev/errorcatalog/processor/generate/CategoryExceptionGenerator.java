package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.JavaNames;
import dev.errorcatalog.processor.model.PlaceholderType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code ComplianceException}: the exception of one category, with a static factory per code
 * ({@code noSessionFound()}), one parameter per placeholder typed by it ({@code Object} when
 * untyped), and an overload that takes a cause.
 */
final class CategoryExceptionGenerator extends TypeGenerator {
    private final Category category;

    CategoryExceptionGenerator(GenerationContext context, Category category) {
        super(context);
        this.category = category;
    }

    @Override
    protected TypeSpec.Builder type() {
        ClassName self = context.exception(category);
        ClassName errors = context.errorEnum(category);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(context.baseException())
                .addJavadoc("The exception of category {@code $L}.\n\n", category.id())
                .addJavadoc("$L", Javadocs.category(context.catalog(), category))
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(errors, "error", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(errors, "error")
                        .addParameter(String.class, "types")
                        .addParameter(Serializable[].class, "values")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(error, types, values, cause)")
                        .addStatement("this.error = error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("error")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(errors)
                        .addStatement("return error")
                        .build());
        for (ErrorCode code : category.codes()) {
            String factory = JavaNames.factoryName(code.name());
            type.addMethod(factory(code, factory, false));
            type.addMethod(factory(code, factory, true));
            for (ErrorCode.Alias alias : code.aliases()) {
                type.addMethod(aliasFactory(code, alias, factory, false));
                type.addMethod(aliasFactory(code, alias, factory, true));
            }
        }
        return type;
    }

    /**
     * A placeholder may be any Java identifier ({@code {名前}}), but generated sources stay pure
     * ASCII so their bytes never depend on the compiler's encoding: each other character becomes
     * {@code u} and its hex code ({@code u540du524d}). The Javadoc still names the placeholder.
     */
    private static TypeName javaType(PlaceholderType type) {
        switch (type) {
            case STRING: return ClassName.get(String.class);
            case INT: return TypeName.INT;
            case LONG: return TypeName.LONG;
            case NUMBER: return ClassName.get(BigDecimal.class);
            case DATE: return ClassName.get(LocalDate.class);
            default: return ClassName.OBJECT;
        }
    }

    static String asciiName(String placeholder) {
        StringBuilder out = new StringBuilder();
        placeholder.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append('u').append(Integer.toHexString(c));
            }
        });
        return out.toString();
    }

    /**
     * The parameter names of a code's factory, one per placeholder, and then the cause's. A
     * parameter named like a type the body uses would obscure it (JLS 6.4.2): {String} would turn
     * String.valueOf(...) into a call on the parameter. Those names are claimed first.
     */
    private List<String> parameterNames(ErrorCode code) {
        NameAllocator names = new NameAllocator();
        for (String typeName : List.of("String", "Object", "Throwable", "Serializable", "BigDecimal", "LocalDate",
                context.exception(category).simpleName(), context.errorEnum(category).simpleName())) {
            names.newName(typeName, typeName);
        }
        List<String> parameters = new ArrayList<>();
        for (String placeholder : code.parameters()) {
            parameters.add(names.newName(asciiName(placeholder)));
        }
        parameters.add(names.newName("cause"));
        return parameters;
    }

    /** An older name's factory: deprecated, and the same as the current one. */
    private MethodSpec aliasFactory(ErrorCode code, ErrorCode.Alias alias, String factory, boolean withCause) {
        List<String> names = parameterNames(code);
        List<String> parameters = names.subList(0, code.parameters().size());
        List<String> signature = new ArrayList<>(code.parameterTypes().stream().map(PlaceholderType::javaType).toList());
        if (withCause) {
            signature.add("Throwable");
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.factoryName(alias.name()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(Deprecated.class)
                .returns(context.exception(category))
                .addJavadoc("The factory of {@code $L}'s older name {@code $L}.\n\n", code.name(), alias.name())
                .addJavadoc("@deprecated Use {@link #$N($L)}.\n", factory, String.join(", ", signature));
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            method.addParameter(javaType(code.parameterTypes().get(i)), parameters.get(i))
                    .addJavadoc("@param $L the value of the placeholder '$L'\n", parameters.get(i), Docs.escape(code.parameters().get(i)));
            arguments.add(CodeBlock.of("$N", parameters.get(i)));
        }
        if (withCause) {
            String cause = names.get(names.size() - 1);
            method.addParameter(Throwable.class, cause).addJavadoc("@param $L the cause\n", cause);
            arguments.add(CodeBlock.of("$N", cause));
        }
        return method
                .addJavadoc("@return a new exception for {@code $L}\n", code.code())
                // qualified: a factory named 'yield' may only be called through its class (JLS 15.12)
                .addStatement("return $T.$N($L)", context.exception(category), factory, CodeBlock.join(arguments, ", "))
                .build();
    }

    private MethodSpec factory(ErrorCode code, String factory, boolean withCause) {
        ClassName self = context.exception(category);
        ClassName errors = context.errorEnum(category);
        List<String> names = parameterNames(code);
        List<String> parameters = names.subList(0, code.parameters().size());
        MethodSpec.Builder method = MethodSpec.methodBuilder(factory)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self);
        if (code.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        for (int i = 0; i < parameters.size(); i++) {
            method.addParameter(javaType(code.parameterTypes().get(i)), parameters.get(i));
        }
        String cause = "null";
        if (withCause) {
            cause = names.get(names.size() - 1);
            method.addParameter(Throwable.class, cause);
            // The cause overload points at its sibling instead of repeating the whole Javadoc: in a
            // catalog of thousands of codes that halves the documentation javac has to read.
            method.addJavadoc("Like {@link #$N($L)}, with a cause.\n\n", factory,
                    String.join(", ", code.parameterTypes().stream().map(PlaceholderType::javaType).toList()));
            if (code.deprecated()) {
                method.addJavadoc("@deprecated $L\n", code.deprecation().filter(r -> !r.isEmpty()).map(Docs::escape)
                        .orElse("This code is deprecated."));
            }
        } else {
            method.addJavadoc("$L", Javadocs.code(context.catalog(), code));
        }
        for (int i = 0; i < parameters.size(); i++) {
            method.addJavadoc("@param $L the value of the placeholder '$L'\n", parameters.get(i), Docs.escape(code.parameters().get(i)));
        }
        if (withCause) {
            method.addJavadoc("@param $L the cause\n", cause);
        }
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            // An untyped value is kept as its string, as version 1 did; a typed one as it is, for formatting later.
            values.add(code.parameterTypes().get(i) == PlaceholderType.UNTYPED
                    ? CodeBlock.of("$T.valueOf($N)", String.class, parameters.get(i))
                    : CodeBlock.of("$N", parameters.get(i)));
        }
        return method
                .addJavadoc("@return a new exception for {@code $L}\n", code.code())
                .addStatement("return new $T($T.$N, $L, new $T[] {$L}, $L)", self, errors, code.name(), ErrorEnumGenerator.types(code),
                        Serializable.class, CodeBlock.join(values, ", "), cause)
                .build();
    }
}
