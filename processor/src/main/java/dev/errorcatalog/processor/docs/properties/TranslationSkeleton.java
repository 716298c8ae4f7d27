package dev.errorcatalog.processor.docs.properties;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.plural.PluralRules;

/**
 * The translation file of one locale, complete, for a translation round: every key of the catalog
 * (category ids for titles, code names for messages) in catalog order, the default locale's text
 * as a comment above each, and the locale's existing text as the value, empty where there is none
 * yet. The processor reports each empty value as {@code [empty-text]} at its line: the list of what
 * is left to translate.
 */
public final class TranslationSkeleton {
    private TranslationSkeleton() {}

    public static String write(Catalog catalog, String locale) {
        String defaultLocale = catalog.defaultLocale();
        StringBuilder out = new StringBuilder();
        comment(out, catalog.name() + " catalog: the '" + locale + "' texts. Keys are category ids (titles) and code names"
                + " (messages); the comment above each key is the '" + defaultLocale + "' text. Keep every {placeholder}.");
        for (Category category : catalog.categories()) {
            out.append('\n');
            entry(out, category.id(), category.title(), locale, defaultLocale);
            for (ErrorCode code : category.codes()) {
                entry(out, code.name(), code.message(), locale, defaultLocale);
            }
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, String key, LocalizedText text, String locale, String defaultLocale) {
        String shown = text.text(defaultLocale, defaultLocale);
        comment(out, defaultLocale + ": " + shown);
        boolean plural = MessageTemplate.parse(shown).appearances().stream().anyMatch(p -> p.kind() == MessageTemplate.Kind.PLURAL);
        if (plural) {
            // the categories differ by language: the translator needs this locale's, not the default's
            comment(out, locale + " plural categories (CLDR, whole numbers): " + String.join(", ", PluralRules.forLocale(locale).integerCategories())
                    + "; write a branch for each");
        }
        out.append(key).append(" = ");
        text.translation(locale).ifPresent(t -> out.append(PropertiesEscaper.value(t.text())));
        out.append('\n');
    }

    private static void comment(StringBuilder out, String text) {
        out.append("# ").append(PropertiesEscaper.comment(text)).append('\n');
    }
}
