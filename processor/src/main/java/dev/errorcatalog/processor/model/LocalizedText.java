package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.List;
import java.util.Optional;

/** A text in one or more locales, in the order written; each translation keeps its place. */
public record LocalizedText(List<Translation> translations) {

    public record Translation(String locale, String text, Mark mark) {}

    public LocalizedText {
        translations = List.copyOf(translations);
    }

    public Optional<Translation> translation(String locale) {
        return Optional.ofNullable(find(locale));
    }

    /** The text for {@code locale}, else the one for {@code fallback}; empty if neither exists. */
    public String text(String locale, String fallback) {
        // a loop, not a stream: this runs several times per code in every generator and writer
        Translation found = find(locale);
        if (found == null) {
            found = find(fallback);
        }
        return found == null ? "" : found.text();
    }

    private Translation find(String locale) {
        for (Translation translation : translations) {
            if (translation.locale().equals(locale)) {
                return translation;
            }
        }
        return null;
    }
}
