package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.lang.model.element.Modifier;

/**
 * The generated handler's lookup of one {@code Accept-Language} range among a catalog's locales: the
 * candidates Java's {@link ResourceBundle} looks in ({@code ResourceBundle.Control.getCandidateLocales}),
 * so {@code zh-TW} and {@code zh-HK} find {@code zh-Hant}, {@code zh-CN} finds {@code zh-Hans},
 * {@code sr-Latn-RS} finds {@code sr-Latn} and {@code es-MX} finds {@code es}, exactly as
 * {@code message(Locale)} would for that locale. RFC 4647 lookup truncates tags and misses the scripts
 * Java implies.
 */
final class CandidateLookup {
    /** The generated method's name. */
    static final String NAME = "lookup";

    private CandidateLookup() {}

    static MethodSpec method() {
        ClassName control = ClassName.get(ResourceBundle.Control.class);
        return MethodSpec.methodBuilder(NAME)
                .addModifiers(Modifier.PROTECTED, Modifier.STATIC)
                .addParameter(Locale.LanguageRange.class, "range")
                .addParameter(ParameterizedTypeName.get(List.class, Locale.class), "supported")
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
