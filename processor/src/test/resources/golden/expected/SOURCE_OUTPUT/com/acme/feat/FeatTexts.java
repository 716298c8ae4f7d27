package com.acme.feat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.annotation.processing.Generated;

/**
 * The Feat catalog's texts in its locales other than the default (en), read from resources beside
 * this class on a locale's first use.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
final class FeatTexts {
    private static final String[] LANGUAGES = {"en", "zh", "de", "fr"};

    private static final String[] COUNTRIES = {"", "CN", "", ""};

    private static final String[] RESOURCES = {null, "Feat_zh_CN.texts", "Feat_de.texts", "Feat_fr.texts"};

    private static final int SIZE = 24;

    private static final AtomicReferenceArray<String[]> LOADED = new AtomicReferenceArray<>(4);

    private FeatTexts() {
    }

    /**
     * The index of the catalog locale for {@code locale}, resolved as {@link java.util.ResourceBundle} does:
     * language and country, then language, then 0 (the default locale).
     */
    static int localeIndex(Locale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        int found = -1;
        for (int i = 0; i < LANGUAGES.length; i++) {
            if (LANGUAGES[i].equals(language)) {
                if (COUNTRIES[i].equals(country)) {
                    return i;
                }
                if (COUNTRIES[i].isEmpty() && found < 0) {
                    found = i;
                }
            }
        }
        return found < 0 ? 0 : found;
    }

    /**
     * The text at {@code index} for {@code locale}, or {@code fallback} (the default locale's) when that
     * locale has none.
     */
    static String text(Locale locale, int index, String fallback) {
        int resolved = localeIndex(locale);
        if (resolved == 0) {
            return fallback;
        }
        String[] texts = LOADED.get(resolved);
        if (texts == null) {
            LOADED.compareAndSet(resolved, null, load(RESOURCES[resolved]));
            texts = LOADED.get(resolved);
        }
        String text = texts[index];
        return text == null ? fallback : text;
    }

    /**
     * Reads one locale's resource: a line a text, {@code \\}, {@code \n} and {@code \r} escaped, empty
     * for none. Without the resource (classes copied without it) the default texts stand in.
     */
    private static String[] load(String resource) {
        String[] texts = new String[SIZE];
        try (InputStream in = FeatTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return texts;
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            int line = 0;
            for (int i = 0; i < all.length() && line < SIZE; i++) {
                char c = all.charAt(i);
                if (c == '\n') {
                    texts[line++] = text.length() == 0 ? null : text.toString();
                    text.setLength(0);
                } else if (c == '\\' && i + 1 < all.length()) {
                    char escaped = all.charAt(++i);
                    text.append(escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped);
                } else {
                    text.append(c);
                }
            }
        } catch (IOException e) {
            // An unreadable resource is a broken jar; the default locale's texts still make a message.
            return new String[SIZE];
        }
        return texts;
    }
}
