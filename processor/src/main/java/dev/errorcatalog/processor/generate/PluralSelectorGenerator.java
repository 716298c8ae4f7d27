package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errorcatalog.processor.model.plural.PluralCondition;
import dev.errorcatalog.processor.model.plural.PluralRules;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * CLDR's plural choice for whole numbers as plain Java, for the rule sets a catalog's locales use
 * and no others: {@code plural(rules, value)} returns the category name. Only {@code n} and
 * {@code i} matter for whole numbers (the other operands are 0 and fold away); both are the
 * magnitude, read unsigned so that |Long.MIN_VALUE| is 2^63 as ICU4J reads it.
 */
public final class PluralSelectorGenerator {
    private PluralSelectorGenerator() {}

    /** {@code static String plural(int rules, long value)}: rule set {@code i} of the list is case {@code i}. */
    public static MethodSpec method(List<PluralRules.RuleSet> ruleSets) {
        StringBuilder doc = new StringBuilder("The CLDR plural category of {@code value} under rule set {@code rules}:");
        for (int i = 0; i < ruleSets.size(); i++) {
            doc.append(i == 0 ? " " : ", ").append(i).append(" = ").append(ruleSets.get(i).tag());
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("plural")
                .addModifiers(Modifier.STATIC)
                .addJavadoc("$L.\n", doc)
                .addParameter(int.class, "rules")
                .addParameter(long.class, "value")
                .returns(String.class)
                .addStatement("long n = value < 0 ? -value : value")
                .beginControlFlow("switch (rules)");
        for (int i = 0; i < ruleSets.size(); i++) {
            method.addCode("case $L:\n", i).addCode("$>");
            for (PluralRules.Rule rule : ruleSets.get(i).rules()) {
                PluralCondition condition = rule.condition().forIntegers();
                if (condition instanceof PluralCondition.Constant constant) {
                    if (constant.value()) {
                        method.addStatement("return $S", rule.category());
                        break;
                    }
                    continue;
                }
                method.beginControlFlow("if ($L)", java(condition)).addStatement("return $S", rule.category()).endControlFlow();
            }
            method.addStatement("return $S", "other").addCode("$<");
        }
        return method.addCode("default:\n$>").addStatement("return $S", "other").addCode("$<").endControlFlow().build();
    }

    private static CodeBlock java(PluralCondition condition) {
        if (condition instanceof PluralCondition.Or or) {
            return join(or.parts(), " || ", true);
        }
        if (condition instanceof PluralCondition.And and) {
            return join(and.parts(), " && ", true);
        }
        PluralCondition.Relation relation = (PluralCondition.Relation) condition;
        CodeBlock value = relation.modulus() > 0
                ? CodeBlock.of("$T.remainderUnsigned(n, $LL)", Long.class, relation.modulus())
                : CodeBlock.of("n");
        List<CodeBlock> ranges = new ArrayList<>();
        for (long[] range : relation.ranges()) {
            ranges.add(range[0] == range[1]
                    ? CodeBlock.of("$L == $LL", value, range[0])
                    : CodeBlock.of("$L >= $LL && $L <= $LL", value, range[0], value, range[1]));
        }
        CodeBlock any = ranges.size() == 1 && relation.ranges().get(0)[0] == relation.ranges().get(0)[1]
                ? ranges.get(0) : CodeBlock.of("($L)", CodeBlock.join(ranges.stream().map(r -> CodeBlock.of("($L)", r)).toList(), " || "));
        return relation.equal() ? any : CodeBlock.of("!($L)", any);
    }

    private static CodeBlock join(List<PluralCondition> parts, String operator, boolean parenthesize) {
        List<CodeBlock> each = new ArrayList<>();
        for (PluralCondition part : parts) {
            CodeBlock code = java(part);
            each.add(parenthesize && !(part instanceof PluralCondition.Relation) ? CodeBlock.of("($L)", code) : code);
        }
        return CodeBlock.join(each, operator);
    }
}
