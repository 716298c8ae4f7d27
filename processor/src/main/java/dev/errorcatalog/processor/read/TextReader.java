package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Suggestions;
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
    private final TranslationFiles files;
    private final List<Diagnostic> out;

    /** A message's texts and its placeholders, in order of first appearance in the default locale. */
    record Message(LocalizedText text, List<String> placeholders, List<PlaceholderType> types) {}

    TextReader(List<String> locales, boolean strictLocales, TranslationFiles files, List<Diagnostic> out) {
        this.locales = locales;
        this.files = files;
        this.strictLocales = strictLocales;
        this.out = out;
    }

    /**
     * @param fileKey the key of this text in translation files (a code name or category id); empty
     *     when the node has none that is valid, so no file is asked
     */
    Optional<LocalizedText> read(String key, YamlNode node, String what, Optional<String> fileKey) {
        String defaultLocale = locales.get(0);
        List<LocalizedText.Translation> translations = new ArrayList<>();
        boolean complete = true;
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.text().isBlank()) {
                out.add(Diagnostic.of(DiagnosticKind.EMPTY_TEXT, scalar.mark(), what));
                return Optional.empty();
            }
            translations.add(new LocalizedText.Translation(defaultLocale, scalar.text(), scalar.mark()));
        } else if (node instanceof YamlNode.Mapping mapping) {
            complete = readMapping(key, mapping, what, translations);
        } else {
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), key,
                    "a text or a mapping from locale to text", node.describe()));
            return Optional.empty();
        }
        fileKey.ifPresent(k -> addFromFiles(k, what, translations));
        LocalizedText text = new LocalizedText(translations);
        if (text.translation(defaultLocale).isEmpty()) {
            if (complete) {
                out.add(Diagnostic.of(DiagnosticKind.MISSING_DEFAULT_LOCALE, node.mark(), what, defaultLocale));
            }
            return Optional.empty();
        }
        checkStrict(text, node, what, fileKey);
        return Optional.of(text);
    }

    /** @return false when a problem already explains a missing default-locale text */
    private boolean readMapping(String key, YamlNode.Mapping mapping, String what, List<LocalizedText.Translation> translations) {
        String defaultLocale = locales.get(0);
        boolean complete = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            String locale = entry.key().text();
            if (!locales.contains(locale)) {
                Optional<String> suggestion = suggestLocale(locale);
                String hint = suggestion.map(Suggestions::hint).orElse("");
                out.add(Diagnostic.of(DiagnosticKind.UNKNOWN_LOCALE, entry.key().mark(), locale, locales, hint));
                // A misspelt default locale ('en-US' for 'en') is one mistake: no missing-default error too.
                complete &= !suggestion.equals(Optional.of(defaultLocale));
                continue;
            }
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
                String written = scalar.text();
                out.add(Diagnostic.of(DiagnosticKind.NULL_VALUE, scalar.mark(), "the '" + locale + "' text of " + what,
                        written.isEmpty() ? "empty" : "'" + written + "'",
                        written.isEmpty() ? "" : ", or \"" + written + "\" in quotes to mean the word itself"));
                complete = false;
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Scalar scalar)) {
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
        return complete;
    }

    /** The texts translation files hold for {@code fileKey}, each checked where it stands in its file. */
    private void addFromFiles(String fileKey, String what, List<LocalizedText.Translation> translations) {
        for (LocalizedText.Translation fromFile : files.texts(fileKey)) {
            Optional<LocalizedText.Translation> inCatalog = translations.stream()
                    .filter(t -> t.locale().equals(fromFile.locale())).findFirst();
            if (inCatalog.isPresent()) {
                out.add(Diagnostic.of(DiagnosticKind.TRANSLATED_TWICE, fromFile.mark(), fromFile.locale(), what,
                        "the catalog", inCatalog.get().mark()));
            } else if (fromFile.text().isBlank()) {
                out.add(Diagnostic.of(DiagnosticKind.EMPTY_TEXT, fromFile.mark(), "the '" + fromFile.locale() + "' text of " + what));
            } else {
                translations.add(fromFile);
            }
        }
    }

    /**
     * For an optional text the catalog leaves out ({@code explanation}): a translation file that still
     * carries it has a text without the default locale's.
     */
    void reportWithoutDefault(String fileKey, String what) {
        for (LocalizedText.Translation fromFile : files.texts(fileKey)) {
            out.add(Diagnostic.of(DiagnosticKind.MISSING_DEFAULT_LOCALE, fromFile.mark(), what, locales.get(0)));
        }
    }

    Optional<Message> readMessage(YamlNode node, String context, Optional<String> fileKey) {
        String what = "the message of " + context;
        Optional<LocalizedText> maybeText = read("message", node, what, fileKey);
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
                boolean inBlock = parsed.where().map(w -> w.inBlock()).orElse(false);
                out.add(Diagnostic.of(inBlock ? DiagnosticKind.PLURAL_SYNTAX : DiagnosticKind.MESSAGE_SYNTAX, translation.mark(),
                        parsed.problem().get(), where));
                valid = false;
            } else if (translation.locale().equals(defaultLocale)) {
                placeholders = parsed.names();
            }
        }
        if (!valid || !PluralChecks.kindsAgree(text, context, out)) {
            return Optional.empty();
        }
        PluralChecks.categories(text, locales, context, out);
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

    private void checkStrict(LocalizedText text, YamlNode node, String what, Optional<String> fileKey) {
        if (!strictLocales) {
            return;
        }
        for (String locale : locales) {
            if (text.translation(locale).isEmpty()) {
                String where = files.file(locale).map(f -> " in " + f + (fileKey.isPresent() ? " (add the key " + fileKey.get() + ")" : ""))
                        .orElse("");
                out.add(Diagnostic.of(DiagnosticKind.MISSING_TRANSLATION, node.mark(), what, locale, where));
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
