package dev.errorcatalog.processor.properties;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.yaml.Utf8;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a translation file: Java properties in UTF-8, as {@link java.util.Properties#load(java.io.Reader)}
 * reads them (comments, {@code =}, {@code :} or blanks between key and value, continuation lines,
 * escapes), but keeping where each key and value starts so every diagnostic can point at
 * {@code errors_de.properties:12:1}. It never throws: problems come back as diagnostics, and an
 * entry with a malformed escape is left out.
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

    private final String file;
    private final String text;
    private final List<Diagnostic> out = new ArrayList<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private PropertiesReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** @param file the name used in every diagnostic, as the catalog names it */
    public static Result read(String file, byte[] content) {
        String text;
        try {
            text = Utf8.decode(content);
        } catch (CharacterCodingException e) {
            return new Result(Map.of(), List.of(Utf8.invalid(file, content)));
        }
        PropertiesReader reader = new PropertiesReader(file, text);
        reader.readAll();
        return new Result(reader.entries, reader.out);
    }

    private void readAll() {
        while (pos < text.length()) {
            skipBlanks();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (isLineEnd(c)) {
                newLine();
            } else if (c == '#' || c == '!') {
                while (pos < text.length() && !isLineEnd(text.charAt(pos))) {
                    pos++;
                }
            } else {
                readEntry();
            }
        }
    }

    private void readEntry() {
        Mark keyMark = mark();
        StringBuilder key = new StringBuilder();
        boolean valid = readText(key, true);
        skipBlanks();
        if (pos < text.length() && (text.charAt(pos) == '=' || text.charAt(pos) == ':')) {
            pos++;
            skipBlanks();
        }
        Mark valueMark = mark();
        StringBuilder value = new StringBuilder();
        valid &= readText(value, false);
        if (!valid) {
            return;
        }
        Entry entry = new Entry(key.toString(), value.toString(), keyMark, valueMark);
        Entry first = entries.putIfAbsent(entry.key(), entry);
        if (first != null) {
            out.add(Diagnostic.of(DiagnosticKind.DUPLICATE_TRANSLATION, keyMark, entry.key(), first.keyMark().lineText()));
        }
    }

    /**
     * Reads a key (up to an unescaped separator or blank) or a value (up to the end of its logical
     * line), unescaping as it goes; a backslash at a line's end continues on the next line, whose
     * leading blanks are skipped.
     *
     * @return false after reporting a malformed escape
     */
    private boolean readText(StringBuilder into, boolean key) {
        boolean valid = true;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (isLineEnd(c) || key && (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f')) {
                return valid;
            }
            if (c != '\\') {
                into.append(c);
                pos++;
                continue;
            }
            Mark escape = mark();
            pos++;
            if (pos >= text.length()) {
                return valid;
            }
            char next = text.charAt(pos);
            if (isLineEnd(next)) {
                newLine();
                skipBlanks();
                continue;
            }
            pos++;
            switch (next) {
                case 't' -> into.append('\t');
                case 'n' -> into.append('\n');
                case 'r' -> into.append('\r');
                case 'f' -> into.append('\f');
                case 'u' -> valid &= unicode(into, escape);
                default -> into.append(next);
            }
        }
        return valid;
    }

    private boolean unicode(StringBuilder into, Mark escape) {
        int end = pos + 4;
        if (end <= text.length() && text.substring(pos, end).matches("[0-9A-Fa-f]{4}")) {
            into.append((char) Integer.parseInt(text.substring(pos, end), 16));
            pos = end;
            return true;
        }
        int shown = pos;
        while (shown < Math.min(end, text.length()) && !isLineEnd(text.charAt(shown))) {
            shown++;
        }
        out.add(Diagnostic.of(DiagnosticKind.PROPERTIES_SYNTAX, escape,
                "malformed escape '\\u" + text.substring(pos, shown) + "': write \\u and four hex digits, such as \\u00e9"));
        return false;
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\f')) {
            pos++;
        }
    }

    /** Past a line end: {@code \n}, {@code \r} or {@code \r\n}, as Properties counts lines. */
    private void newLine() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /** Columns count characters as the user sees them: a character outside the BMP is one. */
    private Mark mark() {
        return new Mark(file, line, text.codePointCount(lineStart, pos) + 1);
    }
}
