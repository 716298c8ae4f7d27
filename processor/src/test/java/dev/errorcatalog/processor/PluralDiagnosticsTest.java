package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** The diagnostics of plural and select blocks (contract 5.1), each with its text and line:column. */
class PluralDiagnosticsTest {
    private static String[] catalog(String... messageLines) {
        String[] head = {
            "catalog: Api",
            "locales: [en, cs, ru, de]",
            "categories:",
            "  - id: orders",
            "    title: Orders",
            "    range: 301xxx",
            "    codes:",
            "      - code: 301001",
            "        name: A",
            "        message:"};
        String[] all = new String[head.length + messageLines.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(messageLines, 0, all, head.length, messageLines.length);
        return all;
    }

    @Test
    void aMisspeltCategoryIsNamedWithASuggestion() {
        assertErrors(compile(catalog("          en: '{n, plural, one {# order} fwe {# orders} other {# orders}}'")),
                "errors.yaml:11:15: [plural-syntax] 'fwe' at character 27 of the plural block {n} is not a plural category"
                        + " (zero, one, two, few, many, other) or an exact match such as '=0' (did you mean 'few'?) in the message of"
                        + " code 301001; a block is written '{name, plural, one {...} other {...}}' or '{name, select, word {...} other {...}}'");
    }

    @Test
    void otherIsRequiredAndSyntaxIsChecked() {
        assertErrors(compile(catalog(
                        "          en: '{n, plural, one {# order}}'",
                        "          cs: '{n, plural, one {#} few {#} other {#}'",
                        "          ru: '{n, plurl, one {#} other {#}}'",
                        "          de: '{n, select, Admin {x} other {y}}'")),
                "errors.yaml:11:15: [plural-syntax] the plural block {n} at character 1 has no 'other' branch, which every block needs in the message of code 301001",
                "errors.yaml:12:15: [plural-syntax] the block {n} at character 1 is never closed in the 'cs' message of code 301001",
                "errors.yaml:13:15: [plural-syntax] 'plurl' in the block {n} at character 1 is not a kind of block; write 'plural' or 'select'"
                        + " (did you mean 'plural'?) in the 'ru' message of code 301001",
                "errors.yaml:14:15: [plural-syntax] 'Admin' at character 13 of the select block {n} is not a lower-kebab or lowerCamel word"
                        + " in the 'de' message of code 301001");
    }

    @Test
    void blocksNestAtMostFourDeep() {
        assertErrors(compile(catalog("          en: '{a, select, x {{b, select, x {{c, select, x {{d, select, x {{e, select, x {.} other {.}}} other {.}}} other {.}}} other {.}}} other {.}}'")),
                "errors.yaml:11:15: [plural-syntax] the block {e} at character 61 is nested 5 deep; blocks nest at most 4 deep in the message of code 301001");
    }

    @Test
    void eachLocaleNeedsTheCategoriesItsRulesChoose() {
        assertErrors(compile(catalog(
                        "          en: '{n, plural, one {# order} other {# orders}}'",
                        "          cs: '{n, plural, one {# objednávka} other {# objednávek}}'",
                        "          ru: 'Всего: {n, plural, one {# заказ} other {# заказа}}'")),
                "errors.yaml:12:15: [plural-category] the 'cs' text of code 301001 lacks few in the plural block {n} at character 1:"
                        + " CLDR's rules for 'cs' choose one, few, other for whole numbers; add a branch for each",
                "errors.yaml:13:15: [plural-category] the 'ru' text of code 301001 lacks few, many in the plural block {n} at character 8:"
                        + " CLDR's rules for 'ru' choose one, few, many, other for whole numbers; add a branch for each");
    }

    @Test
    void anExactMatchCoversACategoryOfOneNumberAndADeadBranchIsAWarning() {
        Compilation compilation = compile(catalog(
                "          en: '{n, plural, =0 {none} =1 {one order} two {two} other {# orders}}'"));
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("errors.yaml:11:15: [plural-dead-branch] the 'two' branch at character 38 of the plural block {n}"
                + " in the 'en' text of code 301001 is never chosen: CLDR's rules for 'en' choose only one, other for whole numbers");
    }

    @Test
    void aVariableIsPluralOrSelectInEveryLocaleAndTypedAsSuch() {
        assertErrors(compile(catalog(
                        "          en: '{n, plural, one {#} other {#}}'",
                        "          de: '{n, select, eins {x} other {y}}'")),
                "errors.yaml:12:15: [plural-kind] {n} is a select in the 'de' text of code 301001, but a plural in the 'en' text"
                        + " (errors.yaml:11:15); a variable has one meaning in every locale");
        assertErrors(compile(catalog("          en: '{n:string, plural, one {#} other {#}}'")),
                "errors.yaml:11:15: [placeholder-type] the type 'string' of placeholder {n} in the 'en' text of code 301001;"
                        + " {n} is the variable of a plural block, so it is 'int' or 'long'");
    }
}
