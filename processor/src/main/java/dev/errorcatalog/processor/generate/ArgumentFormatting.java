package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.errorcatalog.processor.model.PlaceholderType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The static helpers of the base exception that check arguments against their placeholders' types
 * and fill a template for a locale. Each placeholder's type travels as one letter of a
 * {@code types} string ({@link PlaceholderType#letter()}), so a code costs one short literal.
 */
final class ArgumentFormatting {
    private ArgumentFormatting() {}

    private static String letter(PlaceholderType type) {
        return "'" + type.letter() + "'";
    }

    /**
     * {@code exception(Object...)}'s check: the count, and each value's type. Integers widen to
     * {@code long} as Java's assignment does; {@code null} is accepted where a reference is.
     */
    static MethodSpec checkArguments(ClassName error) {
        return MethodSpec.methodBuilder("arguments")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Checks {@code values} against the placeholders of {@code error} and keeps them serializable:\n"
                        + "untyped ones as strings, typed ones as they are.\n")
                .addParameter(error, "error")
                .addParameter(String.class, "types")
                .addParameter(Object[].class, "values")
                .returns(Serializable[].class)
                .addStatement("int expected = error.parameters().size()")
                .beginControlFlow("if ((values == null ? 0 : values.length) != expected)")
                .addStatement("throw new $T(error.code() + $S + expected + $S + error.parameters() + $S + (values == null ? 0 : values.length))",
                        IllegalArgumentException.class, " takes ", " argument(s) ", ", got ")
                .endControlFlow()
                .addStatement("$T[] checked = new $T[expected]", Serializable.class, Serializable.class)
                .beginControlFlow("for (int i = 0; i < expected; i++)")
                .addStatement("$T value = values[i]", Object.class)
                .addStatement("char type = types.charAt(i)")
                .addStatement("boolean integer = value instanceof $T || value instanceof $T || value instanceof $T",
                        Integer.class, Short.class, Byte.class)
                .addStatement("boolean ok")
                .beginControlFlow("switch (type)")
                .addStatement("case $L: ok = value == null || value instanceof $T; break", letter(PlaceholderType.STRING), String.class)
                .addStatement("case $L: ok = integer; break", letter(PlaceholderType.INT))
                .addStatement("case $L: ok = integer || value instanceof $T; break", letter(PlaceholderType.LONG), Long.class)
                .addStatement("case $L: ok = value == null || value instanceof $T; break", letter(PlaceholderType.NUMBER), BigDecimal.class)
                .addStatement("case $L: ok = value == null || value instanceof $T; break", letter(PlaceholderType.DATE), LocalDate.class)
                .addStatement("default: ok = true")
                .endControlFlow()
                .beginControlFlow("if (!ok)")
                .addStatement("throw new $T(error.code() + $S + (i + 1) + $S + error.parameters().get(i) + $S + typeName(type) + $S"
                                + " + (value == null ? $S : value.getClass().getName()))",
                        IllegalArgumentException.class, ": argument ", " {", "} must be ", ", not ", "null")
                .endControlFlow()
                .beginControlFlow("if (type == $L)", letter(PlaceholderType.UNTYPED))
                .addStatement("checked[i] = $T.valueOf(value)", String.class)
                .nextControlFlow("else if (type == $L)", letter(PlaceholderType.INT))
                .addStatement("checked[i] = (($T) value).intValue()", Number.class)
                .nextControlFlow("else if (type == $L)", letter(PlaceholderType.LONG))
                .addStatement("checked[i] = (($T) value).longValue()", Number.class)
                .nextControlFlow("else")
                .addStatement("checked[i] = ($T) value", Serializable.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return checked")
                .build();
    }

    /** The Java type a placeholder letter stands for, for the message of a wrong argument. */
    static MethodSpec typeName() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("typeName")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(char.class, "type")
                .returns(String.class)
                .beginControlFlow("switch (type)");
        for (PlaceholderType type : PlaceholderType.values()) {
            if (type != PlaceholderType.UNTYPED) {
                String name = type == PlaceholderType.INT ? "an int (Integer)"
                        : type == PlaceholderType.LONG ? "a long (Long or Integer)" : "a " + type.javaType();
                method.addStatement("case $L: return $S", letter(type), name);
            }
        }
        return method.addStatement("default: return $S", "any value").endControlFlow().build();
    }

    /** Fills named placeholders, each shown for the locale; doubled braces stand for single ones. */
    static MethodSpec format() {
        return MethodSpec.methodBuilder("format")
                .addModifiers(Modifier.STATIC)
                .addParameter(String.class, "template")
                .addParameter(ParameterizedTypeName.get(List.class, String.class), "parameters")
                .addParameter(String.class, "types")
                .addParameter(Serializable[].class, "values")
                .addParameter(Locale.class, "locale")
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
                .addStatement("out.append(index >= 0 && index < values.length ? show(types.charAt(index), values[index], locale)"
                        + " : template.substring(i, end + 1))")
                .addStatement("i = end")
                .nextControlFlow("else")
                .addStatement("out.append(c)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out.toString()")
                .build();
    }

    /**
     * One value for a locale: a number with the locale's grouping and decimal separator and exactly
     * the digits of its scale, a date in the locale's medium style, anything else as it is
     * ({@code int} and {@code long} as plain digits, never grouped).
     */
    static MethodSpec show() {
        return MethodSpec.methodBuilder("show")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(char.class, "type")
                .addParameter(Serializable.class, "value")
                .addParameter(Locale.class, "locale")
                .returns(String.class)
                .beginControlFlow("if (type == $L && value instanceof $T)", letter(PlaceholderType.NUMBER), BigDecimal.class)
                .addStatement("$T number = ($T) value", BigDecimal.class, BigDecimal.class)
                .addStatement("$T format = $T.getNumberInstance(locale)", NumberFormat.class, NumberFormat.class)
                .addStatement("int scale = $T.max(0, number.scale())", Math.class)
                .addStatement("format.setMinimumFractionDigits(scale)")
                .addStatement("format.setMaximumFractionDigits(scale)")
                .addStatement("return format.format(number)")
                .endControlFlow()
                .beginControlFlow("if (type == $L && value instanceof $T)", letter(PlaceholderType.DATE), LocalDate.class)
                .addStatement("return $T.ofLocalizedDate($T.MEDIUM).withLocale(locale).format(($T) value)",
                        DateTimeFormatter.class, FormatStyle.class, LocalDate.class)
                .endControlFlow()
                .addStatement("return $T.valueOf(value)", String.class)
                .build();
    }
}
