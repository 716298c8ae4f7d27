package dev.errorcatalog.processor.docs.typescript;

import dev.errorcatalog.processor.docs.LocaleFallback;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.plural.PluralCondition;
import dev.errorcatalog.processor.model.plural.PluralRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The TypeScript module's plural choice: the same CLDR rules the Java code is generated from, as
 * functions of a whole number's magnitude (so no dependence on a runtime's {@code Intl.PluralRules}
 * and its CLDR version), for the rule sets of the catalog's locales only. Each code with blocks
 * names, per locale, the rule set of the text that locale shows, as the Java does: the default's
 * rules where the default's text stands in, else the locale's own.
 */
final class TypeScriptPlurals {
    private TypeScriptPlurals() {}

    static boolean needed(Catalog catalog) {
        return catalog.codesByNumber().stream().anyMatch(TypeScriptPlurals::hasBlocks);
    }

    static boolean hasBlocks(ErrorCode code) {
        for (LocalizedText.Translation translation : code.message().translations()) {
            if (MessageTemplate.parse(translation.text()).hasBlocks()) {
                return true;
            }
        }
        return false;
    }

    /** {@code const PLURAL_RULES = {...}}: one function per rule set, keyed by its CLDR tag. */
    static String rules(Catalog catalog) {
        List<PluralRules.RuleSet> sets = new ArrayList<>();
        for (String locale : catalog.locales()) {
            PluralRules.RuleSet set = PluralRules.forLocale(locale);
            if (!sets.contains(set)) {
                sets.add(set);
            }
        }
        StringBuilder out = new StringBuilder()
                .append("/** CLDR's plural category of a whole number's magnitude (below 3,000,000: see `pluralMagnitude`), per rule set. */\n")
                .append("const PLURAL_RULES: { readonly [rules: string]: (n: number) => string } = {\n");
        for (PluralRules.RuleSet set : sets) {
            out.append("  ").append(TypeScriptText.string(set.tag())).append(": (n: number): string => {\n");
            for (PluralRules.Rule rule : set.rules()) {
                PluralCondition condition = rule.condition().forIntegers();
                if (condition instanceof PluralCondition.Constant constant) {
                    if (constant.value()) {
                        out.append("    return ").append(TypeScriptText.string(rule.category())).append(";\n");
                        break;
                    }
                    continue;
                }
                out.append("    if (").append(typeScript(condition)).append(") {\n      return ")
                        .append(TypeScriptText.string(rule.category())).append(";\n    }\n");
            }
            out.append("    return \"other\";\n  },\n");
        }
        return out.append("};\n\n").toString();
    }

    /** {@code { en: "en", "de-AT": "de", ... }}: the rule set each locale's text of {@code code} is read with. */
    static String choices(Catalog catalog, LocaleFallback fallback, ErrorCode code) {
        String defaultLocale = catalog.defaultLocale();
        return "{ " + catalog.locales().stream().map(locale -> {
            String source = fallback.source(code.message(), locale);
            String rulesOf = source.equals(defaultLocale) && code.message().translation(locale).isEmpty() ? defaultLocale : locale;
            return TypeScriptText.key(locale) + ": " + TypeScriptText.string(PluralRules.forLocale(rulesOf).tag());
        }).collect(Collectors.joining(", ")) + " }";
    }

    private static String typeScript(PluralCondition condition) {
        if (condition instanceof PluralCondition.Or or) {
            return or.parts().stream().map(p -> "(" + typeScript(p) + ")").collect(Collectors.joining(" || "));
        }
        if (condition instanceof PluralCondition.And and) {
            return and.parts().stream().map(p -> "(" + typeScript(p) + ")").collect(Collectors.joining(" && "));
        }
        PluralCondition.Relation relation = (PluralCondition.Relation) condition;
        String value = relation.modulus() > 0 ? "n % " + relation.modulus() : "n";
        List<String> ranges = new ArrayList<>();
        for (long[] range : relation.ranges()) {
            ranges.add(range[0] == range[1] ? value + " === " + range[0] : "(" + value + " >= " + range[0] + " && " + value + " <= " + range[1] + ")");
        }
        String any = String.join(" || ", ranges);
        return relation.equal() ? any : "!(" + any + ")";
    }
}
