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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiTexts} (package-private): finds a text for a {@link Locale} among the catalog's locales
 * as {@link java.util.ResourceBundle} would, and reads the texts of the non-default ones from the
 * resources {@link LocaleTexts} writes. The candidates of a locale are exactly
 * {@code ResourceBundle.Control.getCandidateLocales} ({@code zh-TW} → {@code zh-Hant-TW},
 * {@code zh-Hant}, {@code zh-TW}, {@code zh}); each text is the first declared candidate's that has
 * one, else the default locale's. A locale's file is read once, on first use, into an array by text
 * index; a locale's chain of catalog locales is kept once computed (for a bounded number of
 * locales: they come from requests), so later lookups index arrays and allocate nothing.
 */
final class LocaleTextsGenerator extends TypeGenerator {
    /** How many request locales keep their chain; beyond that a chain is computed per lookup (never wrong, only slower). */
    static final int CACHED_CHAINS = 256;

    LocaleTextsGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        Catalog catalog = context.catalog();
        List<String> locales = catalog.locales();
        CodeBlock tags = CodeBlock.join(locales.stream()
                .map(l -> CodeBlock.of("$T.forLanguageTag($L)", Locale.class, Literals.string(l))).toList(), ", ");
        CodeBlock resources = CodeBlock.join(locales.stream()
                .map(l -> l.equals(catalog.defaultLocale()) ? CodeBlock.of("null")
                        : CodeBlock.of("$L", Literals.string(LocaleTexts.resourceName(catalog, l)))).toList(), ", ");
        TypeName cache = ParameterizedTypeName.get(AtomicReferenceArray.class, String[].class);
        TypeName chains = ParameterizedTypeName.get(ConcurrentHashMap.class, Locale.class, int[].class);
        return TypeSpec.classBuilder(context.texts())
                .addModifiers(Modifier.FINAL)
                .addJavadoc("The $L catalog's texts in its locales other than the default ($L), read from resources beside\n"
                        + "this class on a locale's first use.\n", catalog.name(), catalog.defaultLocale())
                .addField(constant(Locale[].class, "LOCALES", CodeBlock.of("{$L}", tags)))
                .addField(constant(String[].class, "RESOURCES", CodeBlock.of("{$L}", resources)))
                .addField(constant(int.class, "SIZE", CodeBlock.of("$L", LocaleTexts.size(catalog))))
                .addField(FieldSpec.builder(cache, "LOADED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T<>($L)", AtomicReferenceArray.class, locales.size()).build())
                .addField(FieldSpec.builder(chains, "CHAINS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T<>()", ConcurrentHashMap.class).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(chain())
                .addMethod(localeIndex())
                .addMethod(candidates())
                .addMethod(text())
                .addMethod(load());
    }

    private static FieldSpec constant(Class<?> type, String name, CodeBlock value) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(value).build();
    }

    private static MethodSpec chain() {
        return MethodSpec.methodBuilder("chain")
                .addModifiers(Modifier.STATIC)
                .addParameter(Locale.class, "locale")
                .returns(int[].class)
                .addJavadoc("The indexes of the catalog locales among the candidates of {@code locale}, most specific first,\n"
                        + "ending at the default locale (0) where it is a candidate.\n")
                .addStatement("int[] chain = CHAINS.get(locale)")
                .beginControlFlow("if (chain == null)")
                .addStatement("chain = candidates(locale)")
                .beginControlFlow("if (CHAINS.size() < $L)", CACHED_CHAINS)
                .addStatement("CHAINS.putIfAbsent(locale, chain)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return chain")
                .build();
    }

    /**
     * The catalog locale a plural block is read with where the text is not the default's: the
     * first catalog locale among the candidates (a regional locale showing its language's text
     * reads it with its own CLDR rules, as that text is checked against them).
     */
    private static MethodSpec localeIndex() {
        return MethodSpec.methodBuilder("localeIndex")
                .addModifiers(Modifier.STATIC)
                .addParameter(Locale.class, "locale")
                .returns(TypeName.INT)
                .addJavadoc("The index of the first catalog locale among the candidates of {@code locale}, else 0 (the default).\n")
                .addStatement("int[] chain = chain(locale)")
                .addStatement("return chain.length == 0 ? 0 : chain[0]")
                .build();
    }

    private static MethodSpec candidates() {
        ClassName control = ClassName.get(ResourceBundle.Control.class);
        return MethodSpec.methodBuilder("candidates")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Locale.class, "locale")
                .returns(int[].class)
                .addStatement("int[] found = new int[LOCALES.length]")
                .addStatement("int size = 0")
                .beginControlFlow("for ($T candidate : $T.getControl($T.FORMAT_DEFAULT).getCandidateLocales($S, locale))",
                        Locale.class, control, control, "")
                .beginControlFlow("for (int i = 0; i < LOCALES.length; i++)")
                .beginControlFlow("if (LOCALES[i].equals(candidate))")
                .addStatement("found[size++] = i")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (size > 0 && found[size - 1] == 0)")
                .addComment("the default locale has every text: no later candidate is asked")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.copyOf(found, size)", Arrays.class)
                .build();
    }

    private static MethodSpec text() {
        return MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.STATIC)
                .addParameter(Locale.class, "locale")
                .addParameter(TypeName.INT, "index")
                .addParameter(String.class, "fallback")
                .returns(String.class)
                .addJavadoc("The text at {@code index} for {@code locale}: the first candidate's that has one, else {@code fallback}\n"
                        + "(the default locale's).\n")
                .beginControlFlow("for (int resolved : chain(locale))")
                .beginControlFlow("if (resolved == 0)")
                .addStatement("return fallback")
                .endControlFlow()
                .addStatement("$T[] texts = LOADED.get(resolved)", String.class)
                .beginControlFlow("if (texts == null)")
                .addStatement("LOADED.compareAndSet(resolved, null, load(RESOURCES[resolved]))")
                .addStatement("texts = LOADED.get(resolved)")
                .endControlFlow()
                .beginControlFlow("if (texts[index] != null)")
                .addStatement("return texts[index]")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return fallback")
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
