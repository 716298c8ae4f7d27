package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Category ids are unique; ranges either nest (a range wholly inside another is its child, to any
 * depth) or stay apart.
 */
final class CategoryRules {
    private CategoryRules() {}

    static List<Diagnostic> check(Catalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, Category> byId = new HashMap<>();
        for (Category category : catalog.categories()) {
            Category first = byId.putIfAbsent(category.id(), category);
            if (first != null) {
                out.add(Diagnostic.of(DiagnosticKind.DUPLICATE_CATEGORY, category.mark(), category.id(), first.mark().lineText()));
            }
        }
        List<Category> categories = catalog.categories();
        for (int i = 0; i < categories.size(); i++) {
            for (int j = 0; j < i; j++) {
                Category later = categories.get(i);
                Category earlier = categories.get(j);
                if (later.range().first() == earlier.range().first() && later.range().last() == earlier.range().last()) {
                    out.add(Diagnostic.of(DiagnosticKind.SAME_RANGE, later.rangeMark(), later.id(), later.range(),
                            earlier.id(), earlier.rangeMark().lineText()));
                } else if (later.range().overlaps(earlier.range())
                        && !later.range().contains(earlier.range()) && !earlier.range().contains(later.range())) {
                    out.add(Diagnostic.of(DiagnosticKind.RANGE_OVERLAP, later.rangeMark(), later.range(), later.id(),
                            earlier.range(), earlier.id(), earlier.rangeMark().lineText()));
                }
            }
        }
        return out;
    }
}
