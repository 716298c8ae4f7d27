package dev.errorcatalog.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.diag.Mark;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rows of a category's data table, written by {@link DataRow} rather than one JavaPoet argument
 * per value. That their strings survive javac whatever they hold is the fuzz test's job
 * ({@code CatalogFuzzTest}, {@code StringSurvivalTest}); this pins the shapes that are easy to get wrong.
 */
class DataRowTest {
    private static ErrorCode code(int number, int status, boolean deprecated) {
        Mark mark = Mark.ofFile("errors.yaml");
        return new ErrorCode(number, "SOME_CODE", new LocalizedText(List.of(new LocalizedText.Translation("en", "text", mark))), List.of(), List.of(), status,
                Optional.empty(), deprecated ? Optional.of("") : Optional.empty(), mark, mark, mark, List.of(), Map.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "INTERNAL");
    }

    @Test
    void scalarsAreJavaLiteralsIncludingTheSmallestInt() {
        assertEquals("0, -2147483648, 422, false, \"No session found\"",
                DataRow.head(0, code(Integer.MIN_VALUE, 422, false), "No session found").toString());
        assertEquals("7, 2147483647, 500, true, \"\"", DataRow.head(7, code(Integer.MAX_VALUE, 500, true), "").toString());
    }

    @Test
    void stringsAreEscapedByTheOneJavaLiteralWriter() {
        String nasty = "quote \" backslash \\ newline \n line separator \u2028 nul \0 emoji \uD83D\uDE00 */";
        assertEquals("1, 304001, 400, false, " + Literals.string(nasty), DataRow.head(1, code(304001, 400, false), nasty).toString());
        assertTrue(Literals.string(nasty).chars().allMatch(c -> c >= 0x20 && c < 0x7f), "pure ASCII");
        assertEquals("\"a\", \"b\\\"c\"", DataRow.strings(List.of("a", "b\"c")));
        assertEquals("", DataRow.strings(List.of()));
    }

    @Test
    void aTextTooLongForOneConstantIsJoinedFromParts() {
        String longText = "\u00e9".repeat(Literals.MAX_CONSTANT_BYTES / 2 + 1);
        String head = DataRow.head(0, code(1, 400, false), longText).toString();
        assertTrue(head.startsWith("0, 1, 400, false, java.lang.String.join(\"\", "), head);
        assertEquals(2, head.split("\\\\u00e9\", \"\\\\u00e9", -1).length, "split into exactly two literals: " + head.length());
    }
}
