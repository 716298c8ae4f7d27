package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.JavaNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiExplanations} (package-private): the codes' explanations, read from the resource
 * {@link Explanations} writes on the first call, so they cost the classes nothing until someone asks.
 * Generated only for a catalog with explanations; the error enums return empty otherwise.
 */
final class ExplanationsGenerator extends TypeGenerator {

    ExplanationsGenerator(GenerationContext context) {
        super(context);
    }

    static ClassName className(GenerationContext context) {
        return ClassName.get(context.packageName(), JavaNames.explanations(context.catalog().name()));
    }

    @Override
    protected TypeSpec.Builder type() {
        Catalog catalog = context.catalog();
        TypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
        TypeSpec loaded = TypeSpec.classBuilder("Loaded")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Holds the texts; the JVM reads the resource when this class is first used, once, thread-safely.\n")
                .addField(FieldSpec.builder(String[].class, "TEXTS", Modifier.STATIC, Modifier.FINAL)
                        .initializer("load()").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
        return TypeSpec.classBuilder(className(context))
                .addModifiers(Modifier.FINAL)
                .addJavadoc("The explanations of the $L catalog's codes, by locale, read from the resource {@code $L}.\n",
                        catalog.name(), Explanations.resourceName(catalog))
                .addField(FieldSpec.builder(int.class, "SIZE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", Explanations.codeCount(catalog)).build())
                .addField(FieldSpec.builder(int.class, "LOCALES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", catalog.locales().size()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(loaded)
                .addMethod(MethodSpec.methodBuilder("text")
                        .addModifiers(Modifier.STATIC)
                        .addParameter(Locale.class, "locale")
                        .addParameter(TypeName.INT, "index")
                        .returns(optionalString)
                        .addJavadoc("The explanation at {@code index} for {@code locale}: the first of its candidate locales that has\n"
                                + "one, as messages are looked up, else the default locale's (also when {@code locale} is null);\n"
                                + "empty when the code has no explanation.\n")
                        .beginControlFlow("if (locale != null)")
                        .beginControlFlow("for (int resolved : $T.chain(locale))", context.texts())
                        .addStatement("$T text = Loaded.TEXTS[resolved * SIZE + index]", String.class)
                        .beginControlFlow("if (text != null)")
                        .addStatement("return $T.of(text)", Optional.class)
                        .endControlFlow()
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return $T.ofNullable(Loaded.TEXTS[index])", Optional.class)
                        .build())
                .addMethod(load());
    }

    private MethodSpec load() {
        return MethodSpec.methodBuilder("load")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String[].class)
                .addJavadoc("A line a text, locale after locale, {@code \\\\}, {@code \\n} and {@code \\r} escaped, empty for none.\n"
                        + "Without the resource (classes copied without it) no code has an explanation.\n")
                .addStatement("$T[] texts = new $T[SIZE * LOCALES]", String.class, String.class)
                .beginControlFlow("try ($T in = $T.class.getResourceAsStream($S))", InputStream.class, className(context),
                        Explanations.resourceName(context.catalog()))
                .beginControlFlow("if (in == null)")
                .addStatement("return texts")
                .endControlFlow()
                .addStatement("$T all = new $T(in.readAllBytes(), $T.UTF_8)", String.class, String.class, StandardCharsets.class)
                .addStatement("$T text = new $T()", StringBuilder.class, StringBuilder.class)
                .addStatement("int line = 0")
                .beginControlFlow("for (int i = 0; i < all.length() && line < texts.length; i++)")
                .addStatement("char c = all.charAt(i)")
                .beginControlFlow("if (c == '\\n')")
                .addStatement("texts[line++] = text.length() == 0 ? null : text.toString()")
                .addStatement("text.setLength(0)")
                .nextControlFlow("else if (c == '\\\\' && i + 1 < all.length())")
                .addStatement("char escaped = all.charAt(++i)")
                .addStatement("text.append(escaped == 'n' ? '\\n' : escaped == 'r' ? '\\r' : escaped)")
                .nextControlFlow("else")
                .addStatement("text.append(c)")
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("catch ($T e)", IOException.class)
                .addComment("An unreadable resource is a broken jar; the codes still have their messages.")
                .addStatement("return new $T[SIZE * LOCALES]", String.class)
                .endControlFlow()
                .addStatement("return texts")
                .build();
    }
}
