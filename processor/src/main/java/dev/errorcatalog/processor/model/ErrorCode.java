package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.yaml.Mark;
import java.util.List;
import java.util.Optional;

/**
 * One code of a catalog.
 *
 * @param parameters the message's placeholders in order of first appearance (the same in every locale)
 * @param httpStatus the effective status: the code's own, else its category's, else the catalog's
 * @param deprecation empty if the code is current; else the reason, possibly empty
 */
public record ErrorCode(
        int code,
        String name,
        LocalizedText message,
        List<String> parameters,
        int httpStatus,
        Optional<String> description,
        Optional<String> deprecation,
        Mark mark,
        Mark codeMark,
        Mark nameMark) {

    public ErrorCode {
        parameters = List.copyOf(parameters);
    }

    public boolean deprecated() {
        return deprecation.isPresent();
    }
}
