package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One code of a catalog.
 *
 * @param parameters the message's placeholders in order of first appearance (the same in every locale)
 * @param parameterTypes the type of each placeholder, {@link PlaceholderType#UNTYPED} where none is written
 * @param httpStatus the effective status: the code's own, else its category's, else the catalog's
 * @param grpcCode the effective gRPC status name: the code's own {@code grpc-code}, else its category's, else the
 *     catalog's, else the one its HTTP status stands for ({@link GrpcCodes#fromHttp})
 * @param deprecation empty if the code is current; else the reason, possibly empty
 * @param aliases the code's older names, in the order written
 * @param fields the effective field values by field id: the code's own, else its categories', else the
 *     default; a field without a default that nothing sets is absent
 * @param explanation why the code happens and what a caller should do, CommonMark, in one or more locales
 * @param help the page about the code: its own {@code help}, else the nearest category's, else the
 *     catalog's, with {@code {code}} and {@code {name}} filled in (after reading; before that, as written)
 * @param deprecatedSince the version that deprecated the code ({@code deprecated: {since: "2.3"}})
 * @param replacedBy the code to use instead ({@code deprecated: {replaced-by: NEW_NAME}})
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
        Mark nameMark,
        List<Alias> aliases,
        Map<String, FieldValue> fields,
        Optional<LocalizedText> explanation,
        Optional<String> help,
        Optional<String> deprecatedSince,
        Optional<Successor> replacedBy,
        String grpcCode) {

    /** An older name of a code, kept working after a rename. */
    public record Alias(String name, Mark mark) {}

    public ErrorCode {
        parameters = List.copyOf(parameters);
        parameterTypes = List.copyOf(parameterTypes);
        if (parameterTypes.size() != parameters.size()) {
            throw new IllegalArgumentException("one type per placeholder");
        }
        aliases = List.copyOf(aliases);
        fields = Map.copyOf(fields);
    }

    public boolean deprecated() {
        return deprecation.isPresent();
    }

    public ErrorCode withFields(Map<String, FieldValue> newFields) {
        return new ErrorCode(code, name, message, parameters, parameterTypes, httpStatus, description, deprecation, mark, codeMark,
                nameMark, aliases, newFields, explanation, help, deprecatedSince, replacedBy, grpcCode);
    }

    public ErrorCode withHelp(Optional<String> newHelp) {
        return new ErrorCode(code, name, message, parameters, parameterTypes, httpStatus, description, deprecation, mark, codeMark,
                nameMark, aliases, fields, explanation, newHelp, deprecatedSince, replacedBy, grpcCode);
    }
}
