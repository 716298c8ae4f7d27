package dev.errorcatalog.processor.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translation files read as {@link java.util.Properties} reads them, every entry and problem at its line and column. */
class PropertiesReaderTest {
    private static PropertiesReader.Result read(String text) {
        return PropertiesReader.read("de.properties", text.getBytes(StandardCharsets.UTF_8));
    }

    /** key → value, for a file that must read without a problem. */
    private static Map<String, String> values(String text) {
        PropertiesReader.Result result = read(text);
        assertEquals(List.of(), messages(result), text);
        Map<String, String> values = new LinkedHashMap<>();
        result.entries().forEach((key, entry) -> values.put(key, entry.value()));
        return values;
    }

    private static List<String> messages(PropertiesReader.Result result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static String marks(PropertiesReader.Entry entry) {
        return entry.keyMark() + " " + entry.valueMark();
    }

    @Test
    void aSeparatorOnTheContinuationLine() {
        PropertiesReader.Result result = read("NO_SESSION_FOUND \\\n    = Keine Sitzung \u2026\n");
        PropertiesReader.Entry entry = result.entries().get("NO_SESSION_FOUND");
        assertEquals("Keine Sitzung \u2026", entry.value());
        assertEquals("de.properties:1:1 de.properties:2:7", marks(entry));
    }

    @Test
    void aCommentOrABlankLineAfterABackslash() {
        // '#' starts a comment only on a line that begins a logical line
        assertEquals(Map.of("A", "Keine Sitzung # gefunden"), values("A = Keine Sitzung \\\n  # gefunden\n"));
        assertEquals(Map.of("A", "x", "B", "y"), values("A = x\\\n\nB = y"));
        // ...but a line of just a backslash leaves the logical line empty, so the next '#' is a comment
        assertEquals(Map.of("B", "y"), values("\\\n# A = x\nB = y"));
    }

    @Test
    void escapesAreDecodedAfterTheLinesAreJoined() {
        assertEquals(Map.of("A", "\u00fc"), values("A = \\u00\\\n   fc"));
        assertEquals(Map.of("\u00fc", "x"), values("\\u00\\\r\n fc=x"));
        assertEquals(Map.of("A", "q\t\n\r\f\\ :="), values("A=\\q\\t\\n\\r\\f\\\\\\ \\:\\="));
        assertEquals(Map.of("A", "\ud83d\ude00", "B", "\ud83d\ude00"), values("A=\\uD83D\\uDE00\nB=\ud83d\ude00"));
    }

    @Test
    void keysEndAtAnUnescapedSeparatorOrBlank() {
        assertEquals(Map.of("a=b c:d", "e", "x", "=y", "k", "v w", "", "only"),
                values("a\\=b\\ c\\:d = e\nx:=y\nk\fv w\n= only\n"));
        assertEquals(Map.of("k", ""), values("k"));
    }

    @Test
    void lineBreaksOfEveryKind() {
        PropertiesReader.Result result = read("A=1\rB=2\r\nC=3\\\r\n  3\n\fD = 4\r\r\nE=5\\");
        assertEquals(List.of(), messages(result));
        Map<String, String> marks = new LinkedHashMap<>();
        result.entries().forEach((key, entry) -> marks.put(key + "=" + entry.value(), marks(entry)));
        assertEquals(Map.of(
                "A=1", "de.properties:1:1 de.properties:1:3",
                "B=2", "de.properties:2:1 de.properties:2:3",
                "C=33", "de.properties:3:1 de.properties:3:3",
                "D=4", "de.properties:5:2 de.properties:5:6",
                "E=5", "de.properties:7:1 de.properties:7:3"), marks);
    }

    @Test
    void aMalformedUnicodeEscapeAtItsLineAndColumn() {
        assertEquals(List.of("de.properties:2:6: [properties-syntax] malformed escape '\\u00zz': write \\u and four hex digits,"
                        + " such as \\u00e9"),
                messages(read("A = 1\nB = \u5408\\u00zz\nC = 3")));
        // the digits are looked for in the joined line, up to the end of the key or value
        assertEquals(List.of("de.properties:1:3: [properties-syntax] malformed escape '\\u0': write \\u and four hex digits,"
                        + " such as \\u00e9"),
                messages(read("A=\\u0\\\n")));
        assertEquals(List.of("de.properties:2:2: [properties-syntax] malformed escape '\\u00 f': write \\u and four hex"
                        + " digits, such as \\u00e9"),
                messages(read("A=1\\\n \\u00 fc=x")));
        assertEquals(List.of("de.properties:1:1: [properties-syntax] malformed escape '\\u00': write \\u and four hex digits,"
                        + " such as \\u00e9"),
                messages(read("\\u00 fc=x")));
    }

    @Test
    void aLoneSurrogateAtItsEscape() {
        assertEquals(List.of("de.properties:1:9: [lone-surrogate] U+D800 in the value of key 'A' is half of a surrogate pair, alone, which no UTF-8 file, JSON or Java string can carry;"
                        + " write the character itself, or both \\u escapes of its pair together (e.g. \\uD83D\\uDE00)"),
                messages(read("A = x \u00fc \\uD800 y")));
        assertEquals(List.of("de.properties:2:3: [lone-surrogate] U+DE00 in the value of key 'B' is half of a surrogate pair, alone, which no UTF-8 file, JSON or Java string can carry;"
                        + " write the character itself, or both \\u escapes of its pair together (e.g. \\uD83D\\uDE00)"),
                messages(read("A=1\nB=\\uDE00\\uD83D")));
        assertEquals(List.of("de.properties:1:2: [lone-surrogate] U+D83D in this key is half of a surrogate pair, alone, which no UTF-8 file, JSON or Java string can carry;"
                        + " write the character itself, or both \\u escapes of its pair together (e.g. \\uD83D\\uDE00)"),
                messages(read("X\\uD83D=1")));
        assertEquals(Map.of(), read("X\\uD83D=1").entries());
    }

    @Test
    void keysCompareByTheirDecodedText() {
        assertEquals(List.of("de.properties:3:1: [duplicate-translation] key 'NAME' appears twice in this file;"
                        + " the first is at line 1"),
                messages(read("N\\u0041ME=1\nOTHER=2\nN\\AME=3")));
    }

    @Test
    void aFileLargerThanACatalogMayBe() {
        byte[] big = new byte[PropertiesReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(List.of("de.properties: [translation-too-large] the translation file is 16,777,217 bytes;"
                        + " the limit is 16,777,216 bytes, as for a catalog"),
                messages(PropertiesReader.read("de.properties", big)));
    }

    /**
     * A megabyte of escapes after a character beyond Latin-1 (which makes {@code String.codePointCount}
     * walk the text): under a second when positions are found per line, minutes when per backslash.
     */
    @Test
    void manyEscapesOnOneLongLine() {
        int escapes = 500_000;
        PropertiesReader.Result result = read("A=\u5408" + "\\t".repeat(escapes) + "\\uD800");
        assertEquals(List.of("de.properties:1:" + (4 + 2 * escapes) + ": [lone-surrogate] U+D800 in the value of key 'A' is half of a"
                + " surrogate pair, alone, which no UTF-8 file, JSON or Java string can carry; write the character itself, or both \\u"
                + " escapes of its pair together (e.g. \\uD83D\\uDE00)"), messages(result));
        assertEquals("\u5408" + "\t".repeat(escapes), values("A=\u5408" + "\\t".repeat(escapes)).get("A"));
    }
}
