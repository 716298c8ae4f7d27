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
    /** This exception and its category's enum, named once: every factory refers to both. */
    private final ClassName self;
    private final ClassName errors;

    CategoryExceptionGenerator(GenerationContext context, Category category) {
        super(context);
        this.category = category;
        this.self = context.exception(category);
        this.errors = context.errorEnum(category);
    }

    @Override
    protected TypeSpec.Builder type() {
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
        if (category.codes().stream().anyMatch(code -> code.parameters().isEmpty())) {
            // Most codes have no placeholder: their factories say only which constant and which
            // cause, and share one empty array (less source for javac to read in big catalogs).
            type.addField(FieldSpec.builder(Serializable[].class, "NO_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                            .initializer("{}").build())
                    .addMethod(MethodSpec.constructorBuilder()
                            .addParameter(errors, "error")
                            .addParameter(Throwable.class, "cause")
                            .addStatement("this(error, $S, NO_VALUES, cause)", "")
                            .build());
        }
        NameAllocator reserved = reservedNames();
        for (ErrorCode code : category.codes()) {
            String factory = JavaNames.factoryName(code.name());
            List<String> names = parameterNames(reserved, code);
            type.addMethod(factory(code, names, factory, false));
            type.addMethod(factory(code, names, factory, true));
            for (ErrorCode.Alias alias : code.aliases()) {
                type.addMethod(aliasFactory(code, names, alias, factory, false));
                type.addMethod(aliasFactory(code, names, alias, factory, true));
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
     * String.valueOf(...) into a call on the parameter. Those names are claimed first, once per
     * category ({@link #reservedNames}); each code allocates from a copy.
     */
    private static List<String> parameterNames(NameAllocator reserved, ErrorCode code) {
        if (code.parameters().isEmpty()) {
            return List.of("cause");
        }
        NameAllocator names = reserved.clone();
        List<String> parameters = new ArrayList<>();
        for (String placeholder : code.parameters()) {
            parameters.add(names.newName(asciiName(placeholder)));
        }
        parameters.add(names.newName("cause"));
        return parameters;
    }

    private NameAllocator reservedNames() {
        NameAllocator names = new NameAllocator();
        for (String typeName : List.of("String", "Object", "Throwable", "Serializable", "BigDecimal", "LocalDate",
                self.simpleName(), errors.simpleName())) {
            names.newName(typeName, typeName);
        }
        return names;
    }

    /** An older name's factory: deprecated, and the same as the current one. */
    private MethodSpec aliasFactory(ErrorCode code, List<String> names, ErrorCode.Alias alias, String factory, boolean withCause) {
        List<String> parameters = names.subList(0, code.parameters().size());
        List<String> signature = new ArrayList<>(code.parameterTypes().stream().map(PlaceholderType::javaType).toList());
        if (withCause) {
            signature.add("Throwable");
        }
        StringBuilder doc = new StringBuilder()
                .append("The factory of {@code ").append(code.name()).append("}'s older name {@code ").append(alias.name()).append("}.\n\n")
                .append("@deprecated Use {@link #").append(factory).append('(').append(String.join(", ", signature)).append(")}.\n");
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.factoryName(alias.name()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(Deprecated.class)
                .returns(self);
        List<CodeBlock> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            method.addParameter(javaType(code.parameterTypes().get(i)), parameters.get(i));
            parameterDoc(doc, parameters.get(i), code.parameters().get(i));
            arguments.add(CodeBlock.of("$N", parameters.get(i)));
        }
        if (withCause) {
            String cause = names.get(names.size() - 1);
            method.addParameter(Throwable.class, cause);
            doc.append("@param ").append(cause).append(" the cause\n");
            arguments.add(CodeBlock.of("$N", cause));
        }
        doc.append("@return a new exception for {@code ").append(code.code()).append("}\n");
        return method
                .addJavadoc("$L", doc)
                // qualified: a factory named 'yield' may only be called through its class (JLS 15.12)
                .addStatement("return $T.$N($L)", self, factory, CodeBlock.join(arguments, ", "))
                .build();
    }

    private static void parameterDoc(StringBuilder doc, String parameter, String placeholder) {
        doc.append("@param ").append(parameter).append(" the value of the placeholder '").append(Docs.escape(placeholder)).append("'\n");
    }

    /**
     * A code's factory. Its Javadoc is assembled as one text (escaped by {@link Docs}) and handed to
     * JavaPoet in one piece: JavaPoet splits every piece it writes into lines, and in a catalog of
     * thousands of codes that per-piece cost was a measured share of the build.
     */
    private MethodSpec factory(ErrorCode code, List<String> names, String factory, boolean withCause) {
        List<String> parameters = names.subList(0, code.parameters().size());
        MethodSpec.Builder method = MethodSpec.methodBuilder(factory)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self);
        if (code.deprecated()) {
            method.addAnnotation(Deprecations.annotation(code));
        }
        for (int i = 0; i < parameters.size(); i++) {
            method.addParameter(javaType(code.parameterTypes().get(i)), parameters.get(i));
        }
        StringBuilder doc = new StringBuilder();
        String cause = "null";
        if (withCause) {
            cause = names.get(names.size() - 1);
            method.addParameter(Throwable.class, cause);
            // The cause overload points at its sibling instead of repeating the whole Javadoc: in a
            // catalog of thousands of codes that halves the documentation javac has to read.
            doc.append("Like {@link #").append(factory).append('(')
                    .append(String.join(", ", code.parameterTypes().stream().map(PlaceholderType::javaType).toList()))
                    .append(")}, with a cause.\n\n");
            if (code.deprecated()) {
                doc.append(Deprecations.tag(context, code));
            }
        } else {
            doc.append(Javadocs.code(context, code));
        }
        for (int i = 0; i < parameters.size(); i++) {
            parameterDoc(doc, parameters.get(i), code.parameters().get(i));
        }
        if (withCause) {
            doc.append("@param ").append(cause).append(" the cause\n");
        }
        doc.append("@return a new exception for {@code ").append(code.code()).append("}\n");
        method.addJavadoc("$L", doc);
        if (parameters.isEmpty()) {
            return method.addStatement("return new $T($T.$N, $L)", self, errors, code.name(), cause).build();
        }
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            // An untyped value is kept as its string, as version 1 did; a typed one as it is, for formatting later.
            values.add(code.parameterTypes().get(i) == PlaceholderType.UNTYPED
                    ? CodeBlock.of("$T.valueOf($N)", String.class, parameters.get(i))
                    : CodeBlock.of("$N", parameters.get(i)));
        }
        return method
                .addStatement("return new $T($T.$N, $L, new $T[] {$L}, $L)", self, errors, code.name(), ErrorEnumGenerator.types(code),
                        Serializable.class, CodeBlock.join(values, ", "), cause)
                .build();
    }
}
