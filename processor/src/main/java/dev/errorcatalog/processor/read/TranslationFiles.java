package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.properties.PropertiesReader;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The locales whose texts live in properties files ({@code translations: {de: errors_de.properties}}):
 * each file found like the catalog, read with its places kept, and asked for the text of a code
 * name or category id. The texts come back with marks in the file, so every rule on texts reports
 * {@code errors_de.properties:LINE:COLUMN}.
 */
final class TranslationFiles {
    /** No files: the catalog's texts are all in the YAML (or files are not read, as for an imported catalog). */
    static final TranslationFiles NONE = new TranslationFiles(Map.of());

    /** One file: its path as written in the catalog, and its entries. */
    private record File(String path, Map<String, PropertiesReader.Entry> entries) {}

    private final Map<String, File> byLocale;

    private TranslationFiles(Map<String, File> byLocale) {
        this.byLocale = byLocale;
    }

    /**
     * Reads the {@code translations} mapping and the files it names.
     *
     * @param resolver finds a file by the path written; empty to leave the files unread
     */
    static TranslationFiles read(YamlNode node, List<String> locales, Optional<ResourceResolver> resolver,
            List<Diagnostic> out) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), "translations",
                    "a mapping from locale to properties file, such as {de: errors_de.properties}", node.describe()));
            return NONE;
        }
        Map<String, File> files = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String locale = entry.key().text();
            if (!locales.contains(locale)) {
                String hint = Suggestions.didYouMean(locale, locales);
                out.add(Diagnostic.of(DiagnosticKind.UNKNOWN_LOCALE, entry.key().mark(), locale, locales, hint));
                continue;
            }
            if (locale.equals(locales.get(0))) {
                out.add(Diagnostic.of(DiagnosticKind.TRANSLATIONS, entry.key().mark(), locale));
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, entry.value().mark(), "translations." + locale,
                        "the path of a properties file, such as errors_" + locale.replace('-', '_') + ".properties",
                        entry.value().describe()));
                continue;
            }
            if (resolver.isEmpty()) {
                continue;
            }
            ResourceResolver.Found found = resolver.get().resolve(scalar.text());
            if (found.content().isEmpty()) {
                out.add(Diagnostic.of(DiagnosticKind.TRANSLATION_NOT_FOUND, scalar.mark(), scalar.text(), locale,
                        String.join(", ", found.searched())));
                continue;
            }
            PropertiesReader.Result read = PropertiesReader.read(scalar.text(), found.content().get());
            out.addAll(read.diagnostics());
            files.put(locale, new File(scalar.text(), read.entries()));
        }
        return new TranslationFiles(files);
    }

    /** Every file's text for {@code key} (a code name or category id), marked in its file. */
    List<LocalizedText.Translation> texts(String key) {
        List<LocalizedText.Translation> texts = new ArrayList<>();
        byLocale.forEach((locale, file) -> {
            PropertiesReader.Entry entry = file.entries().get(key);
            if (entry != null) {
                texts.add(new LocalizedText.Translation(locale, entry.value(), entry.valueMark()));
            }
        });
        return texts;
    }

    /** The file a locale's texts come from, if any. */
    Optional<String> file(String locale) {
        return Optional.ofNullable(byLocale.get(locale)).map(File::path);
    }

    /** Keys that are neither a code name nor a category id: a typo or a code since removed. */
    void reportUnknownKeys(Collection<String> known, List<Diagnostic> out) {
        for (File file : byLocale.values()) {
            for (PropertiesReader.Entry entry : file.entries().values()) {
                if (!known.contains(entry.key())) {
                    String hint = Suggestions.didYouMean(entry.key(), known);
                    out.add(Diagnostic.of(DiagnosticKind.UNKNOWN_KEY, entry.keyMark(), entry.key(),
                            file.path() + ": keys are the catalog's code names and category ids", hint));
                }
            }
        }
    }
}
