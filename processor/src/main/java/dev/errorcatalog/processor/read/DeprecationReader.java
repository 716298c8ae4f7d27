package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Successor;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code deprecated}: {@code true}, a reason, or a mapping {@code {since: "2.3", reason: ..., replaced-by: NEW_NAME}}.
 * Whether {@code replaced-by} names a live code is a rule on the whole catalog ({@code validate/SuccessorRules}).
 */
final class DeprecationReader {
    static final List<String> KEYS = List.of("since", "reason", "replaced-by");

    /** @param reason empty when the code is current; present (possibly empty) when deprecated */
    record Read(Optional<String> reason, Optional<String> since, Optional<Successor> replacedBy) {
        static final Read CURRENT = new Read(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private DeprecationReader() {}

    static Read read(YamlNode node, String context, List<Diagnostic> out) {
        if (node instanceof YamlNode.Scalar scalar) {
            return new Read(ValueParsers.deprecation(scalar), Optional.empty(), Optional.empty());
        }
        if (!(node instanceof YamlNode.Mapping)) {
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), "deprecated",
                    "true, a reason, or a mapping such as {since: \"2.3\", reason: ..., replaced-by: NEW_NAME}", node.describe()));
            return Read.CURRENT;
        }
        Fields fields = Fields.of(node, "deprecated", "the deprecation of " + context, out).orElseThrow();
        fields.allowOnly(KEYS);
        Optional<String> since = fields.optionalScalar("since", "a version such as \"2.3\"").map(YamlNode.Scalar::text);
        Optional<String> reason = fields.optionalScalar("reason", "a text").map(YamlNode.Scalar::text);
        return new Read(Optional.of(reason.orElse("")), since, successor(fields, out));
    }

    /** {@code replaced-by} of a deprecated code or a retired entry: a name, checked against the catalog later. */
    static Optional<Successor> successor(Fields fields, List<Diagnostic> out) {
        return fields.optionalScalar("replaced-by", "the name of the code to use instead, such as NEW_NAME")
                .filter(s -> !s.text().isBlank())
                .map(s -> new Successor(s.text(), s.mark()));
    }
}
