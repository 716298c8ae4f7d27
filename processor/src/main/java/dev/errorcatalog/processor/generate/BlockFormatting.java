package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.plural.PluralRules;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The base exception's filling-in for a catalog whose messages have plural or select blocks: the
 * same as {@link ArgumentFormatting#format()} plus the blocks, scanned by the rules of
 * {@code model.IcuMessage} (a {@code }}} in a branch is a literal brace only while a literal
 * {@code {{} of the branch is open). The category comes from {@link PluralSelectorGenerator}'s
 * {@code plural(rules, n)} with the rule set of the locale whose text is shown. Catalogs without
 * blocks keep the plain {@code format}.
 */
final class BlockFormatting {
    private BlockFormatting() {}

    static boolean needed(Catalog catalog) {
        for (ErrorCode code : catalog.codesByNumber()) {
            for (LocalizedText.Translation translation : code.message().translations()) {
                if (MessageTemplate.parse(translation.text()).hasBlocks()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The distinct CLDR rule sets of the catalog's locales, in the order the locales first use them. */
    static List<PluralRules.RuleSet> ruleSets(Catalog catalog) {
        List<PluralRules.RuleSet> sets = new ArrayList<>();
        for (String locale : catalog.locales()) {
            PluralRules.RuleSet set = PluralRules.forLocale(locale);
            if (!sets.contains(set)) {
                sets.add(set);
            }
        }
        return sets;
    }

    /** {@code PLURAL_RULES[i]}: the rule set of catalog locale {@code i} (the texts class's locale index). */
    static FieldSpec rulesField(Catalog catalog) {
        List<PluralRules.RuleSet> sets = ruleSets(catalog);
        List<CodeBlock> indexes = new ArrayList<>();
        List<String> doc = new ArrayList<>();
        for (String locale : catalog.locales()) {
            indexes.add(CodeBlock.of("$L", sets.indexOf(PluralRules.forLocale(locale))));
            doc.add(locale + " → " + PluralRules.forLocale(locale).tag());
        }
        return FieldSpec.builder(int[].class, "PLURAL_RULES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The CLDR plural rule set of each catalog locale: $L.\n", String.join(", ", doc))
                .initializer("{$L}", CodeBlock.join(indexes, ", "))
                .build();
    }

    static MethodSpec plural(Catalog catalog) {
        return PluralSelectorGenerator.method(ruleSets(catalog)).toBuilder().addModifiers(Modifier.PRIVATE).build();
    }

    static MethodSpec format() {
        return MethodSpec.methodBuilder("format")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Fills placeholders and plural and select blocks, each value shown for the locale; plural\n"
                        + "categories by CLDR rule set {@code rules}; doubled braces stand for single ones.\n")
                .addParameter(String.class, "template")
                .addParameter(ParameterizedTypeName.get(List.class, String.class), "parameters")
                .addParameter(String.class, "types")
                .addParameter(Serializable[].class, "values")
                .addParameter(Locale.class, "locale")
                .addParameter(int.class, "rules")
                .returns(String.class)
                .beginControlFlow("if (template.indexOf('{') < 0 && template.indexOf('}') < 0)")
                .addStatement("return template")
                .endControlFlow()
                .addStatement("$T out = new $T(template.length() + 16)", StringBuilder.class, StringBuilder.class)
                .addStatement("fill(out, template, 0, template.length(), parameters, types, values, locale, rules, null)")
                .addStatement("return out.toString()")
                .build();
    }

    private static MethodSpec.Builder filler(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(StringBuilder.class, "out")
                .addParameter(String.class, "t");
    }

    private static MethodSpec.Builder context(MethodSpec.Builder method) {
        return method.addParameter(ParameterizedTypeName.get(List.class, String.class), "parameters")
                .addParameter(String.class, "types")
                .addParameter(Serializable[].class, "values")
                .addParameter(Locale.class, "locale")
                .addParameter(int.class, "rules")
                .addParameter(String.class, "number");
    }

    /** Text from {@code from} to {@code to}; {@code number} is what '#' shows (null outside a plural). */
    static MethodSpec fill() {
        return context(filler("fill").addParameter(int.class, "from").addParameter(int.class, "to"))
                .beginControlFlow("for (int i = from; i < to; i++)")
                .addStatement("char c = t.charAt(i)")
                .beginControlFlow("if ((c == '{' || c == '}') && i + 1 < to && t.charAt(i + 1) == c)")
                .addStatement("out.append(c)")
                .addStatement("i++")
                .nextControlFlow("else if (c == '#' && number != null)")
                .addStatement("out.append(number)")
                .nextControlFlow("else if (c == '{')")
                .addStatement("int end = end(t, i)")
                .addStatement("int comma = t.indexOf(',', i)")
                .beginControlFlow("if (comma < 0 || comma > t.indexOf('}', i))")
                .addStatement("int index = parameters.indexOf(t.substring(i + 1, end))")
                .addStatement("out.append(index >= 0 && index < values.length ? show(types.charAt(index), values[index], locale)"
                        + " : t.substring(i, end + 1))")
                .nextControlFlow("else")
                .addStatement("block(out, t, i, comma, end, parameters, types, values, locale, rules, number)")
                .endControlFlow()
                .addStatement("i = end")
                .nextControlFlow("else")
                .addStatement("out.append(c)")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** The index of the '}' that closes the placeholder or block whose '{' is at {@code open}. */
    static MethodSpec end() {
        return MethodSpec.methodBuilder("end")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "t")
                .addParameter(int.class, "open")
                .returns(int.class)
                .addStatement("int close = t.indexOf('}', open)")
                .addStatement("int comma = t.indexOf(',', open)")
                .beginControlFlow("if (comma < 0 || comma > close)")
                .addStatement("return close")
                .endControlFlow()
                .addStatement("int i = t.indexOf(',', comma + 1) + 1")
                .beginControlFlow("while (true)")
                .beginControlFlow("while (Character.isWhitespace(t.charAt(i)))")
                .addStatement("i++")
                .endControlFlow()
                .beginControlFlow("if (t.charAt(i) == '}')")
                .addStatement("return i")
                .endControlFlow()
                .addStatement("i = branchEnd(t, t.indexOf('{', i) + 1) + 1")
                .endControlFlow()
                .build();
    }

    /** The index of the '}' that closes the branch whose text starts at {@code i}. */
    static MethodSpec branchEnd() {
        return MethodSpec.methodBuilder("branchEnd")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "t")
                .addParameter(int.class, "start")
                .returns(int.class)
                .addStatement("int literals = 0")
                .addStatement("int i = start")
                .beginControlFlow("while (true)")
                .addStatement("char c = t.charAt(i)")
                .beginControlFlow("if (c == '{')")
                .beginControlFlow("if (t.charAt(i + 1) == '{')")
                .addStatement("literals++")
                .addStatement("i += 2")
                .nextControlFlow("else")
                .addStatement("i = end(t, i) + 1")
                .endControlFlow()
                .nextControlFlow("else if (c == '}')")
                .beginControlFlow("if (literals > 0 && i + 1 < t.length() && t.charAt(i + 1) == '}')")
                .addStatement("literals--")
                .addStatement("i += 2")
                .nextControlFlow("else")
                .addStatement("return i")
                .endControlFlow()
                .nextControlFlow("else")
                .addStatement("i++")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** One block: the branch of the exact match, else of the category (or select word), else 'other'. */
    static MethodSpec block() {
        return context(filler("block").addParameter(int.class, "open").addParameter(int.class, "comma").addParameter(int.class, "end"))
                .addStatement("int index = parameters.indexOf(t.substring(open + 1, comma).trim())")
                .addStatement("$T value = index >= 0 && index < values.length ? values[index] : null", Serializable.class)
                .addStatement("int kindEnd = t.indexOf(',', comma + 1)")
                .addStatement("boolean plural = t.substring(comma + 1, kindEnd).trim().equals($S)", "plural")
                .addStatement("String exact = null")
                .addStatement("String category")
                .addStatement("String shown = number")
                .beginControlFlow("if (plural)")
                .addStatement("long n = value instanceof $T ? (($T) value).longValue() : 0", Number.class, Number.class)
                .addStatement("exact = $S + n", "=")
                .addStatement("category = plural(rules, n)")
                .addStatement("shown = $T.toString(n)", Long.class)
                .nextControlFlow("else")
                .addStatement("category = String.valueOf(value)")
                .endControlFlow()
                .addStatement("int chosen = -1")
                .addStatement("int other = -1")
                .addStatement("int i = kindEnd + 1")
                .beginControlFlow("while (true)")
                .beginControlFlow("while (Character.isWhitespace(t.charAt(i)))")
                .addStatement("i++")
                .endControlFlow()
                .beginControlFlow("if (i >= end)")
                .addStatement("break")
                .endControlFlow()
                .addStatement("int brace = t.indexOf('{', i)")
                .addStatement("String selector = t.substring(i, brace).trim()")
                .beginControlFlow("if (selector.equals(exact))")
                .addStatement("chosen = brace")
                .addStatement("break")
                .endControlFlow()
                .beginControlFlow("if (selector.equals(category) && chosen < 0)")
                .addStatement("chosen = brace")
                .endControlFlow()
                .beginControlFlow("if (selector.equals($S))", "other")
                .addStatement("other = brace")
                .endControlFlow()
                .addStatement("i = branchEnd(t, brace + 1) + 1")
                .endControlFlow()
                .addStatement("int from = (chosen >= 0 ? chosen : other) + 1")
                .addStatement("fill(out, t, from, branchEnd(t, from), parameters, types, values, locale, rules, shown)")
                .build();
    }
}
