package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog locale: a BCP 47 tag of a language, an optional script and an optional region
 * ({@code en}, {@code zh-CN}, {@code zh-Hant}, {@code zh-Hant-TW}, {@code sr-Latn}, {@code es-419}),
 * kept in its parts so that plural rules and lookups can key on them. {@link #toString()} is the
 * canonical spelling the catalog writes.
 *
 * @param language 2 or 3 lower-case letters
 * @param script 4 letters, the first upper case, or empty
 * @param region 2 upper-case letters or 3 digits (a UN M.49 area such as 419), or empty
 */
public record LocaleTag(String language, String script, String region) {
    private static final Pattern CANONICAL = Pattern.compile("([a-z]{2,3})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|[0-9]{3}))?");
    /** The same shape in any case and with {@code _} for {@code -}: what a "did you mean" can fix. */
    private static final Pattern ANY_CASE = Pattern.compile("([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|[0-9]{3}))?",
            Pattern.CASE_INSENSITIVE);
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);

    public LocaleTag {
        if (!CANONICAL.matcher(join(language, script, region)).matches()) {
            throw new IllegalArgumentException("not a canonical locale tag: " + join(language, script, region));
        }
    }

    /** The tag written exactly in the canonical form, else empty. */
    public static Optional<LocaleTag> parse(String text) {
        Matcher m = CANONICAL.matcher(text);
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /** A tag the catalog has already accepted. */
    public static LocaleTag of(String canonical) {
        return parse(canonical).orElseThrow(() -> new IllegalArgumentException("not a canonical locale tag: " + canonical));
    }

    /**
     * The canonical spelling of a tag written in another case or with {@code _} ({@code zh-hant} →
     * {@code zh-Hant}, {@code zh_cn} → {@code zh-CN}); empty when the text is not such a tag at all.
     */
    public static Optional<String> canonicalSpelling(String text) {
        Matcher m = ANY_CASE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String script = m.group(2) == null ? "" : m.group(2);
        return Optional.of(join(m.group(1).toLowerCase(Locale.ROOT),
                script.isEmpty() ? "" : script.substring(0, 1).toUpperCase(Locale.ROOT) + script.substring(1).toLowerCase(Locale.ROOT),
                m.group(3) == null ? "" : m.group(3).toUpperCase(Locale.ROOT)));
    }

    /**
     * What a well-formed BCP 47 tag has beyond language, script and region ({@code a variant '1996'},
     * {@code an extension 'u-ca-buddhist'}, {@code private use 'x-phone'}); empty when the text is no
     * well-formed tag or has nothing more.
     */
    public static Optional<String> unsupportedPart(String text) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(text.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        if (!locale.getVariant().isEmpty()) {
            return Optional.of("a variant '" + locale.getVariant().replace('_', '-') + "'");
        }
        for (char key : locale.getExtensionKeys()) {
            String part = key + "-" + locale.getExtension(key);
            return Optional.of(key == Locale.PRIVATE_USE_EXTENSION ? "private use '" + part + "'" : "an extension '" + part + "'");
        }
        return Optional.empty();
    }

    /** The Java locale of this tag. */
    public Locale toLocale() {
        return new Locale.Builder().setLanguage(language).setScript(script).setRegion(region).build();
    }

    /**
     * The tags {@link java.util.ResourceBundle} looks in for this one, most specific first, without the
     * root: {@code ResourceBundle.Control.getCandidateLocales} with Java's implied scripts for Chinese
     * ({@code zh-TW} → {@code zh-Hant-TW}, {@code zh-Hant}, {@code zh-TW}, {@code zh}).
     */
    public List<LocaleTag> candidates() {
        List<LocaleTag> candidates = new ArrayList<>();
        for (Locale candidate : CONTROL.getCandidateLocales("", toLocale())) {
            // the root, and the variants no catalog tag has, are never a catalog locale
            if (!candidate.getLanguage().isEmpty() && candidate.getVariant().isEmpty()) {
                candidates.add(new LocaleTag(candidate.getLanguage(), candidate.getScript(), candidate.getCountry()));
            }
        }
        return candidates;
    }

    @Override
    public String toString() {
        return join(language, script, region);
    }

    private static LocaleTag of(Matcher m) {
        return new LocaleTag(m.group(1), m.group(2) == null ? "" : m.group(2), m.group(3) == null ? "" : m.group(3));
    }

    private static String join(String language, String script, String region) {
        return language + (script.isEmpty() ? "" : "-" + script) + (region.isEmpty() ? "" : "-" + region);
    }
}
