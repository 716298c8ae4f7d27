package com.acme.feat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The explanations of the Feat catalog's codes, by locale, read from the resource {@code Feat.explanations}.
 */
@Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")
final class FeatExplanations {
    private static final int SIZE = 18;

    private static final int LOCALES = 4;

    private FeatExplanations() {
    }

    /**
     * The explanation at {@code index} for {@code locale}: the first of its candidate locales that has
     * one, as messages are looked up, else the default locale's (also when {@code locale} is null);
     * empty when the code has no explanation.
     */
    static Optional<String> text(Locale locale, int index) {
        if (locale != null) {
            for (int resolved : FeatTexts.chain(locale)) {
                String text = Loaded.TEXTS[resolved * SIZE + index];
                if (text != null) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.ofNullable(Loaded.TEXTS[index]);
    }

    /**
     * A line a text, locale after locale, {@code \\}, {@code \n} and {@code \r} escaped, empty for none.
     * Without the resource (classes copied without it) no code has an explanation.
     */
    private static String[] load() {
        String[] texts = new String[SIZE * LOCALES];
        try (InputStream in = FeatExplanations.class.getResourceAsStream("Feat.explanations")) {
            if (in == null) {
                return texts;
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            int line = 0;
            for (int i = 0; i < all.length() && line < texts.length; i++) {
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
            // An unreadable resource is a broken jar; the codes still have their messages.
            return new String[SIZE * LOCALES];
        }
        return texts;
    }

    /**
     * Holds the texts; the JVM reads the resource when this class is first used, once, thread-safely.
     */
    private static final class Loaded {
        static final String[] TEXTS = load();

        private Loaded() {
        }
    }
}
