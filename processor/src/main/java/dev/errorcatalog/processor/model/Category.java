package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A category: an id, a title, a range and the codes declared under it.
 *
 * @param parent the id of the narrowest other category whose range contains this one's
 * @param fields the field values set on the category itself (defaults for its codes and child categories), by field id
 * @param frozen whether the category is closed to new codes
 * @param help the help link its codes inherit, as written (it may hold {@code {code}} and {@code {name}})
 */
public record Category(
        String id,
        LocalizedText title,
        CodeRange range,
        Optional<String> description,
        List<ErrorCode> codes,
        Optional<String> parent,
        Mark mark,
        Mark rangeMark,
        Map<String, FieldValue> fields,
        boolean frozen,
        Optional<String> help) {

    public Category {
        codes = List.copyOf(codes);
        fields = Map.copyOf(fields);
    }

    public Category withParent(Optional<String> newParent) {
        return new Category(id, title, range, description, codes, newParent, mark, rangeMark, fields, frozen, help);
    }

    public Category withCodes(List<ErrorCode> newCodes) {
        return new Category(id, title, range, description, newCodes, parent, mark, rangeMark, fields, frozen, help);
    }
}
