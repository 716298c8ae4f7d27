package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldValue;
import dev.errorcatalog.processor.model.Retired;
import dev.errorcatalog.processor.diag.Mark;
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
        Map<Integer, Placed> published = index(baseline);
        for (Map.Entry<Integer, Placed> entry : published.entrySet()) {
            Placed before = entry.getValue();
            Placed after = now.get(entry.getKey());
            if (after == null) {
                checkRemoved(before, current, out);
            } else {
                checkKept(before, after, out);
            }
        }
        for (Category old : baseline.categories()) {
            current.category(old.id()).ifPresent(category -> {
                checkCategory(old, category, baseline, out);
                checkFrozen(old, category, published, out);
            });
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
        Optional<Retired> retired = current.retired().stream().filter(r -> r.range().contains(code)).findFirst();
        if (retired.isPresent()) {
            if (!before.code().deprecated()) {
                out.add(Diagnostic.of(DiagnosticKind.RETIRED_WITHOUT_DEPRECATION, retired.get().mark(), code, before.code().name(),
                        before.code().mark()));
            }
            return;
        }
        Mark where = current.category(before.category().id()).map(Category::mark).orElse(current.mark());
        out.add(Diagnostic.of(DiagnosticKind.REMOVED_CODE, where, code, before.code().name(), before.category().id(),
                before.code().mark()));
    }

    private static void checkKept(Placed before, Placed after, List<Diagnostic> out) {
        ErrorCode old = before.code();
        ErrorCode now = after.code();
        // A published name (name or alias) must stay a name or alias of the same code.
        List<String> names = names(now);
        for (String published : names(old)) {
            if (!names.contains(published)) {
                String hint = old.name().equals(published) ? " in 'aliases'" : " (it was an alias)";
                out.add(Diagnostic.of(DiagnosticKind.RENAMED_CODE, now.nameMark(), now.code(), published, now.name(),
                        old.nameMark(), hint));
            }
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
        for (Map.Entry<String, FieldValue> field : old.fields().entrySet()) {
            FieldValue value = now.fields().get(field.getKey());
            String shown = value == null ? "absent" : "'" + value.text() + "'";
            if (value == null || !value.text().equals(field.getValue().text())) {
                out.add(Diagnostic.of(DiagnosticKind.CHANGED_FIELD, value == null ? now.mark() : value.mark(), field.getKey(),
                        now.code(), "'" + field.getValue().text() + "'", shown, field.getValue().mark()));
            }
        }
    }

    private static List<String> names(ErrorCode code) {
        List<String> names = new ArrayList<>();
        names.add(code.name());
        code.aliases().forEach(alias -> names.add(alias.name()));
        return names;
    }

    /** A frozen category that the baseline had takes no code the baseline did not have in it. */
    private static void checkFrozen(Category old, Category now, Map<Integer, Placed> before, List<Diagnostic> out) {
        if (!now.frozen()) {
            return;
        }
        for (ErrorCode code : now.codes()) {
            Placed published = before.get(code.code());
            if (published == null) {
                out.add(Diagnostic.of(DiagnosticKind.FROZEN_CATEGORY, code.codeMark(), code.code(), now.id(), old.mark()));
            }
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
