package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.Retired;
import dev.errorcatalog.processor.diag.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes are unique, names are unique, every code sits in the most specific category that holds it,
 * and no code reuses a reserved (retired) code.
 */
final class CodeRules {
    private CodeRules() {}

    static List<Diagnostic> check(Catalog catalog, Capacity capacity) {
        List<Diagnostic> out = new ArrayList<>();
        Map<Integer, ErrorCode> byCode = new HashMap<>();
        Map<String, NameUse> byName = new HashMap<>();
        Map<String, Retired> retiredNames = new HashMap<>();
        for (Retired retired : catalog.retired()) {
            retired.name().ifPresent(name -> retiredNames.putIfAbsent(name, retired));
        }
        for (Category category : catalog.categories()) {
            for (ErrorCode code : category.codes()) {
                ErrorCode sameCode = byCode.putIfAbsent(code.code(), code);
                if (sameCode != null) {
                    out.add(Diagnostic.of(DiagnosticKind.DUPLICATE_CODE, code.codeMark(), code.code(), code.name(),
                            sameCode.codeMark().lineText(), sameCode.name(), capacity.nextFreeHint(category)));
                }
                claimName(new NameUse(code.name(), "for " + code.code(), code.nameMark()), byName, retiredNames, out);
                for (ErrorCode.Alias alias : code.aliases()) {
                    claimName(new NameUse(alias.name(), "as an alias of " + code.code(), alias.mark()), byName, retiredNames, out);
                }
                checkOwnership(catalog, category, code, capacity, out);
                checkReserved(catalog, code, out);
            }
        }
        return out;
    }

    /** A name or alias, where it stands and what it names ("for 304001", "as an alias of 304001"). */
    private record NameUse(String name, String role, Mark mark) {}

    /** Names and aliases share one space, and none may be a retired name. */
    private static void claimName(NameUse use, Map<String, NameUse> byName, Map<String, Retired> retiredNames,
            List<Diagnostic> out) {
        NameUse first = byName.putIfAbsent(use.name(), use);
        if (first != null) {
            out.add(Diagnostic.of(DiagnosticKind.DUPLICATE_NAME, use.mark(), use.name(), use.role(), first.mark().lineText(),
                    first.role()));
        }
        Retired retired = retiredNames.get(use.name());
        if (retired != null) {
            out.add(Diagnostic.of(DiagnosticKind.RESERVED_NAME, use.mark(), use.name(), retired.mark().lineText(),
                    retired.range().text()));
        }
    }

    private static void checkOwnership(Catalog catalog, Category category, ErrorCode code, Capacity capacity,
            List<Diagnostic> out) {
        Optional<Category> owner = mostSpecific(catalog, code.code());
        if (!category.range().contains(code.code())) {
            String hint = owner.map(o -> "; it belongs to category '" + o.id() + "' (" + o.range() + ")")
                    .orElse("; no category's range holds it");
            out.add(Diagnostic.of(DiagnosticKind.CODE_OUT_OF_RANGE, code.codeMark(), code.code(), category.range(),
                    category.id(), hint + capacity.nextFreeHint(category)));
        } else if (owner.isPresent() && owner.get() != category && category.range().contains(owner.get().range())) {
            out.add(Diagnostic.of(DiagnosticKind.CODE_IN_CHILD_CATEGORY, code.codeMark(), code.code(), owner.get().id(),
                    owner.get().range(), category.id()));
        }
    }

    private static void checkReserved(Catalog catalog, ErrorCode code, List<Diagnostic> out) {
        for (CodeRange reserved : catalog.reserved()) {
            if (reserved.contains(code.code())) {
                String what = reserved.size() == 1 ? "listed in 'reserved'" : "inside reserved range " + reserved;
                out.add(Diagnostic.of(DiagnosticKind.RESERVED_CODE, code.codeMark(), code.code(), what));
                return;
            }
        }
    }

    /** The narrowest category whose range holds {@code code}. */
    static Optional<Category> mostSpecific(Catalog catalog, int code) {
        return catalog.categories().stream()
                .filter(c -> c.range().contains(code))
                .min(Comparator.comparingLong(c -> c.range().size()));
    }
}
