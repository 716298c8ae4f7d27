package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads titles and messages: a plain string (the default locale's text) or a mapping from
 * declared locales to texts. Messages also get their placeholders checked in every locale.
 */
final class TextReader {
    /**
     * The JVM allows 255 parameters; the factory that also takes a cause has one per placeholder
     * plus one ("too many parameters" in generated code otherwise).
     */
    static final int MAX_PLACEHOLDERS = 254;

    private final List<String> locales;
    private final boolean strictLocales;
    private final List<Diagnostic> out;

    /** A message's texts and its placeholders, in order of first appearance in the default locale. */
    record Message(LocalizedText text, List<String> placeholders, List<PlaceholderType> types) {}

    TextReader(List<String> locales, boolean strictLocales, List<Diagnostic> out) {
        this.locales = locales;
        this.strictLocales = strictLocales;
        this.out = out;
    }

    Optional<LocalizedText> read(String key, YamlNode node, String what) {
        String defaultLocale = locales.get(0);
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.text().isBlank()) {
                out.add(Diagnostic.of(DiagnosticKind.EMPTY_TEXT, scalar.mark(), what));
                return Optional.empty();
            }
            LocalizedText text = new LocalizedText(List.of(new LocalizedText.Translation(defaultLocale, scalar.text(), scalar.mark())));
            checkStrict(text, node, what);
            return Optional.of(text);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), key,
                    "a text or a mapping from locale to text", node.describe()));
            return Optional.empty();
        }
        List<LocalizedText.Translation> translations = new ArrayList<>();
        boolean complete = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            String locale = entry.key().text();
            if (!locales.contains(locale)) {
                Optional<String> suggestion = suggestLocale(locale);
                String hint = suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
                out.add(Diagnostic.of(DiagnosticKind.UNKNOWN_LOCALE, entry.key().mark(), locale, locales, hint));
                // A misspelt default locale ('en-US' for 'en') is one mistake: no missing-default error too.
                complete &= !suggestion.equals(Optional.of(defaultLocale));
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, entry.value().mark(), key + "." + locale, "a text",
                        entry.value().describe()));
                complete = false;
                continue;
            }
            if (scalar.text().isBlank()) {
                out.add(Diagnostic.of(DiagnosticKind.EMPTY_TEXT, scalar.mark(), "the '" + locale + "' text of " + what));
                complete = false;
                continue;
            }
            translations.add(new LocalizedText.Translation(locale, scalar.text(), scalar.mark()));
        }
        LocalizedText text = new LocalizedText(translations);
        if (text.translation(defaultLocale).isEmpty()) {
            if (complete) {
                out.add(Diagnostic.of(DiagnosticKind.MISSING_DEFAULT_LOCALE, mapping.mark(), what, defaultLocale));
            }
            return Optional.empty();
        }
        checkStrict(text, node, what);
        return Optional.of(text);
    }

    Optional<Message> readMessage(YamlNode node, String context) {
        String what = "the message of " + context;
        Optional<LocalizedText> maybeText = read("message", node, what);
        if (maybeText.isEmpty()) {
            return Optional.empty();
        }
        return checkMessage(maybeText.get(), context);
    }

    /**
     * Checks a message's texts together: syntax, the same placeholders in every locale, one type
     * per placeholder however often it is written, and the parameter limit.
     */
    Optional<Message> checkMessage(LocalizedText text, String context) {
        String what = "the message of " + context;
        String defaultLocale = locales.get(0);
        List<String> placeholders = null;
        boolean valid = true;
        for (LocalizedText.Translation translation : text.translations()) {
            MessageTemplate.Parsed parsed = MessageTemplate.parse(translation.text());
            if (parsed.problem().isPresent()) {
                String where = translation.locale().equals(defaultLocale) ? what : "the '" + translation.locale() + "' message of " + context;
                out.add(Diagnostic.of(DiagnosticKind.MESSAGE_SYNTAX, translation.mark(), parsed.problem().get(), where));
                valid = false;
            } else if (translation.locale().equals(defaultLocale)) {
                placeholders = parsed.names();
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        for (LocalizedText.Translation translation : text.translations()) {
            List<String> own = MessageTemplate.parse(translation.text()).names();
            if (!new LinkedHashSet<>(own).equals(new LinkedHashSet<>(placeholders))) {
                out.add(Diagnostic.of(DiagnosticKind.PLACEHOLDER_MISMATCH, translation.mark(), translation.locale(), context,
                        braces(own), defaultLocale, braces(placeholders)));
                valid = false;
            }
        }
        if (valid && placeholders.size() > MAX_PLACEHOLDERS) {
            out.add(Diagnostic.of(DiagnosticKind.TOO_MANY_PLACEHOLDERS, text.translation(defaultLocale).orElseThrow().mark(),
                    what, placeholders.size(), MAX_PLACEHOLDERS));
            valid = false;
        }
        Optional<List<PlaceholderType>> types = PlaceholderTypes.resolve(text, placeholders, context, out);
        return valid && types.isPresent() ? Optional.of(new Message(text, placeholders, types.get())) : Optional.empty();
    }

    /** A close spelling, else the declared locale of the same language ('en' for 'en-US'). */
    private Optional<String> suggestLocale(String locale) {
        String language = locale.split("[-_]", 2)[0];
        return Suggestions.closest(locale, locales)
                .or(() -> locales.stream().filter(l -> l.equalsIgnoreCase(language)).findFirst());
    }

    private void checkStrict(LocalizedText text, YamlNode node, String what) {
        if (!strictLocales) {
            return;
        }
        for (String locale : locales) {
            if (text.translation(locale).isEmpty()) {
                out.add(Diagnostic.of(DiagnosticKind.MISSING_TRANSLATION, node.mark(), what, locale));
            }
        }
    }

    private static String braces(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(out.length() == 0 ? "" : ", ").append('{').append(name).append('}');
        }
        return out.toString();
    }
}
