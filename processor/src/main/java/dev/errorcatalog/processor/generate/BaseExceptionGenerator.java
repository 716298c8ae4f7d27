package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Category;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiException}: the base of the category exceptions. Untyped arguments are kept as strings
 * (taken with {@code String.valueOf} when the exception is made); typed ones as their immutable
 * values ({@code Integer}, {@code BigDecimal}, {@code LocalDate}...), so the exception stays
 * serializable and formats its message for any locale later.
 */
final class BaseExceptionGenerator extends TypeGenerator {

    BaseExceptionGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        ClassName error = context.errorInterface();
        TypeSpec.Builder type = TypeSpec.classBuilder(context.baseException())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .superclass(RuntimeException.class)
                .addJavadoc("An exception carrying a code of the $L catalog. Its message is the code and the filled-in\n"
                        + "default-locale message; {@link #message(Locale)} gives it in another locale.\n", context.catalog().name());
        if (context.sealed() && !context.catalog().categories().isEmpty()) {
            type.addModifiers(Modifier.SEALED);
            for (Category category : context.catalog().categories()) {
                type.addPermittedSubclass(context.exception(category));
            }
        }
        TypeName strings = ParameterizedTypeName.get(List.class, String.class);
        boolean blocks = BlockFormatting.needed(context.catalog());
        // With plural blocks the text's locale picks CLDR rules: a locale without its own text shows
        // the default's text (the very same string, so '==' tells), read with the default's rules.
        CodeBlock defaultRules = blocks ? CodeBlock.of(", PLURAL_RULES[0]") : CodeBlock.of("");
        MethodSpec.Builder message = MethodSpec.methodBuilder("message")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Locale.class, "locale")
                .returns(String.class)
                .addJavadoc("The message for {@code locale} with the arguments filled in and formatted for that locale\n"
                        + "(without the code).\n");
        if (blocks) {
            message.addStatement("String template = error().message(locale)")
                    .addStatement("int rules = PLURAL_RULES[template == error().message() ? 0 : $T.localeIndex(locale)]", context.texts())
                    .addStatement("return format(template, error().parameters(), types, values, locale, rules)");
        } else {
            message.addStatement("return format(error().message(locale), error().parameters(), types, values, locale)");
        }
        type
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(FieldSpec.builder(Locale.class, "DEFAULT_LOCALE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The catalog's default locale, in which {@link #getMessage()} is written.\n")
                        .initializer("$T.forLanguageTag($S)", Locale.class, context.catalog().defaultLocale()).build())
                .addField(String.class, "types", Modifier.PRIVATE, Modifier.FINAL)
                .addField(Serializable[].class, "values", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(error, "error")
                        .addParameter(String.class, "types")
                        .addParameter(Serializable[].class, "values")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(error.code() + $S + format(error.message(), error.parameters(), types, values, DEFAULT_LOCALE$L), cause)",
                                ": ", defaultRules)
                        .addStatement("this.types = types")
                        .addStatement("this.values = values")
                        .build())
                .addMethod(MethodSpec.methodBuilder("error")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(error)
                        .addJavadoc("The code this exception carries.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("code")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addJavadoc("The numeric code, as {@code error().code()}.\n")
                        .addStatement("return error().code()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("arguments")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(strings)
                        .addJavadoc("The arguments, one per placeholder, as {@code String.valueOf} shows them: the same in every\n"
                                + "locale ({@code 1234.5}, {@code 2026-01-31}); {@link #message(Locale)} formats them for a locale.\n")
                        .addStatement("$T[] strings = new $T[values.length]", String.class, String.class)
                        .beginControlFlow("for (int i = 0; i < values.length; i++)")
                        .addStatement("strings[i] = $T.valueOf(values[i])", String.class)
                        .endControlFlow()
                        .addStatement("return $T.asList(strings)", Arrays.class)
                        .build())
                .addMethod(message.build())
                .addMethod(MethodSpec.methodBuilder("formattedArgument")
                        .addParameter(int.class, "index")
                        .addParameter(Locale.class, "locale")
                        .returns(String.class)
                        .addJavadoc("One argument as {@link #message(Locale)} shows it for {@code locale}: for the gRPC mapping's\n"
                                + "{@code ErrorInfo} metadata, in this package.\n")
                        .addStatement("return show(types.charAt(index), values[index], locale)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getLocalizedMessage")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("The code and the message in the JVM's default locale.\n")
                        .addStatement("return code() + $S + message($T.getDefault())", ": ", Locale.class)
                        .build())
                .addMethod(ArgumentFormatting.checkArguments(error))
                .addMethod(ArgumentFormatting.typeName())
                .addMethod(ArgumentFormatting.show());
        if (blocks) {
            type.addField(BlockFormatting.rulesField(context.catalog()))
                    .addMethod(BlockFormatting.format())
                    .addMethod(BlockFormatting.fill())
                    .addMethod(BlockFormatting.end())
                    .addMethod(BlockFormatting.branchEnd())
                    .addMethod(BlockFormatting.block())
                    .addMethod(BlockFormatting.plural(context.catalog()));
        } else {
            type.addMethod(ArgumentFormatting.format());
        }
        return type;
    }
}
