package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.IcuMessage;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.plural.PluralRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules on plural and select blocks that look across a message's texts or at a locale's CLDR
 * rules (contract 5.1): one meaning per variable in every locale, and each locale's own text
 * covering the categories its rules choose for whole numbers. A locale without its own text shows
 * its fallback's text with the fallback's rules, which that text was checked against.
 */
final class PluralChecks {
    private PluralChecks() {}

    private record Seen(MessageTemplate.Kind kind, String locale, LocalizedText.Translation translation) {}

    /** @return false after reporting a variable that is plural in one place and select in another */
    static boolean kindsAgree(LocalizedText text, String context, List<Diagnostic> out) {
        Map<String, Seen> first = new HashMap<>();
        boolean valid = true;
        for (LocalizedText.Translation translation : text.translations()) {
            for (MessageTemplate.Placeholder p : MessageTemplate.parse(translation.text()).appearances()) {
                if (p.kind() == MessageTemplate.Kind.PLAIN) {
                    continue;
                }
                Seen seen = first.putIfAbsent(p.name(), new Seen(p.kind(), translation.locale(), translation));
                if (seen != null && seen.kind() != p.kind()) {
                    out.add(Diagnostic.of(DiagnosticKind.PLURAL_KIND, translation.mark(), p.name(), describe(p.kind()), translation.locale(),
                            context, describe(seen.kind()), seen.locale(), seen.translation().mark()));
                    valid = false;
                }
            }
        }
        return valid;
    }

    private static String describe(MessageTemplate.Kind kind) {
        return kind == MessageTemplate.Kind.PLURAL ? "a plural" : "a select";
    }

    /**
     * Each text's plural blocks against the CLDR rules of that text's locale; and a regional locale
     * without its own text, which shows its language's text (not the default's) read with its own
     * rules ({@code pt-PT} showing {@code pt}'s), against that locale's rules too.
     */
    static void categories(LocalizedText text, List<String> locales, String context, List<Diagnostic> out) {
        for (LocalizedText.Translation translation : text.translations()) {
            check(translation, translation.locale(), context, out);
        }
        for (String locale : locales) {
            String language = locale.split("-", 2)[0];
            if (text.translation(locale).isEmpty() && !language.equals(locale) && locales.indexOf(language) > 0) {
                Optional<LocalizedText.Translation> shown = text.translation(language);
                if (shown.isPresent() && !PluralRules.forLocale(locale).equals(PluralRules.forLocale(language))) {
                    check(shown.get(), locale, context, out);
                }
            }
        }
    }

    private static void check(LocalizedText.Translation translation, String locale, String context, List<Diagnostic> out) {
        PluralRules.RuleSet rules = PluralRules.forLocale(locale);
        for (IcuMessage.Part part : IcuMessage.arguments(MessageTemplate.parse(translation.text()).tree())) {
            if (part instanceof IcuMessage.Block block && block.plural()) {
                check(block, rules, translation, locale, context, out);
            }
        }
    }

    private static void check(IcuMessage.Block block, PluralRules.RuleSet rules, LocalizedText.Translation translation, String locale,
            String context, List<Diagnostic> out) {
        Set<String> chosen = rules.integerCategories();
        Set<Long> exact = new LinkedHashSet<>();
        for (IcuMessage.Branch branch : block.branches()) {
            if (branch.selector().startsWith("=")) {
                exact.add(Long.parseLong(branch.selector().substring(1)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String category : chosen) {
            if (block.branch(category).isPresent()) {
                continue;
            }
            // A category chosen for a few numbers only, each with its exact match ('=1' for English 'one'), is covered.
            Optional<Set<Long>> finite = rules.finiteMembers(category);
            if (finite.isEmpty() || !exact.containsAll(finite.get())) {
                missing.add(category);
            }
        }
        String chosenList = String.join(", ", chosen);
        if (!missing.isEmpty()) {
            out.add(Diagnostic.of(DiagnosticKind.PLURAL_CATEGORY, translation.mark(), locale, context, String.join(", ", missing),
                    block.name(), block.offset() + 1, locale, chosenList));
        }
        for (IcuMessage.Branch branch : block.branches()) {
            if (PluralRules.CATEGORIES.contains(branch.selector()) && !chosen.contains(branch.selector())) {
                out.add(Diagnostic.of(DiagnosticKind.PLURAL_DEAD_BRANCH, translation.mark(), branch.selector(), branch.offset() + 1,
                        block.name(), locale, context, locale, chosenList));
            }
        }
    }
}
