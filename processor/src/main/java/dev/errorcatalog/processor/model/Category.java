package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.yaml.Mark;
import java.util.List;
import java.util.Optional;

/**
 * A category: an id, a title, a range and the codes declared under it.
 *
 * @param parent the id of the narrowest other category whose range contains this one's
 */
public record Category(
        String id,
        LocalizedText title,
        CodeRange range,
        Optional<String> description,
        List<ErrorCode> codes,
        Optional<String> parent,
        Mark mark,
        Mark rangeMark) {

    public Category {
        codes = List.copyOf(codes);
    }
}
