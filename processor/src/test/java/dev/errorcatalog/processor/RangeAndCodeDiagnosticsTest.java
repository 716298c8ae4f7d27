package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.DiagnosticAssertions.withCodes;

import dev.errorcatalog.processor.validate.CatalogValidator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Code and range formats, how ranges nest, where codes belong, duplicates and reserved codes. */
class RangeAndCodeDiagnosticsTest {

    @Test
    void codeFormat() {
        assertErrors(compile(withCodes(
                        "      - {code: 30400, name: A, message: A}",
                        "      - {code: 010001, name: B, message: B}",
                        "      - {code: abc, name: C, message: C}",
                        "      - {code: 304_001, name: D, message: D}")),
                "errors.yaml:7:16: [code-format] code '30400' must be a number of exactly 6 digits without a leading zero (it has 5)",
                // YAML 1.1 would read 010001 as the octal 4097; here it is text with a leading zero
                "errors.yaml:8:16: [code-format] code '010001' must be a number of exactly 6 digits without a leading zero (it starts with 0)",
                "errors.yaml:9:16: [code-format] code 'abc' must be a number of exactly 6 digits without a leading zero",
                "errors.yaml:10:16: [code-format] code '304_001' must be a number of exactly 6 digits without a leading zero");
    }

    @Test
    void rangeFormat() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 30xx",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: {from: 304999, to: 304900}",
                        "  - id: big",
                        "    title: Big",
                        "    range: 3049XX",
                        "  - id: zero",
                        "    title: Zero",
                        "    range: 0049xx"),
                "errors.yaml:5:12: [range-format] range '30xx' must be 6 characters: "
                        + "digits (the first not 0) followed by 'x' for any digit, e.g. 3333xx",
                "errors.yaml:8:12: [range-format] range '304999..304900' starts after it ends; swap 'from' and 'to'",
                "errors.yaml:11:12: [range-format] range '3049XX' must use a lowercase 'x' for any digit",
                "errors.yaml:14:12: [range-format] range '0049xx' must be 6 characters: "
                        + "digits (the first not 0) followed by 'x' for any digit, e.g. 3333xx");
    }

    @Test
    void httpStatus() {
        assertErrors(compile(
                        "catalog: Api",
                        "http: 600",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    http: abc",
                        "    codes:",
                        "      - {code: 304001, name: A, message: A, http: 99}",
                        "      - {code: 304002, name: B, message: B, http: 0x1F4}"),
                "errors.yaml:2:7: [http-status] HTTP status '600' must be a whole number from 100 to 599",
                "errors.yaml:7:11: [http-status] HTTP status 'abc' must be a whole number from 100 to 599",
                "errors.yaml:9:51: [http-status] HTTP status '99' must be a whole number from 100 to 599",
                "errors.yaml:10:51: [http-status] HTTP status '0x1F4' must be a whole number from 100 to 599");
    }

    @Test
    void rangeOverlapAndSameRange() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: {from: 304900, to: 305100}",
                        "  - id: kyc",
                        "    title: Kyc",
                        "    range: {from: 304000, to: 304999}"),
                "errors.yaml:8:12: [range-overlap] range 304900..305100 of category 'ach' overlaps range 304xxx "
                        + "of category 'compliance' (line 5) without one containing the other",
                "errors.yaml:11:12: [same-range] category 'kyc' has the same range 304000..304999 as category "
                        + "'compliance' (line 5); a nested category needs a narrower range",
                "errors.yaml:11:12: [range-overlap] range 304000..304999 of category 'kyc' overlaps range 304900..305100 "
                        + "of category 'ach' (line 8) without one containing the other");
    }

    @Test
    void nestingToAnyDepthIsFine() {
        assertThat(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 3xxxxx",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: 304xxx",
                        "  - id: ach-returns",
                        "    title: Ach returns",
                        "    range: 3049xx",
                        "  - id: ach-returns-late",
                        "    title: Late",
                        "    range: {from: 304990, to: 304999}",
                        "    codes:",
                        "      - {code: 304991, name: LATE, message: Late}"))
                .succeededWithoutWarnings();
    }

    @Test
    void codeOutOfRangeNamesTheCategoryItBelongsTo() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: 3049xx",
                        "  - id: system",
                        "    title: System",
                        "    range: 9xxxxx",
                        "    codes:",
                        "      - {code: 304901, name: A, message: A}"),
                "errors.yaml:10:16: [code-out-of-range] code 304901 lies outside the range 9xxxxx of its category 'system'; "
                        + "it belongs to category 'ach' (3049xx)");
    }

    @Test
    void codeOutOfRangeOfEveryCategory() {
        assertErrors(compile(withCodes("      - {code: 500000, name: A, message: A}")),
                "errors.yaml:7:16: [code-out-of-range] code 500000 lies outside the range 304xxx of its category 'compliance'; "
                        + "no category's range holds it");
    }

    @Test
    void codeInChildCategory() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304901, name: A, message: A}",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: 3049xx"),
                "errors.yaml:7:16: [code-in-child-category] code 304901 belongs to category 'ach' (3049xx), "
                        + "which lies inside 'compliance'; move it there");
    }

    @Test
    void duplicateCodeAndName() {
        assertErrors(compile(withCodes(
                        "      - {code: 304001, name: A, message: A}",
                        "      - {code: 304001, name: B, message: B}",
                        "      - {code: 304003, name: A, message: C}")),
                "errors.yaml:8:16: [duplicate-code] code 304001 is declared twice: here as B and at line 7 as A",
                "errors.yaml:9:30: [duplicate-name] name A is used twice: here for 304003 and at line 7 for 304001");
    }

    @Test
    void duplicateCodeAcrossCategories() {
        assertErrors(compile(withCodes(
                        "      - {code: 304901, name: A, message: A}",
                        "  - id: system",
                        "    title: System",
                        "    range: 3xxxxx",
                        "    codes:",
                        "      - {code: 304901, name: B, message: B}")),
                "errors.yaml:12:16: [duplicate-code] code 304901 is declared twice: here as B and at line 7 as A",
                "errors.yaml:12:16: [code-in-child-category] code 304901 belongs to category 'compliance' (304xxx), "
                        + "which lies inside 'system'; move it there");
    }

    @Test
    void duplicateCategoryIsOneError() {
        // the second 'ach' would also generate AchError and AchException again: no name-clash on top
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: 3049xx",
                        "  - id: ach",
                        "    title: Ach again",
                        "    range: 3047xx"),
                "errors.yaml:6:5: [duplicate-category] category id 'ach' is declared twice: here and at line 3");
    }

    @Test
    void reservedCodeAndRange() {
        assertErrors(compile(
                        "catalog: Api",
                        "reserved: [304002, 3048xx, {from: 304700, to: 304701}]",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    codes:",
                        "      - {code: 304001, name: A, message: A}",
                        "      - {code: 304002, name: B, message: B}",
                        "      - {code: 304801, name: C, message: C}",
                        "      - {code: 304701, name: D, message: D}"),
                "errors.yaml:9:16: [reserved-code] code 304002 is reserved (listed in 'reserved'); a retired code may not be reused",
                "errors.yaml:10:16: [reserved-code] code 304801 is reserved (inside reserved range 3048xx); "
                        + "a retired code may not be reused",
                "errors.yaml:11:16: [reserved-code] code 304701 is reserved (inside reserved range 304700..304701); "
                        + "a retired code may not be reused");
    }

    @Test
    void badReservedEntries() {
        assertErrors(compile("catalog: Api", "reserved: [abc, [1]]", "categories: []"),
                "errors.yaml:2:12: [range-format] range 'abc' must be 6 characters: "
                        + "digits (the first not 0) followed by 'x' for any digit, e.g. 3333xx",
                "errors.yaml:2:17: [wrong-type] 'reserved' must be a pattern such as 3049xx or a mapping {from: ..., to: ...}, not a list");
    }

    @Test
    void categoryTooLarge() {
        int limit = CatalogValidator.MAX_CODES_PER_CATEGORY;
        StringBuilder yaml = new StringBuilder(CatalogCompiler.lines(
                "catalog: Api",
                "categories:",
                "  - id: huge",
                "    title: Huge",
                "    range: 1xxxxx",
                "    codes:"));
        for (int i = 0; i <= limit; i++) {
            yaml.append("      - {code: ").append(100_000 + i).append(", name: E").append(i).append(", message: m}\n");
        }
        assertErrors(CatalogCompiler.compile(yaml.toString()),
                String.format(Locale.ROOT, "errors.yaml:3:5: [category-too-large] category 'huge' has %,d codes, more than the %,d "
                        + "one category may hold (javac limits an enum's initialiser to 64 KiB); split it into nested categories",
                        limit + 1, limit));
    }
}
