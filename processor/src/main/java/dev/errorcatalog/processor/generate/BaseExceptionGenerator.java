package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Category;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiException}: the base of the category exceptions. Arguments are kept as strings (taken
 * with {@code String.valueOf} when the exception is made), so the exception stays serializable and
 * formats the same message in any locale later.
 */
final class BaseExceptionGenerator extends TypeGenerator {

    BaseExceptionGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    TypeSpec.Builder type() {
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
        return type
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(String[].class, "arguments", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(error, "error")
                        .addParameter(String[].class, "arguments")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(error.code() + $S + format(error.message(), error.parameters(), arguments), cause)", ": ")
                        .addStatement("this.arguments = arguments")
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
                        .addJavadoc("The arguments, one per placeholder, as strings.\n")
                        .addStatement("return $T.of(arguments)", List.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("message")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Locale.class, "locale")
                        .returns(String.class)
                        .addJavadoc("The message for {@code locale} with the arguments filled in (without the code).\n")
                        .addStatement("return format(error().message(locale), error().parameters(), arguments)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getLocalizedMessage")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("The code and the message in the JVM's default locale.\n")
                        .addStatement("return code() + $S + message($T.getDefault())", ": ", Locale.class)
                        .build())
                .addMethod(argumentsOf(error))
                .addMethod(format());
    }

    /** Checks the argument count and turns each argument into its string. */
    private MethodSpec argumentsOf(ClassName error) {
        return MethodSpec.methodBuilder("arguments")
                .addModifiers(Modifier.STATIC)
                .addParameter(error, "error")
                .addParameter(Object[].class, "values")
                .returns(String[].class)
                .addStatement("int expected = error.parameters().size()")
                .beginControlFlow("if ((values == null ? 0 : values.length) != expected)")
                .addStatement("throw new $T(error.code() + $S + expected + $S + error.parameters() + $S + (values == null ? 0 : values.length))",
                        IllegalArgumentException.class, " takes ", " argument(s) ", ", got ")
                .endControlFlow()
                .addStatement("$T[] strings = new $T[expected]", String.class, String.class)
                .beginControlFlow("for (int i = 0; i < expected; i++)")
                .addStatement("strings[i] = $T.valueOf(values[i])", String.class)
                .endControlFlow()
                .addStatement("return strings")
                .build();
    }

    /** Fills named placeholders; doubled braces stand for single ones. */
    private static MethodSpec format() {
        return MethodSpec.methodBuilder("format")
                .addModifiers(Modifier.STATIC)
                .addParameter(String.class, "template")
                .addParameter(ParameterizedTypeName.get(List.class, String.class), "parameters")
                .addParameter(String[].class, "arguments")
                .returns(String.class)
                .beginControlFlow("if (template.indexOf('{') < 0 && template.indexOf('}') < 0)")
                .addStatement("return template")
                .endControlFlow()
                .addStatement("$T out = new $T(template.length() + 16)", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for (int i = 0; i < template.length(); i++)")
                .addStatement("char c = template.charAt(i)")
                .beginControlFlow("if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c)")
                .addStatement("out.append(c)")
                .addStatement("i++")
                .nextControlFlow("else if (c == '{')")
                .addStatement("int end = template.indexOf('}', i)")
                .addStatement("int index = parameters.indexOf(template.substring(i + 1, end))")
                .addStatement("out.append(index >= 0 && index < arguments.length ? arguments[index] : template.substring(i, end + 1))")
                .addStatement("i = end")
                .nextControlFlow("else")
                .addStatement("out.append(c)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out.toString()")
                .build();
    }
}
