package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.yaml.Mark;
import java.util.List;
import java.util.Optional;

/**
 * One code of a catalog.
 *
 * @param parameters the message's placeholders in order of first appearance (the same in every locale)
 * @param parameterTypes the type of each placeholder, {@link PlaceholderType#UNTYPED} where none is written
 * @param httpStatus the effective status: the code's own, else its category's, else the catalog's
 * @param deprecation empty if the code is current; else the reason, possibly empty
 */
public record ErrorCode(
        int code,
        String name,
        LocalizedText message,
        List<String> parameters,
        List<PlaceholderType> parameterTypes,
        int httpStatus,
        Optional<String> description,
        Optional<String> deprecation,
        Mark mark,
        Mark codeMark,
        Mark nameMark) {

    public ErrorCode {
        parameters = List.copyOf(parameters);
        parameterTypes = List.copyOf(parameterTypes);
        if (parameterTypes.size() != parameters.size()) {
            throw new IllegalArgumentException("one type per placeholder");
        }
    }

    public boolean deprecated() {
        return deprecation.isPresent();
    }
}
