package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiTexts} (package-private): resolves a {@link Locale} to one of the catalog's locales and
 * gives the texts of the non-default ones, read from the resources {@link LocaleTexts} writes.
 * A locale's file is read once, on first use, into an array by text index; later lookups compare
 * a few strings and index arrays, and allocate nothing.
 */
final class LocaleTextsGenerator extends TypeGenerator {

    LocaleTextsGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        Catalog catalog = context.catalog();
        List<String> locales = catalog.locales();
        CodeBlock languages = CodeBlock.join(locales.stream().map(l -> CodeBlock.of("$L", Literals.string(l.split("-", 2)[0]))).toList(), ", ");
        CodeBlock countries = CodeBlock.join(locales.stream()
                .map(l -> CodeBlock.of("$L", Literals.string(l.contains("-") ? l.split("-", 2)[1] : ""))).toList(), ", ");
        CodeBlock resources = CodeBlock.join(locales.stream()
                .map(l -> l.equals(catalog.defaultLocale()) ? CodeBlock.of("null")
                        : CodeBlock.of("$L", Literals.string(LocaleTexts.resourceName(catalog, l)))).toList(), ", ");
        TypeName cache = ParameterizedTypeName.get(AtomicReferenceArray.class, String[].class);
        return TypeSpec.classBuilder(context.texts())
                .addModifiers(Modifier.FINAL)
                .addJavadoc("The $L catalog's texts in its locales other than the default ($L), read from resources beside\n"
                        + "this class on a locale's first use.\n", catalog.name(), catalog.defaultLocale())
                .addField(constant(String[].class, "LANGUAGES", CodeBlock.of("{$L}", languages)))
                .addField(constant(String[].class, "COUNTRIES", CodeBlock.of("{$L}", countries)))
                .addField(constant(String[].class, "RESOURCES", CodeBlock.of("{$L}", resources)))
                .addField(constant(int.class, "SIZE", CodeBlock.of("$L", LocaleTexts.size(catalog))))
                .addField(FieldSpec.builder(cache, "LOADED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T<>($L)", AtomicReferenceArray.class, locales.size()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(localeIndex())
                .addMethod(text())
                .addMethod(load());
    }

    private static FieldSpec constant(Class<?> type, String name, CodeBlock value) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(value).build();
    }

    private static MethodSpec localeIndex() {
        return MethodSpec.methodBuilder("localeIndex")
                .addModifiers(Modifier.STATIC)
                .addParameter(Locale.class, "locale")
                .returns(TypeName.INT)
                .addJavadoc("The index of the catalog locale for {@code locale}, resolved as {@link java.util.ResourceBundle} does:\n"
                        + "language and country, then language, then 0 (the default locale).\n")
                .addStatement("$T language = locale.getLanguage()", String.class)
                .addStatement("$T country = locale.getCountry()", String.class)
                .addStatement("int found = -1")
                // from 0: the default locale itself (zh-CN) must win over a declared language (zh)
                .beginControlFlow("for (int i = 0; i < LANGUAGES.length; i++)")
                .beginControlFlow("if (LANGUAGES[i].equals(language))")
                .beginControlFlow("if (COUNTRIES[i].equals(country))")
                .addStatement("return i")
                .endControlFlow()
                .beginControlFlow("if (COUNTRIES[i].isEmpty() && found < 0)")
                .addStatement("found = i")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("return found < 0 ? 0 : found")
                .build();
    }

    private static MethodSpec text() {
        return MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.STATIC)
                .addParameter(Locale.class, "locale")
                .addParameter(TypeName.INT, "index")
                .addParameter(String.class, "fallback")
                .returns(String.class)
                .addJavadoc("The text at {@code index} for {@code locale}, or {@code fallback} (the default locale's) when that\n"
                        + "locale has none.\n")
                .addStatement("int resolved = localeIndex(locale)")
                .beginControlFlow("if (resolved == 0)")
                .addStatement("return fallback")
                .endControlFlow()
                .addStatement("$T[] texts = LOADED.get(resolved)", String.class)
                .beginControlFlow("if (texts == null)")
                .addStatement("LOADED.compareAndSet(resolved, null, load(RESOURCES[resolved]))")
                .addStatement("texts = LOADED.get(resolved)")
                .endControlFlow()
                .addStatement("$T text = texts[index]", String.class)
                .addStatement("return text == null ? fallback : text")
                .build();
    }

    private MethodSpec load() {
        return MethodSpec.methodBuilder("load")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "resource")
                .returns(String[].class)
                .addJavadoc("Reads one locale's resource: a line a text, {@code \\\\}, {@code \\n} and {@code \\r} escaped, empty\n"
                        + "for none. Without the resource (classes copied without it) the default texts stand in.\n")
                .addStatement("$T[] texts = new $T[SIZE]", String.class, String.class)
                .beginControlFlow("try ($T in = $T.class.getResourceAsStream(resource))", InputStream.class, context.texts())
                .beginControlFlow("if (in == null)")
                .addStatement("return texts")
                .endControlFlow()
                .addStatement("$T all = new $T(in.readAllBytes(), $T.UTF_8)", String.class, String.class, StandardCharsets.class)
                .addStatement("$T text = new $T()", StringBuilder.class, StringBuilder.class)
                .addStatement("int line = 0")
                .beginControlFlow("for (int i = 0; i < all.length() && line < SIZE; i++)")
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
                .addComment("An unreadable resource is a broken jar; the default locale's texts still make a message.")
                .addStatement("return new $T[SIZE]", String.class)
                .endControlFlow()
                .addStatement("return texts")
                .build();
    }
}
