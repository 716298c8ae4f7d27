package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.yaml.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes are public API: against the last release (the baseline), a published code keeps its
 * number, name, category and placeholders; it leaves only by being listed in {@code reserved},
 * and a reserved code never comes back. Like protobuf's {@code reserved} and {@code buf breaking},
 * for catalogs. A changed HTTP status or title is worth a warning, not a failure.
 */
public final class BaselineRules {
    private BaselineRules() {}

    private record Placed(ErrorCode code, Category category) {}

    public static List<Diagnostic> check(Catalog baseline, Catalog current) {
        List<Diagnostic> out = new ArrayList<>();
        Map<Integer, Placed> now = index(current);
        for (Map.Entry<Integer, Placed> entry : index(baseline).entrySet()) {
            Placed before = entry.getValue();
            Placed after = now.get(entry.getKey());
            if (after == null) {
                checkRemoved(before, current, out);
            } else {
                checkKept(before, after, out);
            }
        }
        for (Category old : baseline.categories()) {
            current.category(old.id()).ifPresent(category -> checkCategory(old, category, baseline, out));
        }
        for (CodeRange retired : baseline.reserved()) {
            for (Placed placed : now.values()) {
                if (retired.contains(placed.code().code())) {
                    String how = retired.size() == 1 ? "was retired (listed in 'reserved')"
                            : "lies in " + retired.text() + ", which was retired (listed in 'reserved')";
                    out.add(Diagnostic.of(DiagnosticKind.REUSED_CODE, placed.code().codeMark(), placed.code().code(), how));
                }
            }
        }
        return out;
    }

    private static void checkRemoved(Placed before, Catalog current, List<Diagnostic> out) {
        int code = before.code().code();
        if (current.reserved().stream().anyMatch(r -> r.contains(code))) {
            return;
        }
        Mark where = current.category(before.category().id()).map(Category::mark).orElse(current.mark());
        out.add(Diagnostic.of(DiagnosticKind.REMOVED_CODE, where, code, before.code().name(), before.category().id(),
                before.code().mark()));
    }

    private static void checkKept(Placed before, Placed after, List<Diagnostic> out) {
        ErrorCode old = before.code();
        ErrorCode now = after.code();
        if (!old.name().equals(now.name())) {
            out.add(Diagnostic.of(DiagnosticKind.RENAMED_CODE, now.nameMark(), now.code(), old.name(), now.name(), old.nameMark()));
        }
        if (!before.category().id().equals(after.category().id())) {
            out.add(Diagnostic.of(DiagnosticKind.MOVED_CODE, now.codeMark(), now.code(), before.category().id(),
                    after.category().id(), old.codeMark()));
        }
        // a changed type changes the factory's signature as much as a changed name does
        if (!old.parameters().equals(now.parameters()) || !old.parameterTypes().equals(now.parameterTypes())) {
            out.add(Diagnostic.of(DiagnosticKind.CHANGED_PLACEHOLDERS, now.mark(), now.code(), braces(old),
                    braces(now), old.mark()));
        }
        if (old.httpStatus() != now.httpStatus()) {
            out.add(Diagnostic.of(DiagnosticKind.CHANGED_HTTP, now.mark(), now.code(), old.httpStatus(), now.httpStatus()));
        }
    }

    private static void checkCategory(Category old, Category now, Catalog baseline, List<Diagnostic> out) {
        List<String> fallen = new ArrayList<>();
        for (ErrorCode code : old.codes()) {
            if (!now.range().contains(code.code())) {
                fallen.add(Integer.toString(code.code()));
            }
        }
        if (!fallen.isEmpty()) {
            out.add(Diagnostic.of(DiagnosticKind.RANGE_SHRUNK, now.rangeMark(), now.id(), old.range(), now.range(),
                    String.join(", ", fallen)));
        }
        for (String locale : baseline.locales()) {
            Optional<String> before = old.title().translation(locale).map(t -> t.text());
            Optional<String> after = now.title().translation(locale).map(t -> t.text());
            if (before.isPresent() && after.isPresent() && !before.equals(after)) {
                out.add(Diagnostic.of(DiagnosticKind.CHANGED_TITLE, now.title().translation(locale).get().mark(), locale,
                        now.id(), before.get(), after.get()));
            }
        }
    }

    private static Map<Integer, Placed> index(Catalog catalog) {
        Map<Integer, Placed> index = new HashMap<>();
        for (Category category : catalog.categories()) {
            for (ErrorCode code : category.codes()) {
                index.putIfAbsent(code.code(), new Placed(code, category));
            }
        }
        return index;
    }

    /** {@code {account:long}, {note}}: names with the types as written. */
    private static String braces(ErrorCode code) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < code.parameters().size(); i++) {
            String type = code.parameterTypes().get(i).keyword();
            shown.add("{" + code.parameters().get(i) + (type.isEmpty() ? "" : ":" + type) + "}");
        }
        return shown.isEmpty() ? "none" : String.join(", ", shown);
    }
}
