package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.yaml.Mark;
import java.util.List;
import java.util.Optional;

/** A text in one or more locales, in the order written; each translation keeps its place. */
public record LocalizedText(List<Translation> translations) {

    public record Translation(String locale, String text, Mark mark) {}

    public LocalizedText {
        translations = List.copyOf(translations);
    }

    public Optional<Translation> translation(String locale) {
        return translations.stream().filter(t -> t.locale().equals(locale)).findFirst();
    }

    /** The text for {@code locale}, else the one for {@code fallback}; empty if neither exists. */
    public String text(String locale, String fallback) {
        return translation(locale).or(() -> translation(fallback)).map(Translation::text).orElse("");
    }
}
