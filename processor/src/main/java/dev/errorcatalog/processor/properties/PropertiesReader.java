package dev.errorcatalog.processor.properties;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.yaml.Utf8;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a translation file: Java properties in UTF-8, exactly as {@link java.util.Properties#load(java.io.Reader)}
 * reads them, but keeping where each key and value starts so every diagnostic can point at
 * {@code errors_de.properties:12:1}. Every file it reads without an error has the keys and values
 * Properties gives it ({@code PropertiesDifferentialTest} checks this on thousands of files); a
 * file Properties rejects (a malformed {@code \}{@code uXXXX}) gets a diagnostic at its line. It
 * also rejects what Properties lets through but a catalog cannot use: a key given twice (Properties
 * keeps the last) and a lone surrogate. The one difference on purpose: a leading byte-order mark is
 * dropped, where Properties would make it part of the first key.
 *
 * <p>It never throws: problems come back as diagnostics, and an entry with one is left out.
 */
public final class PropertiesReader {
    /** What was read: the entries by key in file order (first of duplicates), and the problems. */
    public record Result(Map<String, Entry> entries, List<Diagnostic> diagnostics) {
        public Result {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** One {@code key = value}: the unescaped texts and where each starts. */
    public record Entry(String key, String value, Mark keyMark, Mark valueMark) {}

    /** A translation file may be as large as a catalog, and no larger. */
    public static final int MAX_BYTES = YamlReader.MAX_BYTES;

    private final LogicalLines lines;
    private final List<Diagnostic> out = new ArrayList<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private PropertiesReader(LogicalLines lines) {
        this.lines = lines;
    }

    /** @param file the name used in every diagnostic, as the catalog names it */
    public static Result read(String file, byte[] content) {
        if (content.length > MAX_BYTES) {
            return new Result(Map.of(), List.of(Diagnostic.of(DiagnosticKind.TRANSLATION_TOO_LARGE, Mark.ofFile(file),
                    (long) content.length, (long) MAX_BYTES)));
        }
        String text;
        try {
            text = Utf8.decode(content);
        } catch (CharacterCodingException e) {
            return new Result(Map.of(), List.of(Utf8.invalid(file, content)));
        }
        PropertiesReader reader = new PropertiesReader(new LogicalLines(file, text));
        while (reader.lines.next()) {
            reader.readEntry();
        }
        return new Result(reader.entries, reader.out);
    }

    /**
     * Splits the logical line as {@code Properties.load0} does: the key ends at the first
     * unescaped {@code =}, {@code :} or blank; then blanks and at most one {@code =} or {@code :}
     * are skipped, and the rest is the value.
     */
    private void readEntry() {
        int limit = lines.length();
        int keyEnd = 0;
        int valueStart = limit;
        boolean separator = false;
        boolean escaped = false;
        while (keyEnd < limit) {
            char c = lines.charAt(keyEnd);
            if (!escaped && (c == '=' || c == ':' || isBlank(c))) {
                valueStart = keyEnd + 1;
                separator = !isBlank(c);
                break;
            }
            escaped = c == '\\' && !escaped;
            keyEnd++;
        }
        while (valueStart < limit) {
            char c = lines.charAt(valueStart);
            if (!isBlank(c)) {
                if (separator || c != '=' && c != ':') {
                    break;
                }
                separator = true;
            }
            valueStart++;
        }
        String key = unescape(0, keyEnd, "this key");
        String value = unescape(valueStart, limit, key == null ? "this value" : "the value of key '" + key + "'");
        if (key == null || value == null) {
            return;
        }
        Entry entry = new Entry(key, value, lines.markAt(0), lines.markAt(valueStart));
        Entry first = entries.putIfAbsent(key, entry);
        if (first != null) {
            out.add(Diagnostic.of(DiagnosticKind.DUPLICATE_TRANSLATION, entry.keyMark(), key, first.keyMark().lineText()));
        }
    }

    /**
     * Decodes {@code [from, to)} of the logical line as {@code Properties.loadConvert} does:
     * {@code \t \n \r \f}, {@code \}{@code uXXXX}, and a backslash before any other character
     * stands for that character. Surrogates must pair up; a malformed escape, which makes
     * Properties reject the whole file, is reported before a lone surrogate earlier in the text.
     *
     * @return null after reporting the first problem
     */
    private String unescape(int from, int to, String what) {
        StringBuilder text = new StringBuilder(to - from);
        int highSurrogateAt = -1;
        int loneAt = -1;
        char lone = 0;
        int i = from;
        while (i < to) {
            int at = i;
            char c = lines.charAt(i++);
            if (c == '\\' && i < to) {
                c = lines.charAt(i++);
                switch (c) {
                    case 't' -> c = '\t';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 'f' -> c = '\f';
                    case 'u' -> {
                        int code = hex(i, to);
                        if (code < 0) {
                            out.add(Diagnostic.of(DiagnosticKind.PROPERTIES_SYNTAX, lines.markAt(at), digitsAfter(i, to)));
                            return null;
                        }
                        c = (char) code;
                        i += 4;
                    }
                    default -> { } // any other escaped character stands for itself
                }
            }
            if (loneAt < 0 && highSurrogateAt >= 0 && !Character.isLowSurrogate(c)) {
                loneAt = highSurrogateAt;
                lone = text.charAt(text.length() - 1);
            } else if (loneAt < 0 && highSurrogateAt < 0 && Character.isLowSurrogate(c)) {
                loneAt = at;
                lone = c;
            }
            highSurrogateAt = Character.isHighSurrogate(c) ? at : -1;
            text.append(c);
        }
        if (loneAt < 0 && highSurrogateAt >= 0) {
            loneAt = highSurrogateAt;
            lone = text.charAt(text.length() - 1);
        }
        if (loneAt >= 0) {
            out.add(Diagnostic.of(DiagnosticKind.LONE_SURROGATE, lines.markAt(loneAt),
                    String.format(Locale.ROOT, "U+%04X in %s", (int) lone, what),
                    "write the character itself, or both \\u escapes of its pair together (e.g. \\uD83D\\uDE00)"));
            return null;
        }
        return text.toString();
    }

    /** The four hex digits at {@code i} as a number, or -1 if there are fewer (up to {@code to}). */
    private int hex(int i, int to) {
        if (i + 4 > to) {
            return -1;
        }
        int code = 0;
        for (int j = i; j < i + 4; j++) {
            int digit = Character.digit(lines.charAt(j), 16);
            if (digit < 0 || lines.charAt(j) > 'f') {
                return -1; // Character.digit also takes fullwidth digits; Properties does not
            }
            code = code * 16 + digit;
        }
        return code;
    }

    /** Up to four characters after a malformed {@code \}{@code u}, for the message. */
    private String digitsAfter(int i, int to) {
        StringBuilder shown = new StringBuilder(4);
        for (int j = i; j < Math.min(i + 4, to); j++) {
            shown.append(lines.charAt(j));
        }
        return shown.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
