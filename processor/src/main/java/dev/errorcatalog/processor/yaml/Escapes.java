package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import java.util.Locale;
import java.util.Optional;

/**
 * The two escapes of a double-quoted scalar that snakeyaml-engine 3.2 gets wrong, found in the
 * file's text so that each is reported at the escape itself: a surrogate escape without its other
 * half ({@code \uD800}), which the parser accepts and which no UTF-8 file, JSON or Java source can
 * carry; and a {@code \U} escape beyond U+10FFFF, which the parser reports as the file's end or as
 * an unknown escape. {@link CommonYamlReader} leaves both to the parser, so the readers agree.
 */
final class Escapes {
    private final String file;
    private final String text;
    /** A position known in both counts: the parser's marks count code points, the text counts chars. */
    private int codePoints;
    private int chars;

    Escapes(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The first surrogate of {@code value} that is not half of a pair, as a {@code \\u} escape; empty if none. */
    static Optional<String> loneSurrogateIn(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /**
     * The first surrogate escape of the double-quoted scalar whose mark (its opening quote, or its
     * anchor or tag) is the {@code codePointIndex}-th code point of the file, at line {@code line} and
     * column {@code column} (1-based), that is not directly followed or preceded by its other half. Scalars come in file
     * order, so the code-point-to-char conversion moves forward only: linear over the file.
     */
    Optional<Diagnostic> loneSurrogate(int codePointIndex, int line, int column) {
        int i = charIndex(codePointIndex);
        // the mark of a scalar with an anchor or a tag is theirs: the quote comes after them
        while (i < text.length() && text.charAt(i) != '"') {
            line += text.charAt(i) == '\n' ? 1 : 0;
            column = text.charAt(i) == '\n' ? 1 : column + 1;
            i += Character.charCount(text.codePointAt(i));
        }
        if (i >= text.length()) {
            return Optional.empty();
        }
        int high = -1;
        int highLine = 0;
        int highColumn = 0;
        for (i++; i < text.length() && text.charAt(i) != '"'; ) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                if (high >= 0) {
                    break;
                }
                line++;
                column = 0;
                i++;
                continue;
            }
            // a backslash before a line break escapes it: the break is counted as the next character
            if (c != '\\' || i + 1 >= text.length() || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r') {
                if (high >= 0) {
                    break;
                }
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            char letter = text.charAt(i + 1);
            int digits = letter == 'u' ? 4 : letter == 'U' ? 8 : 0;
            int value = digits == 0 ? -1 : hex(i + 2, digits);
            boolean surrogate = value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
            if (high >= 0 && !(surrogate && Character.isLowSurrogate((char) value))) {
                break;
            }
            if (high >= 0) {
                high = -1;
            } else if (surrogate && Character.isHighSurrogate((char) value)) {
                high = i;
                highLine = line;
                highColumn = column;
            } else if (surrogate) {
                return Optional.of(loneSurrogateAt(i, line, column));
            }
            int length = digits == 0 ? 2 : 2 + digits;
            column += length - 1;
            i += length;
        }
        return high >= 0 ? Optional.of(loneSurrogateAt(high, highLine, highColumn)) : Optional.empty();
    }

    private Diagnostic loneSurrogateAt(int at, int line, int column) {
        String escape = text.substring(at, at + (text.charAt(at + 1) == 'u' ? 6 : 10));
        return loneSurrogate(new Mark(file, line, column), escape);
    }

    /** The one wording of a lone surrogate escape, for both readers. */
    static Diagnostic loneSurrogate(Mark mark, String escape) {
        return Diagnostic.of(DiagnosticKind.LONE_SURROGATE, mark, "the escape '" + escape + "'",
                "write the character itself, its \\U escape (e.g. \\U0001F600) or both halves together (e.g. \\uD83D\\uDE00)");
    }

    /**
     * The escape-out-of-range diagnostic if the parser stopped on the hex digits of a {@code \U}
     * escape beyond U+10FFFF: its mark (0-based line and column, code point index) is just after
     * the {@code U}.
     */
    Optional<Diagnostic> outOfRange(int codePointIndex, int line, int column) {
        int digitsAt = charIndex(codePointIndex);
        if (digitsAt < 2 || text.charAt(digitsAt - 2) != '\\' || text.charAt(digitsAt - 1) != 'U') {
            return Optional.empty();
        }
        long value = digitsAt + 8 <= text.length() ? hexLong(digitsAt, 8) : -1;
        if (value <= Character.MAX_CODE_POINT) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.of(DiagnosticKind.ESCAPE_OUT_OF_RANGE, new Mark(file, line + 1, column - 1),
                text.substring(digitsAt - 2, digitsAt + 8)));
    }

    private int hex(int at, int digits) {
        long value = at + digits <= text.length() ? hexLong(at, digits) : -1;
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    private long hexLong(int at, int digits) {
        long value = 0;
        for (int k = 0; k < digits; k++) {
            char c = text.charAt(at + k);
            int digit = c < 0x80 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** The char index of a code point index; from the last one asked for when it lies ahead, else from the start. */
    private int charIndex(int codePointIndex) {
        if (codePointIndex < codePoints) {
            codePoints = 0;
            chars = 0;
        }
        try {
            chars = text.offsetByCodePoints(chars, codePointIndex - codePoints);
            codePoints = codePointIndex;
        } catch (IndexOutOfBoundsException e) {
            // not a mark of this text: no escape there
            codePoints = 0;
            chars = 0;
            return text.length();
        }
        return chars;
    }
}
