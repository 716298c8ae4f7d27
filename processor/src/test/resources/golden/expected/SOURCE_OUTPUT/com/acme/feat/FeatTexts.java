package com.acme.feat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.annotation.processing.Generated;

/**
 * The Feat catalog's texts in its locales other than the default (en), read from resources beside
 * this class on a locale's first use.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
final class FeatTexts {
    private static final Locale[] LOCALES = {Locale.forLanguageTag("en"), Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("de"), Locale.forLanguageTag("fr")};

    private static final String[] RESOURCES = {null, "Feat_zh_CN.texts", "Feat_de.texts", "Feat_fr.texts"};

    private static final int SIZE = 26;

    private static final AtomicReferenceArray<String[]> LOADED = new AtomicReferenceArray<>(4);

    private static final ConcurrentHashMap<Locale, int[]> CHAINS = new ConcurrentHashMap<>();

    private FeatTexts() {
    }

    /**
     * The indexes of the catalog locales among the candidates of {@code locale}, most specific first,
     * ending at the default locale (0) where it is a candidate.
     */
    static int[] chain(Locale locale) {
        int[] chain = CHAINS.get(locale);
        if (chain == null) {
            chain = candidates(locale);
            if (CHAINS.size() < 256) {
                CHAINS.putIfAbsent(locale, chain);
            }
        }
        return chain;
    }

    /**
     * The index of the first catalog locale among the candidates of {@code locale}, else 0 (the default).
     */
    static int localeIndex(Locale locale) {
        int[] chain = chain(locale);
        return chain.length == 0 ? 0 : chain[0];
    }

    private static int[] candidates(Locale locale) {
        int[] found = new int[LOCALES.length];
        int size = 0;
        for (Locale candidate : ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT).getCandidateLocales("", locale)) {
            for (int i = 0; i < LOCALES.length; i++) {
                if (LOCALES[i].equals(candidate)) {
                    found[size++] = i;
                }
            }
            if (size > 0 && found[size - 1] == 0) {
                // the default locale has every text: no later candidate is asked
                break;
            }
        }
        return Arrays.copyOf(found, size);
    }

    /**
     * The text at {@code index} for {@code locale}: the first candidate's that has one, else {@code fallback}
     * (the default locale's).
     */
    static String text(Locale locale, int index, String fallback) {
        for (int resolved : chain(locale)) {
            if (resolved == 0) {
                return fallback;
            }
            String[] texts = LOADED.get(resolved);
            if (texts == null) {
                LOADED.compareAndSet(resolved, null, load(RESOURCES[resolved]));
                texts = LOADED.get(resolved);
            }
            if (texts[index] != null) {
                return texts[index];
            }
        }
        return fallback;
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
