package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.lang.model.element.Modifier;

/**
 * The generated negotiation of a request's language ranges among a catalog's locales, one for every
 * integration: the Spring problem handler reads them from {@code Accept-Language}, the gRPC mapping
 * from the {@code accept-language} metadata, and both answer the same locale for the same ranges.
 * On each range by weight: the candidates Java's {@link ResourceBundle} looks in
 * ({@code ResourceBundle.Control.getCandidateLocales}, so {@code zh-TW} and {@code zh-HK} find
 * {@code zh-Hant}, {@code sr-Latn-RS} finds {@code sr-Latn}, {@code es-MX} finds {@code es}), exactly
 * as {@code message(Locale)} would for that locale, then RFC 4647 filtering ({@code zh} finds
 * {@code zh-CN}); else the default. RFC 4647 lookup alone truncates tags and misses the scripts Java implies.
 */
public final class LocaleNegotiation {
    /** The generated methods' names. */
    public static final String NEGOTIATE = "negotiate";
    public static final String LOOKUP = "lookup";

    private static final TypeName LOCALES = ParameterizedTypeName.get(List.class, Locale.class);

    private LocaleNegotiation() {}

    /** {@code Locale negotiate(String acceptLanguage, List<Locale> supported)}, with these modifiers. */
    public static MethodSpec negotiate(Modifier... modifiers) {
        ClassName range = ClassName.get(Locale.LanguageRange.class);
        return MethodSpec.methodBuilder(NEGOTIATE)
                .addModifiers(modifiers)
                .addParameter(String.class, "acceptLanguage")
                .addParameter(LOCALES, "supported")
                .returns(Locale.class)
                .addJavadoc("The response locale: for the language ranges of {@code Accept-Language} by weight, the first\n")
                .addJavadoc("supported locale among a range's ResourceBundle candidates ({@code en-US} finds {@code en},\n")
                .addJavadoc("{@code zh-TW} finds {@code zh-Hant}) or by RFC 4647\n")
                .addJavadoc("filtering ({@code zh} finds {@code zh-CN}); else the first supported locale, the catalog's default.\n")
                .addJavadoc("A missing or malformed header gets the default.\n\n")
                .addJavadoc("@param acceptLanguage the header, or {@code null}\n@param supported the catalog's locales, the default first\n")
                .addJavadoc("@return one of {@code supported}\n")
                .beginControlFlow("if (acceptLanguage != null && !acceptLanguage.trim().isEmpty())")
                .beginControlFlow("try")
                .beginControlFlow("for ($T range : $T.parse(acceptLanguage))", range, range)
                .beginControlFlow("if (range.getWeight() == 0)")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("$T<$T> one = $T.of(range)", List.class, range, List.class)
                .addStatement("$T exact = $N(range, supported)", Locale.class, LOOKUP)
                .beginControlFlow("if (exact != null)")
                .addStatement("return exact")
                .endControlFlow()
                .addStatement("$T wider = $T.filter(one, supported)", LOCALES, Locale.class)
                .beginControlFlow("if (!wider.isEmpty())")
                .addStatement("return wider.get(0)")
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("catch ($T malformed)", IllegalArgumentException.class)
                .addComment("a malformed header counts as none")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return supported.get(0)")
                .build();
    }

    /** {@code Locale lookup(Locale.LanguageRange range, List<Locale> supported)}, with these modifiers. */
    public static MethodSpec lookup(Modifier... modifiers) {
        ClassName control = ClassName.get(ResourceBundle.Control.class);
        return MethodSpec.methodBuilder(LOOKUP)
                .addModifiers(modifiers)
                .addParameter(Locale.LanguageRange.class, "range")
                .addParameter(LOCALES, "supported")
                .returns(Locale.class)
                .addJavadoc("The first supported locale among the candidates {@link java.util.ResourceBundle} looks in for the\n")
                .addJavadoc("range's locale ({@code zh-TW} finds {@code zh-Hant}, {@code es-MX} finds {@code es}), or {@code null}.\n\n")
                .addJavadoc("@param range one language range of {@code Accept-Language}\n@param supported the catalog's locales\n")
                .addJavadoc("@return one of {@code supported}, or {@code null}\n")
                .beginControlFlow("for ($T candidate : $T.getControl($T.FORMAT_DEFAULT).getCandidateLocales($S, $T.forLanguageTag(range.getRange())))",
                        Locale.class, control, control, "", Locale.class)
                .beginControlFlow("if (supported.contains(candidate))")
                .addStatement("return candidate")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build();
    }
}
