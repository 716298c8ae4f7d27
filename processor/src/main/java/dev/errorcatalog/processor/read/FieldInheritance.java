package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.FieldValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every code its effective field values: its own, else its category's, else those of the
 * categories around it, outward, else the field's default. Categories keep only the values they
 * set themselves, so the docs and the descriptor can show where a value comes from.
 */
final class FieldInheritance {
    private FieldInheritance() {}

    static Catalog resolve(Catalog catalog) {
        if (catalog.fields().isEmpty()) {
            return catalog;
        }
        Map<String, Map<String, FieldValue>> inherited = new HashMap<>();
        List<Category> categories = catalog.categories().stream()
                .map(category -> category.withCodes(category.codes().stream()
                        .map(code -> code.withFields(effective(catalog, category, code, inherited)))
                        .toList()))
                .toList();
        return catalog.withCategories(categories);
    }

    private static Map<String, FieldValue> effective(Catalog catalog, Category category, ErrorCode code,
            Map<String, Map<String, FieldValue>> inherited) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Map<String, FieldValue> fromCategories = fromCategories(catalog, category, inherited);
        for (FieldDefinition field : catalog.fields()) {
            Optional.ofNullable(code.fields().get(field.id()))
                    .or(() -> Optional.ofNullable(fromCategories.get(field.id())))
                    .or(() -> field.defaultValue().map(d -> new FieldValue(d, field.mark())))
                    .ifPresent(value -> values.put(field.id(), value));
        }
        return values;
    }

    /** The values a category sets or inherits from the categories around it (memoised by id). */
    private static Map<String, FieldValue> fromCategories(Catalog catalog, Category category,
            Map<String, Map<String, FieldValue>> inherited) {
        Map<String, FieldValue> known = inherited.get(category.id());
        if (known != null) {
            return known;
        }
        Map<String, FieldValue> values = new HashMap<>();
        category.parent().flatMap(catalog::category)
                .ifPresent(parent -> values.putAll(fromCategories(catalog, parent, inherited)));
        values.putAll(category.fields());
        inherited.put(category.id(), values);
        return values;
    }
}
