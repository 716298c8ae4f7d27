package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.DiagnosticAssertions.withCodes;

import org.junit.jupiter.api.Test;

/** Keys, shapes and name formats; and that one run reports every independent mistake once. */
class StructureDiagnosticsTest {

    @Test
    void unknownKeyWithSuggestionIsTheOnlyError() {
        // 'titel' is a misspelt 'title': the did-you-mean says it all, no "needs 'title'" as well.
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    titel: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304001, name: A, mesage: A}"),
                "errors.yaml:4:5: [unknown-key] unknown key 'titel' in category 'compliance' (did you mean 'title'?)",
                "errors.yaml:7:33: [unknown-key] unknown key 'mesage' in code 304001 (did you mean 'message'?)");
    }

    @Test
    void misspeltIdAndCodeAreReportedOnce() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - idd: compliance",
                        "    title: Compliance",
                        "    range: {from: 304000, too: 304999}",
                        "    codes:",
                        "      - {cod: 304001, name: A, message: A}"),
                "errors.yaml:3:5: [unknown-key] unknown key 'idd' in category #1 (did you mean 'id'?)",
                "errors.yaml:5:27: [unknown-key] unknown key 'too' in range (did you mean 'to'?)",
                "errors.yaml:7:10: [unknown-key] unknown key 'cod' in code #1 of category #1 (did you mean 'code'?)");
    }

    @Test
    void unknownKeyWithoutSuggestionListsTheKeys() {
        assertErrors(compile(withCodes("      - {code: 304001, name: A, message: A}", "colour: red")),
                "errors.yaml:8:1: [unknown-key] unknown key 'colour' in the catalog; "
                        + "expected one of: catalog, digits, locales, http, grpc-code, domain, reserved, imports, fields, translations, help, categories");
    }

    @Test
    void mergeKeysAreNotYaml12() {
        assertErrors(compile(withCodes("      - {<<: {http: 404}, code: 304001, name: A, message: A}")),
                "errors.yaml:7:10: [unknown-key] unknown key '<<' in code 304001; "
                        + "expected one of: code, name, aliases, message, http, grpc-code, description, deprecated");
    }

    @Test
    void missingKeys() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304001, message: A}",
                        "      - {name: B, message: B}"),
                "errors.yaml:3:5: [missing-key] category 'compliance' needs 'title', e.g. 'title: Compliance Errors'",
                "errors.yaml:6:9: [missing-key] code 304001 needs 'name', e.g. 'name: NO_SESSION_FOUND'",
                "errors.yaml:7:9: [missing-key] code #2 of category 'compliance' needs 'code', e.g. 'code: 111111'");
    }

    /** A key written with a null value is there, but has none: said as such, at the value (the parser marks an empty one after its colon). */
    @Test
    void emptyValueIsNullAndPointsAtTheValue() {
        assertErrors(compile(withCodes("      - {code: 304001, name: , message: ~}")),
                "errors.yaml:7:29: [null-value] 'name' of code 304001 is empty, which YAML reads as null (no value); "
                        + "write a value, e.g. 'name: NO_SESSION_FOUND'",
                "errors.yaml:7:41: [null-value] 'message' of code 304001 is '~', which YAML reads as null (no value); "
                        + "write a value, e.g. 'message: No session found', or \"~\" in quotes to mean the word itself");
    }

    @Test
    void everyWayOfWritingNullIsANullValue() {
        for (String written : java.util.List.of("NULL", "null", "Null", "~")) {
            assertErrors(compile(withCodes("      - code: 304001", "        name: " + written, "        message: A")),
                    "errors.yaml:8:15: [null-value] 'name' of code 304001 is '" + written + "', which YAML reads as null (no value); "
                            + "write a value, e.g. 'name: NO_SESSION_FOUND', or \"" + written + "\" in quotes to mean the word itself");
        }
    }

    /** Not only a code's name: every required key, in block style with nothing after the colon too. */
    @Test
    void nullValuesOfOtherRequiredKeys() {
        assertErrors(compile(
                        "catalog: NULL",
                        "categories:",
                        "  - id: compliance",
                        "    title:",
                        "    range: ~",
                        "    codes:",
                        "      - {code: 304001, name: A, message: A}"),
                "errors.yaml:1:10: [null-value] 'catalog' of the catalog is 'NULL', which YAML reads as null (no value); "
                        + "write a value, e.g. 'catalog: Api', or \"NULL\" in quotes to mean the word itself",
                "errors.yaml:4:11: [null-value] 'title' of category 'compliance' is empty, which YAML reads as null (no value); "
                        + "write a value, e.g. 'title: Compliance Errors'",
                "errors.yaml:5:12: [null-value] 'range' of category 'compliance' is '~', which YAML reads as null (no value); "
                        + "write a value, e.g. 'range: 3049xx', or \"~\" in quotes to mean the word itself");
        assertErrors(compile("catalog: Api", "categories: null"),
                "errors.yaml:2:13: [null-value] 'categories' of the catalog is 'null', which YAML reads as null (no value); "
                        + "write a value, or \"null\" in quotes to mean the word itself");
    }

    /** A text in one locale is required once its key is written: {@code en: ~} is a null, not "empty". */
    @Test
    void nullTextOfALocale() {
        assertErrors(compile(withCodes("      - code: 304001", "        name: A", "        message: {en: Null}")),
                "errors.yaml:9:23: [null-value] the 'en' text of the message of code 304001 is 'Null', which YAML reads as null (no value); "
                        + "write a value, or \"Null\" in quotes to mean the word itself");
    }

    @Test
    void missingCategories() {
        assertErrors(compile("catalog: Api"),
                "errors.yaml:1:1: [missing-key] the catalog needs 'categories'");
    }

    @Test
    void emptyFile() {
        assertErrors(compile("# nothing yet"),
                "errors.yaml: [missing-key] the catalog file needs 'catalog'; the file is empty");
    }

    @Test
    void wrongTypes() {
        assertErrors(compile(
                        "catalog: Api",
                        "locales: en",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    description: [a]",
                        "    codes: {code: 304001}"),
                "errors.yaml:2:10: [wrong-type] 'locales' must be a list of locales such as [en, zh-CN], not a scalar",
                "errors.yaml:7:18: [wrong-type] 'description' must be a text, not a list",
                "errors.yaml:8:12: [wrong-type] 'codes' must be a list of codes, not a mapping");
    }

    @Test
    void wrongTypeOfAListItemNamesItsPath() {
        assertErrors(compile(withCodes("      - just text", "      - {code: 304001, name: A, message: A, http: [404]}")),
                "errors.yaml:7:9: [wrong-type] 'categories[1].codes[1]' must be a mapping, not a scalar",
                "errors.yaml:8:51: [wrong-type] 'http' must be an HTTP status, not a list");
    }

    @Test
    void fileThatIsNotAMapping() {
        assertErrors(compile("just text"),
                "errors.yaml:1:1: [wrong-type] 'the catalog file' must be a mapping, not a scalar");
    }

    @Test
    void catalogName() {
        assertErrors(compile("catalog: my-api", "categories: []"),
                "errors.yaml:1:10: [catalog-name] catalog name 'my-api' must be PascalCase "
                        + "(a capital letter, then letters and digits), e.g. MyApi");
    }

    @Test
    void categoryId() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: Compliance_Checks",
                        "    title: Compliance",
                        "    range: 304xxx"),
                "errors.yaml:3:9: [category-id] category id 'Compliance_Checks' must be lower-kebab-case "
                        + "(a-z, 0-9 and single '-' between words), e.g. compliance-checks");
    }

    @Test
    void codeName() {
        assertErrors(compile(withCodes("      - {code: 304001, name: noSessionFound, message: A}")),
                "errors.yaml:7:30: [code-name] name 'noSessionFound' must be UPPER_SNAKE_CASE "
                        + "(A-Z, 0-9 and single '_' between words), e.g. NO_SESSION_FOUND");
    }

    @Test
    void digits() {
        assertErrors(compile("catalog: Api", "digits: 10", "categories: []"),
                "errors.yaml:2:9: [digits] 'digits' must be a whole number from 1 to 9, or 'any', not '10'");
    }

    @Test
    void digitsAreAppliedToCodesAndRanges() {
        assertErrors(compile(
                        "catalog: Api",
                        "digits: 3",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 3xx",
                        "    codes:",
                        "      - {code: 304001, name: A, message: A}",
                        "      - {code: 301, name: B, message: B}"),
                "errors.yaml:8:16: [code-format] code '304001' must be a number of exactly 3 digits without a leading zero (it has 6)");
    }

    @Test
    void severalUnrelatedMistakesAreAllReportedOnce() {
        assertErrors(compile(
                        "catalog: api",
                        "http: 600",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 30xx",
                        "    codes:",
                        "      - {code: 304001, name: A, message: A}",
                        "      - {code: 999999, name: B, message: B}",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: 3049xx",
                        "    codes:",
                        "      - {code: 304901, name: C, mesage: C}",
                        "      - {code: 304902, name: D, message: 'x {'}",
                        "      - {code: 304903, name: E, message: E, http: 700}"),
                // compliance's bad range is reported once: its codes are not each "out of range"
                "errors.yaml:1:10: [catalog-name] catalog name 'api' must be PascalCase "
                        + "(a capital letter, then letters and digits), e.g. Api",
                "errors.yaml:2:7: [http-status] HTTP status '600' must be a whole number from 100 to 599",
                "errors.yaml:6:12: [range-format] range '30xx' must be 6 characters: "
                        + "digits (the first not 0) followed by 'x' for any digit, e.g. 3333xx",
                "errors.yaml:14:33: [unknown-key] unknown key 'mesage' in code 304901 (did you mean 'message'?)",
                "errors.yaml:15:42: [message-syntax] the '{' at character 3 is never closed in the message of code 304902; "
                        + "write '{name}' or '{name:type}' for a placeholder and '{{' or '}}' for a literal brace",
                "errors.yaml:16:51: [http-status] HTTP status '700' must be a whole number from 100 to 599");
    }

    @Test
    void aValidCatalogHasNoDiagnostics() {
        assertThat(compile(withCodes("      - {code: 304001, name: A, message: A}"))).succeededWithoutWarnings();
    }
}
