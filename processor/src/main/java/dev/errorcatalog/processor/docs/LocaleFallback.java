package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.LocaleTag;
import dev.errorcatalog.processor.model.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which text a catalog locale shows, the way the generated Java's {@code message(Locale)} and
 * {@code title(Locale)} pick it (they follow {@link java.util.ResourceBundle}): the first of the
 * locale's {@link LocaleTag#candidates() candidates} the catalog declares that has a text
 * ({@code de-AT} → {@code de}; {@code zh-Hant-TW} → {@code zh-Hant}, {@code zh-TW}, {@code zh}),
 * else the default locale's. Every client output (TypeScript, OpenAPI, HTML, Markdown) asks here,
 * so a regional locale never shows the default text while Java shows its language's.
 */
public final class LocaleFallback {
    private final String defaultLocale;
    private final Map<String, List<String>> chains = new HashMap<>();

    private LocaleFallback(Catalog catalog) {
        this.defaultLocale = catalog.defaultLocale();
        for (String locale : catalog.locales()) {
            chains.put(locale, chain(locale, catalog.locales(), defaultLocale));
        }
    }

    public static LocaleFallback of(Catalog catalog) {
        return new LocaleFallback(catalog);
    }

    /** The candidates for {@code locale}, most specific first, each once, ending with the default locale. */
    static List<String> chain(String locale, List<String> locales, String defaultLocale) {
        List<String> chain = new ArrayList<>(3);
        for (LocaleTag candidate : LocaleTag.of(locale).candidates()) {
            if (locales.contains(candidate.toString()) && !chain.contains(candidate.toString())) {
                chain.add(candidate.toString());
            }
        }
        if (!chain.contains(defaultLocale)) {
            chain.add(defaultLocale);
        }
        return List.copyOf(chain);
    }

    /** The candidates for a locale of the catalog, most specific first, ending with the default locale. */
    public List<String> candidates(String locale) {
        List<String> chain = chains.get(locale);
        if (chain == null) {
            throw new IllegalArgumentException("not a locale of the catalog: " + locale);
        }
        return chain;
    }

    /** The catalog locale whose text {@code locale} shows: the first candidate that has one (the default when none has). */
    public String source(LocalizedText text, String locale) {
        for (String candidate : candidates(locale)) {
            if (text.translation(candidate).isPresent()) {
                return candidate;
            }
        }
        return defaultLocale;
    }

    /** The text {@code locale} shows; empty when not even the default locale has one. */
    public String text(LocalizedText text, String locale) {
        return text.text(source(text, locale), defaultLocale);
    }
}
