package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.Retired;
import dev.errorcatalog.processor.model.Successor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code replaced-by} names a live code of this catalog: by its current name, not deprecated itself
 * (a chain would send callers to another dead end), not retired, and not the code itself.
 */
final class SuccessorRules {
    private SuccessorRules() {}

    static List<Diagnostic> check(Catalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, ErrorCode> byName = new HashMap<>();
        Map<String, ErrorCode> byAlias = new HashMap<>();
        for (ErrorCode code : catalog.codesByNumber()) {
            byName.putIfAbsent(code.name(), code);
            code.aliases().forEach(alias -> byAlias.putIfAbsent(alias.name(), code));
        }
        Map<String, Retired> retiredNames = new HashMap<>();
        catalog.retired().forEach(r -> r.name().ifPresent(name -> retiredNames.putIfAbsent(name, r)));
        for (ErrorCode code : catalog.codesByNumber()) {
            code.replacedBy().ifPresent(successor -> problem(successor, Optional.of(code), byName, byAlias, retiredNames)
                    .ifPresent(why -> out.add(Diagnostic.of(DiagnosticKind.REPLACED_BY, successor.mark(), successor.name(),
                            "code " + code.code(), why, hint(successor, why, byName)))));
        }
        for (Retired retired : catalog.retired()) {
            retired.replacedBy().ifPresent(successor -> problem(successor, Optional.empty(), byName, byAlias, retiredNames)
                    .ifPresent(why -> out.add(Diagnostic.of(DiagnosticKind.REPLACED_BY, successor.mark(), successor.name(),
                            "the reserved entry " + retired.range().text(), why, hint(successor, why, byName)))));
        }
        return out;
    }

    private static Optional<String> problem(Successor successor, Optional<ErrorCode> self, Map<String, ErrorCode> byName,
            Map<String, ErrorCode> byAlias, Map<String, Retired> retiredNames) {
        ErrorCode named = byName.get(successor.name());
        if (named != null) {
            if (self.isPresent() && self.get() == named) {
                return Optional.of("that is the code itself");
            }
            if (named.deprecated()) {
                return Optional.of("code " + named.code() + " (" + named.name() + ") is deprecated too"
                        + named.replacedBy().map(s -> "; name its successor " + s.name()).orElse(""));
            }
            return Optional.empty();
        }
        ErrorCode aliased = byAlias.get(successor.name());
        if (aliased != null) {
            return Optional.of(successor.name() + " is an older name of code " + aliased.code() + "; write its name " + aliased.name());
        }
        Retired retired = retiredNames.get(successor.name());
        if (retired != null) {
            return Optional.of(successor.name() + " is retired (reserved " + retired.range().text() + ")");
        }
        return Optional.of("no code is named " + successor.name());
    }

    /** A "did you mean" only when the name matches nothing at all. */
    private static String hint(Successor successor, String why, Map<String, ErrorCode> byName) {
        return why.startsWith("no code") ? Suggestions.didYouMean(successor.name(), byName.keySet()) : "";
    }
}
