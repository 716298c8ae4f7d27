package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * The keys of one mapping of the catalog, read with diagnostics: unknown keys (with a suggestion),
 * missing required keys and values of the wrong shape are reported where they stand.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final String context;
    private final List<Diagnostic> out;
    /** The keys this mapping may hold, once known; lets a missing key spot its misspelling. */
    private List<String> known = List.of();

    private Fields(YamlNode.Mapping mapping, String context, List<Diagnostic> out) {
        this.mapping = mapping;
        this.context = context;
        this.out = out;
    }

    /** The node as a mapping, or a wrong-type diagnostic naming {@code what}. */
    static Optional<Fields> of(YamlNode node, String what, String context, List<Diagnostic> out) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(new Fields(mapping, context, out));
        }
        out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), what, "a mapping", node.describe()));
        return Optional.empty();
    }

    Mark mark() {
        return mapping.mark();
    }

    String context() {
        return context;
    }

    /** Reports every key not in {@code known}. */
    void allowOnly(List<String> known) {
        knowing(known);
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (!known.contains(key)) {
                String hint = Suggestions.closest(key, known)
                        .map(Suggestions::hint)
                        .orElse("; expected one of: " + String.join(", ", known));
                out.add(Diagnostic.of(DiagnosticKind.UNKNOWN_KEY, entry.key().mark(), key, context, hint));
            }
        }
    }

    /** Declares the allowed keys without reporting the others (for a first look at one key). */
    Fields knowing(List<String> keys) {
        this.known = List.copyOf(keys);
        return this;
    }

    /**
     * The value of a key that must be there. A key missing because it is misspelt ({@code titel}) is
     * not reported: the unknown-key error already says "did you mean". A key that is there with a
     * null value ({@code name:}, {@code name: ~}, {@code name: NULL}) is reported at that value.
     */
    Optional<YamlNode> required(String key, String example) {
        Optional<YamlNode> value = optional(key);
        String hint = example.isEmpty() ? "" : ", e.g. '" + key + ": " + example + "'";
        if (value.isPresent()) {
            return value;
        }
        Optional<YamlNode> present = mapping.get(key);
        if (present.isPresent() && present.get() instanceof YamlNode.Scalar nullValue) {
            String written = nullValue.text();
            out.add(Diagnostic.of(DiagnosticKind.NULL_VALUE, nullValue.mark(), "'" + key + "' of " + context,
                    written.isEmpty() ? "empty" : "'" + written + "'",
                    written.isEmpty() ? hint : hint + ", or \"" + written + "\" in quotes to mean the word itself"));
        } else if (!misspelt(key)) {
            out.add(Diagnostic.of(DiagnosticKind.MISSING_KEY, mapping.mark(), context, key, hint));
        }
        return value;
    }

    private boolean misspelt(String key) {
        return mapping.get(key).isEmpty() && mapping.entries().stream()
                .map(e -> e.key().text())
                .anyMatch(k -> !known.contains(k) && Suggestions.closest(k, known).filter(key::equals).isPresent());
    }

    /** The value of an optional key; absent and empty ({@code key:} or {@code ~}) are the same. */
    Optional<YamlNode> optional(String key) {
        return mapping.get(key).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    }

    Optional<YamlNode.Scalar> requiredScalar(String key, String expected, String example) {
        return required(key, example).flatMap(v -> scalar(key, v, expected));
    }

    Optional<YamlNode.Scalar> optionalScalar(String key, String expected) {
        return optional(key).flatMap(v -> scalar(key, v, expected));
    }

    Optional<YamlNode.Sequence> optionalList(String key, String expected) {
        return optional(key).flatMap(v -> list(key, v, expected, out));
    }

    Optional<YamlNode.Scalar> scalar(String key, YamlNode value, String expected) {
        if (value instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar);
        }
        out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, value.mark(), key, expected, value.describe()));
        return Optional.empty();
    }

    static Optional<YamlNode.Sequence> list(String key, YamlNode value, String expected, List<Diagnostic> out) {
        if (value instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence);
        }
        out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, value.mark(), key, expected, value.describe()));
        return Optional.empty();
    }
}
