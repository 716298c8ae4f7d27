package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How full a category is, for the person editing: the next free code to suggest when a code is
 * taken or misplaced, and a warning when a category's own codes (outside its child ranges) are
 * more than 90% used, while there is still time to plan a new range.
 */
final class Capacity {
    static final double FULL = 0.9;

    private final Catalog catalog;
    private final Set<Integer> taken = new HashSet<>();

    Capacity(Catalog catalog) {
        this.catalog = catalog;
        catalog.categories().forEach(c -> c.codes().forEach(code -> taken.add(code.code())));
    }

    /** The lowest code of the category's own part of its range that is neither declared nor reserved. */
    OptionalInt nextFree(Category category) {
        List<CodeRange> holes = new ArrayList<>(children(category));
        holes.addAll(catalog.reserved());
        holes.sort(Comparator.comparingInt(CodeRange::first));
        long code = category.range().first();
        while (code <= category.range().last()) {
            boolean moved = false;
            for (CodeRange hole : holes) {
                if (hole.contains((int) code)) {
                    code = (long) hole.last() + 1;
                    moved = true;
                }
            }
            if (!moved) {
                if (!taken.contains((int) code)) {
                    return OptionalInt.of((int) code);
                }
                code++;
            }
        }
        return OptionalInt.empty();
    }

    /** "; next free code in 'ach' (3049xx): 304901", or nothing when the category is full. */
    String nextFreeHint(Category category) {
        OptionalInt free = nextFree(category);
        return free.isPresent()
                ? "; next free code in '" + category.id() + "' (" + category.range() + "): " + free.getAsInt()
                : "; category '" + category.id() + "' (" + category.range() + ") has no free code left";
    }

    List<Diagnostic> fillWarnings() {
        List<Diagnostic> out = new ArrayList<>();
        for (Category category : catalog.categories()) {
            long capacity = category.range().size();
            for (CodeRange child : children(category)) {
                capacity -= child.size();
            }
            long used = category.codes().stream().map(ErrorCode::code).distinct().count();
            for (CodeRange reserved : catalog.reserved()) {
                used += ownOverlap(category, reserved);
            }
            // a frozen category is full on purpose: closed for good, it takes no new codes
            if (capacity > 0 && used > FULL * capacity && !category.frozen()) {
                out.add(Diagnostic.of(DiagnosticKind.CATEGORY_ALMOST_FULL, category.rangeMark(), category.id(),
                        category.range(), 100.0 * used / capacity, used, capacity));
            }
        }
        return out;
    }

    /** How many codes of {@code reserved} lie in the category's own part of its range. */
    private long ownOverlap(Category category, CodeRange reserved) {
        long overlap = overlap(category.range(), reserved);
        for (CodeRange child : children(category)) {
            overlap -= overlap(child, reserved);
        }
        return Math.max(0, overlap);
    }

    private static long overlap(CodeRange a, CodeRange b) {
        long first = Math.max(a.first(), b.first());
        long last = Math.min(a.last(), b.last());
        return Math.max(0, last - first + 1);
    }

    /** The ranges of the categories directly inside this one. */
    private List<CodeRange> children(Category category) {
        return catalog.categories().stream()
                .filter(c -> c.parent().equals(Optional.of(category.id())))
                .map(Category::range)
                .toList();
    }
}
