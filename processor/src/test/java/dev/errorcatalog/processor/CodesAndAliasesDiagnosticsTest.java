package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;

import org.junit.jupiter.api.Test;

/**
 * Version 2's codes of any length and sign ({@code digits: any}), aliases and named retired codes:
 * each rule's diagnostic, with its text and place.
 */
class CodesAndAliasesDiagnosticsTest {

    @Test
    void anyDigitsCodesArePlainDecimalInts() {
        assertErrors(compile(
                        "catalog: Api",
                        "digits: any",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: {from: -10, to: 99999}",
                        "    codes:",
                        "      - {code: +1, name: A, message: A}",
                        "      - {code: 01, name: B, message: B}",
                        "      - {code: -0, name: C, message: C}",
                        "      - {code: 2147483648, name: D, message: D}",
                        "      - {code: -10, name: E, message: E}",
                        "      - {code: 0, name: F, message: F}"),
                "errors.yaml:8:16: [code-format] code '+1' must be a whole number in plain decimal, such as -1, 0 or 40001 "
                        + "(no '+', no leading zero)",
                "errors.yaml:9:16: [code-format] code '01' must be a whole number in plain decimal, such as -1, 0 or 40001 "
                        + "(no '+', no leading zero)",
                "errors.yaml:10:16: [code-format] code '-0' must be a whole number in plain decimal, such as -1, 0 or 40001 "
                        + "(no '+', no leading zero)",
                "errors.yaml:11:16: [code-format] code '2147483648' does not fit a Java int: a code lies from -2147483648 "
                        + "to 2147483647");
    }

    @Test
    void anyDigitsPatternsFixTheirOwnWidth() {
        assertErrors(compile(
                        "catalog: Api",
                        "digits: any",
                        "categories:",
                        "  - {id: four, title: Four, range: 4xxxx, codes: [{code: 40001, name: A, message: A}]}",
                        "  - {id: short, title: Short, range: 1xxx, codes: [{code: 10000, name: B, message: B}]}",
                        "  - {id: neg, title: Neg, range: -1xx}",
                        "  - {id: big, title: Big, range: 9xxxxxxxxxx}",
                        "  - {id: upper, title: Upper, range: 5XX}"),
                "errors.yaml:5:59: [code-out-of-range] code 10000 lies outside the range 1xxx of its category 'short'; no category's "
                        + "range holds it; next free code in 'short' (1xxx): 1000",
                "errors.yaml:6:34: [range-format] range '-1xx' is negative: a pattern covers positive codes; "
                        + "write a negative range as {from: -99, to: -1}",
                "errors.yaml:7:34: [range-format] range '9xxxxxxxxxx' does not fit a Java int: a code lies from "
                        + "-2147483648 to 2147483647",
                "errors.yaml:8:38: [range-format] range '5XX' must use a lowercase 'x' for any digit");
    }

    @Test
    void aNegativeCodeInAFixedDigitsCatalogSaysWhatItNeeds() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: 1xxxxx",
                        "    codes:",
                        "      - {code: -1, name: A, message: A}"),
                "errors.yaml:7:16: [code-format] code '-1' must be a number of exactly 6 digits without a leading zero "
                        + "(negative codes need 'digits: any')");
    }

    @Test
    void aBadRangeBoundIsARangeProblem() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: {from: 0, to: 999999}",
                        "  - id: other",
                        "    title: Other",
                        "    range: {from: 100000, to: -1}"),
                "errors.yaml:5:19: [range-format] range bound 'from: 0' must be a number of exactly 6 digits without a "
                        + "leading zero (it has 1)",
                "errors.yaml:8:31: [range-format] range bound 'to: -1' must be a number of exactly 6 digits without a "
                        + "leading zero (negative codes need 'digits: any')");
    }

    @Test
    void aliasesShareOneNameSpaceWithNamesAndRetiredNames() {
        assertErrors(compile(
                        "catalog: Api",
                        "digits: any",
                        "reserved: [{code: 7, name: OLD_SEVEN, reason: gone}]",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: {from: -10, to: 99}",
                        "    codes:",
                        "      - {code: 1, name: E, message: E, aliases: [E_OLD, e-older, OLD_SEVEN, A_LIAS]}",
                        "      - {code: 2, name: E_OLD, message: F, aliases: [A_LIAS]}",
                        "      - {code: 3, name: OLD_SEVEN, message: G}"),
                "errors.yaml:9:57: [code-name] name 'e-older' must be UPPER_SNAKE_CASE (A-Z, 0-9 and single '_' between "
                        + "words), e.g. E_OLDER",
                "errors.yaml:9:66: [reserved-name] name OLD_SEVEN is retired (listed in 'reserved' at line 3 for 7); "
                        + "a retired name may not be reused",
                "errors.yaml:10:25: [duplicate-name] name E_OLD is used twice: here for 2 and at line 9 as an alias of 1",
                "errors.yaml:10:54: [duplicate-name] name A_LIAS is used twice: here as an alias of 2 and at line 9 as an alias of 1",
                "errors.yaml:11:25: [duplicate-name] name OLD_SEVEN is used twice: here for 3 and at line 9 as an alias of 1",
                "errors.yaml:11:25: [reserved-name] name OLD_SEVEN is retired (listed in 'reserved' at line 3 for 7); "
                        + "a retired name may not be reused");
    }

    @Test
    void anAliasFactoryMayNotClash() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: 1xxxxx",
                        "    codes:",
                        "      - {code: 100001, name: FOO_1, message: A, aliases: [FOO_2]}",
                        "      - {code: 100002, name: FOO2, message: B}"),
                "errors.yaml:8:30: [name-clash] the factory AllException.foo2() generated for FOO2 (100002) clashes with "
                        + "the one for FOO_2 (100001, at line 7); rename one of them");
    }

    @Test
    void aLongAliasIsALongName() {
        String alias = "A".repeat(101);
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - {id: all, title: All, range: 1xxxxx, codes: [{code: 100001, name: A, message: A, aliases: [" + alias + "]}]}"),
                "errors.yaml:3:96: [name-too-long] alias '" + "A".repeat(40) + "...' is 101 characters long, more than the 100 "
                        + "a generated Java name may have (type names are also file names)");
    }

    @Test
    void reservedEntries() {
        assertErrors(compile(
                        "catalog: Api",
                        "digits: any",
                        "reserved:",
                        "  - -5",
                        "  - {code: 7, name: OBSOLETE_X__UNUSED, reason: Replaced by 8}",
                        "  - {range: 9xx, reason: Client library errors}",
                        "  - {name: X}",
                        "  - {code: 8, range: 9xx}",
                        "  - {code: 6, name: bad name}",
                        "  - {cdoe: 5}",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: {from: -10, to: 999}",
                        "    codes:",
                        "      - {code: -5, name: A, message: A}",
                        "      - {code: 950, name: B, message: B}"),
                "errors.yaml:7:5: [missing-key] the reserved entry needs 'code' or 'range', e.g. "
                        + "'{code: 42, name: OLD_NAME, reason: Replaced by ...}'",
                "errors.yaml:8:22: [range-format] range '9xx' cannot stand beside 'code' in one reserved entry; write two entries",
                "errors.yaml:9:21: [retired-name] retired name 'bad name' must be a word of capital letters, digits and "
                        + "underscores, e.g. BAD_NAME",
                "errors.yaml:10:6: [unknown-key] unknown key 'cdoe' in the reserved entry (did you mean 'code'?)",
                "errors.yaml:16:16: [reserved-code] code -5 is reserved (listed in 'reserved'); a retired code may not be reused",
                "errors.yaml:17:16: [reserved-code] code 950 is reserved (inside reserved range 9xx); a retired code may not be reused");
    }

    @Test
    void aRetiredNameNeedOnlyBeAWord() {
        assertThat(compile(
                        "catalog: Api",
                        "reserved: [{code: 100009, name: OBSOLETE_ER_X__UNUSED, reason: 'Replaced by 100010'}, 100011]",
                        "categories:",
                        "  - {id: all, title: All, range: 1xxxxx, codes: [{code: 100010, name: A, message: A}]}"))
                .succeededWithoutWarnings();
    }
}
