package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.diag.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The type of each placeholder of a message. A type may be written in any one locale's text or in
 * several (translators copy placeholders as they find them); wherever it is written it must be a
 * known type, and the same one.
 */
final class PlaceholderTypes {
    private PlaceholderTypes() {}

    private static List<PlaceholderType> blockTypes(MessageTemplate.Kind kind) {
        return kind == MessageTemplate.Kind.PLURAL ? List.of(PlaceholderType.INT, PlaceholderType.LONG) : List.of(PlaceholderType.STRING);
    }

    /** Where a type was first written: which locale, and the text's place. */
    private record Written(PlaceholderType type, String locale, Mark mark) {}

    /**
     * @param placeholders the message's placeholder names in order (texts already parse)
     * @return one type per placeholder, or empty after reporting a problem
     */
    static Optional<List<PlaceholderType>> resolve(LocalizedText text, List<String> placeholders, String context,
            List<Diagnostic> out) {
        Map<String, Written> written = new HashMap<>();
        Map<String, MessageTemplate.Kind> blocks = new HashMap<>();
        boolean valid = true;
        for (LocalizedText.Translation translation : text.translations()) {
            for (MessageTemplate.Placeholder p : MessageTemplate.parse(translation.text()).appearances()) {
                if (p.kind() != MessageTemplate.Kind.PLAIN) {
                    blocks.putIfAbsent(p.name(), p.kind());
                }
                if (p.type().isEmpty()) {
                    continue;
                }
                Optional<PlaceholderType> type = PlaceholderType.ofKeyword(p.type());
                if (type.isEmpty()) {
                    out.add(Diagnostic.of(DiagnosticKind.PLACEHOLDER_TYPE, translation.mark(), "unknown", p.type(), p.name(),
                            translation.locale(), context, "the types are " + String.join(", ", PlaceholderType.keywords())
                                    + Suggestions.didYouMean(p.type(), PlaceholderType.keywords())));
                    valid = false;
                    continue;
                }
                Written first = written.putIfAbsent(p.name(), new Written(type.get(), translation.locale(), translation.mark()));
                if (first != null && first.type() != type.get()) {
                    String firstPlace = first.locale().equals(translation.locale()) ? "earlier in this text"
                            : "in the '" + first.locale() + "' text (" + first.mark() + ")";
                    out.add(Diagnostic.of(DiagnosticKind.PLACEHOLDER_TYPE, translation.mark(), "the", type.get().keyword(), p.name(),
                            translation.locale(), context, "it is '" + first.type().keyword() + "' " + firstPlace
                                    + "; write one type, or the same one everywhere"));
                    valid = false;
                }
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        List<PlaceholderType> types = new ArrayList<>();
        for (String name : placeholders) {
            Written w = written.get(name);
            MessageTemplate.Kind kind = blocks.get(name);
            PlaceholderType type = w == null ? PlaceholderType.UNTYPED : w.type();
            if (kind != null && w != null && !blockTypes(kind).contains(type)) {
                // a plural counts whole numbers (contract 5.1); a select compares words
                out.add(Diagnostic.of(DiagnosticKind.PLACEHOLDER_TYPE, w.mark(), "the", type.keyword(), name, w.locale(), context,
                        "{" + name + "} is the variable of a " + (kind == MessageTemplate.Kind.PLURAL ? "plural" : "select")
                                + " block, so it is " + String.join(" or ", blockTypes(kind).stream().map(t -> "'" + t.keyword() + "'").toList())));
                return Optional.empty();
            }
            if (type == PlaceholderType.UNTYPED && kind != null) {
                type = kind == MessageTemplate.Kind.PLURAL ? PlaceholderType.INT : PlaceholderType.STRING;
            }
            types.add(type);
        }
        return Optional.of(List.copyOf(types));
    }
}
