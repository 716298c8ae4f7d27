package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;

import org.junit.jupiter.api.Test;

/** Fields (per-code attributes): their declarations, the values codes and categories give them, their Java names. */
class FieldDiagnosticsTest {

    @Test
    void declarations() {
        assertErrors(compile(
                        "catalog: Api",
                        "fields:",
                        "  sqlstate: {type: string, pattern: '[0-9A-Z]{5}', default: hy000}",
                        "  retryable: {type: bool, default: false}",
                        "  grpc: {type: enum, values: [INVALID_ARGUMENT, NOT_FOUND, not-found, NOT_FOUND], default: INTERNAL}",
                        "  retry-after: {type: int, pattern: '[0-9]+'}",
                        "  kind: {type: string, values: [A]}",
                        "  Bad_Id: {type: string}",
                        "  name: {type: string}",
                        "  broken: {type: string, pattern: '[a-'}",
                        "  colour: {type: enum}",
                        "  empty: {type: enum, values: []}",
                        "  count: {type: int, default: many}",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: 1xxxxx",
                        "    retryable: yes",
                        "    codes:",
                        "      - {code: 100001, name: A, message: A}"),
                "errors.yaml:3:61: [field-value] value 'hy000' of field 'sqlstate' does not match its pattern [0-9A-Z]{5} "
                        + "(did you mean 'HY000'?)",
                "errors.yaml:4:21: [field-declaration] field 'retryable' has the unknown type 'bool' (did you mean 'boolean'?)",
                "errors.yaml:5:60: [field-declaration] field 'grpc' has the value 'not-found', which is not UPPER_SNAKE_CASE "
                        + "(it becomes an enum constant), e.g. NOT_FOUND",
                "errors.yaml:5:71: [field-declaration] field 'grpc' lists the value 'NOT_FOUND' twice",
                "errors.yaml:5:92: [field-value] value 'INTERNAL' of field 'grpc' is not one of its values INVALID_ARGUMENT, NOT_FOUND",
                "errors.yaml:6:37: [field-declaration] field 'retry-after' has a 'pattern', which only a string field has",
                "errors.yaml:7:32: [field-declaration] field 'kind' has 'values', which only an enum field has; write 'type: enum'",
                "errors.yaml:8:3: [field-id] field id 'Bad_Id' must be lower-kebab-case (a-z, 0-9 and single '-' between words), "
                        + "e.g. bad-id",
                "errors.yaml:9:3: [field-id] field id 'name' is a key codes or categories already have; choose another id",
                "errors.yaml:10:35: [field-declaration] field 'broken' has a pattern that is not a Java regular expression: "
                        + "Illegal character range near index 3",
                "errors.yaml:11:11: [missing-key] field 'colour' needs 'values', e.g. 'values: [INVALID_ARGUMENT, NOT_FOUND]'",
                "errors.yaml:12:31: [field-declaration] field 'empty' needs at least one value",
                "errors.yaml:13:31: [field-value] value 'many' of field 'count' must be a whole number (a Java int), such as 3 or -1");
    }

    @Test
    void valuesOfCodesAndCategories() {
        assertErrors(compile(
                        "catalog: Api",
                        "fields:",
                        "  sqlstate: {type: string, pattern: '[0-9A-Z]{5}', default: HY000}",
                        "  retryable: {type: boolean, default: false}",
                        "  grpc: {type: enum, values: [INVALID_ARGUMENT, NOT_FOUND], default: NOT_FOUND}",
                        "  retry-after: {type: int}",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: 1xxxxx",
                        "    retryable: yes",
                        "    codes:",
                        "      - {code: 100001, name: A, message: A, sqlstate: 4200, grpc: NOT_FUOND, retry-after: 3.5, sqlstat: HY000}",
                        "      - {code: 100002, name: B, message: B, retryable: ture, retry-after: [1]}"),
                "errors.yaml:11:16: [field-value] value 'yes' of field 'retryable' must be true or false",
                "errors.yaml:13:55: [field-value] value '4200' of field 'sqlstate' does not match its pattern [0-9A-Z]{5}",
                "errors.yaml:13:67: [field-value] value 'NOT_FUOND' of field 'grpc' is not one of its values INVALID_ARGUMENT, "
                        + "NOT_FOUND (did you mean 'NOT_FOUND'?)",
                "errors.yaml:13:91: [field-value] value '3.5' of field 'retry-after' must be a whole number (a Java int), such as 3 or -1",
                "errors.yaml:13:96: [unknown-key] unknown key 'sqlstat' in code 100001 (did you mean 'sqlstate'?)",
                "errors.yaml:14:56: [field-value] value 'ture' of field 'retryable' must be true or false (did you mean 'true'?)",
                "errors.yaml:14:75: [wrong-type] 'retry-after' must be an int value, not a list");
    }

    @Test
    void fieldsMustNotClashWithGeneratedNames() {
        assertErrors(compile(
                        "catalog: Api",
                        "fields:",
                        "  hash-code: {type: int}",
                        "  http-status: {type: int}",
                        "  int: {type: int}",
                        "  error: {type: enum, values: [A]}",
                        "  retry: {type: boolean}",
                        "  Retry: {type: boolean}",
                        "categories:",
                        "  - {id: all, title: All, range: 1xxxxx}"),
                "errors.yaml:3:14: [name-clash] the accessor hashCode() generated for field 'hash-code' is already a method of "
                        + "every error constant; choose another id",
                "errors.yaml:4:16: [name-clash] the accessor httpStatus() generated for field 'http-status' is already a method "
                        + "of every error constant; choose another id",
                "errors.yaml:5:8: [name-clash] the accessor int() generated for field 'int' is a Java keyword; choose another id",
                "errors.yaml:6:10: [name-clash] the type ApiError generated for field 'error' clashes with the error interface "
                        + "ApiError generated for the catalog 'Api' (at line 1); rename the field",
                "errors.yaml:8:3: [field-id] field id 'Retry' must be lower-kebab-case (a-z, 0-9 and single '-' between words), "
                        + "e.g. retry");
    }

    @Test
    void shapesOfFieldsAndFrozen() {
        assertErrors(compile(
                        "catalog: Api",
                        "fields: [a]",
                        "categories:",
                        "  - {id: all, title: All, range: 1xxxxx, frozen: maybe}"),
                "errors.yaml:2:9: [wrong-type] 'fields' must be a mapping from field id to its declaration, such as "
                        + "{retryable: {type: boolean}}, not a list",
                "errors.yaml:4:50: [wrong-type] 'frozen' must be true or false, not 'maybe'");
    }

    @Test
    void tooManyFields() {
        String[] lines = new String[FIELDS + 4];
        lines[0] = "catalog: Api";
        lines[1] = "fields:";
        for (int i = 0; i < FIELDS; i++) {
            lines[i + 2] = "  f" + i + ": {type: int}";
        }
        lines[FIELDS + 2] = "categories:";
        lines[FIELDS + 3] = "  - {id: all, title: All, range: 1xxxxx}";
        assertErrors(compile(lines), "errors.yaml:3:3: [too-many-fields] the catalog declares 65 fields, more than the 64 "
                + "a generated enum can carry per code");
    }

    private static final int FIELDS = 65;
}
