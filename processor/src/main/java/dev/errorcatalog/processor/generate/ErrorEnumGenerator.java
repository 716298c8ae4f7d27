package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.JavaNames;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import java.util.ArrayList;
import java.util.List;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code ComplianceError}: one enum per category, one constant per code.
 *
 * <p>The constants take no constructor arguments: their data lives in a nested {@code Data} class
 * whose arrays are filled by methods of at most {@value #CHUNK} codes and about {@value #CHUNK_BYTES}
 * bytes of bytecode each (many placeholders or a very long text make a code's line longer). Texts
 * of the other locales are not in Java at all: they are resources ({@link LocaleTexts}). javac rejects any
 * method over 64 KiB, and an enum whose constants carry four arguments already fails near 2,300 constants.
 */
final class ErrorEnumGenerator extends TypeGenerator {
    static final int CHUNK = 400;
    static final int CHUNK_BYTES = 32_000;

    private final Category category;

    ErrorEnumGenerator(GenerationContext context, Category category) {
        super(context);
        this.category = category;
    }

    @Override
    protected TypeSpec.Builder type() {
        Catalog catalog = context.catalog();
        ClassName self = context.errorEnum(category);
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(context.errorInterface())
                .addJavadoc("$L", Javadocs.category(catalog, category));
        for (ErrorCode code : category.codes()) {
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder("").addJavadoc("$L", Javadocs.code(context, code));
            if (code.deprecated()) {
                constant.addAnnotation(Deprecations.annotation(code));
            }
            type.addEnumConstant(code.name(), constant.build());
        }
        for (ErrorCode code : category.codes()) {
            for (ErrorCode.Alias alias : code.aliases()) {
                type.addField(FieldSpec.builder(self, alias.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addAnnotation(Deprecated.class)
                        .addJavadoc("An older name of {@link #$N}, kept so code written against it still compiles.\n\n", code.name())
                        .addJavadoc("@deprecated Use {@link #$N}.\n", code.name())
                        .initializer("$N", code.name())
                        .build());
            }
        }
        FieldTypes types = new FieldTypes(context);
        for (FieldDefinition field : catalog.fields()) {
            type.addMethod(override(JavaNames.fieldAccessor(field.id()), types.accessorType(field))
                    .addCode(types.accessorBody(field, CodeBlock.of("Data.$N[ordinal()]", FieldTypes.arrayName(field))))
                    .build());
        }
        return type
                .addMethod(override("code", TypeName.INT).addStatement("return Data.CODES[ordinal()]").build())
                .addMethod(override("category", context.categoryEnum())
                        .addStatement("return $T.$L", context.categoryEnum(), context.categoryConstant(category)).build())
                .addMethod(override("message", ClassName.get(String.class)).addStatement("return Data.MESSAGES[ordinal()]").build())
                .addMethod(override("message", ClassName.get(String.class))
                        .addParameter(Locale.class, "locale")
                        .addStatement("return $T.text(locale, $L + ordinal(), Data.MESSAGES[ordinal()])", context.texts(),
                                LocaleTexts.offset(catalog, category))
                        .build())
                .addMethod(override("parameters", ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return Data.PARAMETERS.get(ordinal())").build())
                .addMethod(override("httpStatus", TypeName.INT).addStatement("return Data.HTTP_STATUSES[ordinal()]").build())
                .addMethod(override("grpcCode", ClassName.get(String.class))
                        .addStatement("return Data.GRPC_NAMES[Data.GRPC_CODES.charAt(ordinal()) - 'A']").build())
                .addMethod(override("deprecated", TypeName.BOOLEAN).addStatement("return Data.DEPRECATED[ordinal()]").build())
                .addMethods(guidance())
                .addMethod(override("exception", context.exception(category))
                        .addParameter(Object[].class, "arguments")
                        .varargs()
                        .addStatement("return new $T(this, Data.TYPES[ordinal()], $T.arguments(this, Data.TYPES[ordinal()], arguments), null)",
                                context.exception(category), context.baseException())
                        .build())
                .addType(data());
    }

    private boolean anyHelp() {
        return category.codes().stream().anyMatch(c -> c.help().isPresent());
    }

    private boolean anySuccessor() {
        return category.codes().stream().anyMatch(c -> c.replacedBy().isPresent());
    }

    /** {@code replacedBy()}, {@code explanation()}, {@code explanation(Locale)}, {@code help()}: constant answers where no code has one. */
    private List<MethodSpec> guidance() {
        Catalog catalog = context.catalog();
        TypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
        MethodSpec.Builder replacedBy = override("replacedBy", ParameterizedTypeName.get(ClassName.get(Optional.class),
                context.errorInterface()));
        if (anySuccessor()) {
            replacedBy.addStatement("$T successor = Data.REPLACED_BY[ordinal()]", String.class)
                    .addStatement("return successor == null ? $T.empty() : $T.find(successor)", Optional.class, context.registry());
        } else {
            replacedBy.addStatement("return $T.empty()", Optional.class);
        }
        MethodSpec.Builder explanation = override("explanation", optionalString);
        MethodSpec.Builder localized = override("explanation", optionalString).addParameter(Locale.class, "locale");
        if (Explanations.any(catalog)) {
            ClassName explanations = ExplanationsGenerator.className(context);
            explanation.addStatement("return $T.text(null, $L + ordinal())", explanations, LocaleTexts.offset(catalog, category));
            localized.addStatement("return $T.text(locale, $L + ordinal())", explanations, LocaleTexts.offset(catalog, category));
        } else {
            explanation.addStatement("return $T.empty()", Optional.class);
            localized.addStatement("return $T.empty()", Optional.class);
        }
        MethodSpec.Builder help = override("help", ParameterizedTypeName.get(Optional.class, URI.class));
        if (anyHelp()) {
            help.addStatement("$T link = Data.HELP[ordinal()]", String.class)
                    .addStatement("return link == null ? $T.empty() : $T.of($T.create(link))", Optional.class, Optional.class, URI.class);
        } else {
            help.addStatement("return $T.empty()", Optional.class);
        }
        return List.of(replacedBy.build(), explanation.build(), localized.build(), help.build());
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    /**
     * The codes' gRPC status names: the distinct names in order of first use, and one letter per code
     * ({@code A} the first name): a string constant costs no bytecode per code, unlike a column of the rows.
     */
    private List<FieldSpec> grpcCodes() {
        List<String> names = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (ErrorCode code : category.codes()) {
            if (!names.contains(code.grpcCode())) {
                names.add(code.grpcCode());
            }
            letters.append((char) ('A' + names.indexOf(code.grpcCode())));
        }
        return List.of(
                FieldSpec.builder(String[].class, "GRPC_NAMES", Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", DataRow.strings(names)).build(),
                FieldSpec.builder(String.class, "GRPC_CODES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Per code, by ordinal: its gRPC status as an index into {@link #GRPC_NAMES}, {@code A} for 0.\n")
                        .initializer("$L", Literals.string(letters.toString())).build());
    }

    private TypeSpec data() {
        int size = category.codes().size();
        TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
        TypeSpec.Builder data = TypeSpec.classBuilder("Data")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Per-code data by ordinal, filled in chunks to keep every method far below javac's 64 KiB limit.\n")
                .addField(array(int[].class, "CODES", size))
                .addField(array(int[].class, "HTTP_STATUSES", size))
                .addField(array(boolean[].class, "DEPRECATED", size))
                .addFields(grpcCodes())
                .addField(FieldSpec.builder(String[].class, "TYPES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("One letter per placeholder: its type, as the exception checks and formats it.\n")
                        .initializer("new $T[$L]", String.class, size).build())
                .addField(array(String[].class, "MESSAGES", size))
                .addField(FieldSpec.builder(String[][].class, "PLACEHOLDERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T[$L][]", String.class, size).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), stringList), "PARAMETERS",
                        Modifier.STATIC, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (anyHelp()) {
            data.addField(array(String[].class, "HELP", size));
        }
        if (anySuccessor()) {
            data.addField(array(String[].class, "REPLACED_BY", size));
        }
        FieldTypes types = new FieldTypes(context);
        for (FieldDefinition field : context.catalog().fields()) {
            TypeName element = types.storageType(field);
            data.addField(FieldSpec.builder(ArrayTypeName.of(element), FieldTypes.arrayName(field), Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T[$L]", element, size).build());
        }
        CodeBlock.Builder init = CodeBlock.builder();
        List<ErrorCode> codes = category.codes();
        for (int start = 0, chunk = 0; start < codes.size(); chunk++) {
            int end = start;
            long bytes = 0;
            while (end < codes.size() && end - start < CHUNK) {
                long next = bytecodeSize(codes.get(end));
                if (end > start && bytes + next > CHUNK_BYTES) {
                    break;
                }
                bytes += next;
                end++;
            }
            String method = "fill" + chunk;
            init.addStatement("$N()", method);
            data.addMethod(fill(method, start, codes.subList(start, end)));
            start = end;
        }
        init.addStatement("$T<$T> parameters = new $T<>($L)", List.class, stringList, ArrayList.class, size)
                .beginControlFlow("for ($T[] placeholders : PLACEHOLDERS)", String.class)
                .addStatement("parameters.add($T.of(placeholders))", List.class)
                .endControlFlow()
                .addStatement("PARAMETERS = $T.copyOf(parameters)", List.class);
        MethodSpec.Builder set = MethodSpec.methodBuilder("set")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(TypeName.INT, "ordinal")
                .addParameter(TypeName.INT, "code")
                .addParameter(TypeName.INT, "httpStatus")
                .addParameter(TypeName.BOOLEAN, "deprecated")
                .addParameter(String.class, "message")
                .addParameter(String[].class, "placeholders")
                .addParameter(String.class, "types")
                .addStatement("CODES[ordinal] = code")
                .addStatement("HTTP_STATUSES[ordinal] = httpStatus")
                .addStatement("DEPRECATED[ordinal] = deprecated")
                .addStatement("MESSAGES[ordinal] = message")
                .addStatement("PLACEHOLDERS[ordinal] = placeholders")
                .addStatement("TYPES[ordinal] = types");
        // one parameter per field (the catalog has at most FieldReader.MAX_FIELDS of them)
        List<FieldDefinition> fields = context.catalog().fields();
        for (int i = 0; i < fields.size(); i++) {
            set.addParameter(types.storageType(fields.get(i)), "field" + i)
                    .addStatement("$N[ordinal] = $N", FieldTypes.arrayName(fields.get(i)), "field" + i);
        }
        data.addStaticBlock(init.build());
        // A category with only child categories has no codes to set: an unused private method
        // would be an "unused" warning on ecj.
        if (!codes.isEmpty()) {
            data.addMethod(set.build());
        }
        return data.build();
    }

    /**
     * A generous estimate of the bytecode of one {@code set(...)} line: the scalar arguments and
     * call, then about 8 bytes per array element (dup, index, ldc_w, aastore); a text split by
     * {@link Literals#text} costs that per part again. Only the default locale's text is in Java.
     */
    private long bytecodeSize(ErrorCode code) {
        String text = code.message().text(context.catalog().defaultLocale(), context.catalog().defaultLocale());
        return 44 + 8L * code.parameters().size() + 8L * context.catalog().fields().size()
                + 16L * (3L * text.length() / Literals.MAX_CONSTANT_BYTES)
                + code.help().map(h -> 16 + 16L * (3L * h.length() / Literals.MAX_CONSTANT_BYTES)).orElse(0L)
                + (code.replacedBy().isPresent() ? 16 : 0);
    }

    private MethodSpec fill(String name, int start, List<ErrorCode> codes) {
        Catalog catalog = context.catalog();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
        FieldTypes fieldTypes = new FieldTypes(context);
        for (int i = 0; i < codes.size(); i++) {
            ErrorCode code = codes.get(i);
            String message = MessageTemplate.withoutTypes(code.message().text(catalog.defaultLocale(), catalog.defaultLocale()));
            CodeBlock fieldValues = catalog.fields().isEmpty() ? CodeBlock.of("") : CodeBlock.join(catalog.fields().stream()
                    .map(field -> CodeBlock.of(", $L", fieldTypes.literal(field, code.fields().get(field.id())))).toList(), "");
            // One row of the table per code: its scalars and literals are written by DataRow in a
            // few pieces, not one JavaPoet argument each (measured: JavaPoet's per-piece cost
            // dominated the emission of catalogs with thousands of codes).
            method.addStatement("set($L, new $T[] {$L}, $L$L)", DataRow.head(start + i, code, message), String.class,
                    DataRow.strings(code.parameters()), types(code), fieldValues);
            int ordinal = start + i;
            code.help().ifPresent(help -> method.addStatement("HELP[$L] = $L", ordinal, Literals.text(help)));
            code.replacedBy().ifPresent(successor -> method.addStatement("REPLACED_BY[$L] = $L", ordinal,
                    Literals.string(successor.name())));
        }
        return method.build();
    }

    /** The {@code types} string of a code: one {@link PlaceholderType#letter()} per placeholder. */
    static String types(ErrorCode code) {
        StringBuilder letters = new StringBuilder();
        code.parameterTypes().forEach(t -> letters.append(t.letter()));
        return Literals.string(letters.toString());
    }

    private static FieldSpec array(Class<?> type, String name, int size) {
        return FieldSpec.builder(type, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T[$L]", type.getComponentType(), size)
                .build();
    }
}
