package dev.errorcatalog.processor.yaml;

/**
 * The character level of {@link CommonYamlReader}: which characters send a file to the parser,
 * which characters may start a plain scalar, and quoted scalars on one line with
 * their escapes. Every method answers null or false where the parser must decide.
 */
final class CommonScalars {
    private CommonScalars() {}

    /** A quoted scalar's content and the index just after its closing quote. */
    record Quoted(String value, int end) {}

    /**
     * Whether every character of {@code text} is one the common reader reads: false for tabs,
     * control characters, a lone CR, U+2028, U+2029, U+FEFF and unpaired surrogates, which it leaves
     * to the parser. One pass, nothing allocated: a 16 MiB file of blank lines must read in a small
     * heap, so lines are found as they are read, never listed.
     */
    static boolean common(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= length || text.charAt(i + 1) != '\n') {
                    return false;
                }
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) {
                return false;
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /**
     * Whether a plain scalar may start at {@code i}. Stricter than YAML: whatever could be an
     * indicator ({@code ? : & * ! | > % @ `}, flow brackets, a comment) is left to the parser; a
     * {@code -} only before a non-space ({@code -1}).
     */
    static boolean plainStart(String text, int i, int end, boolean flow) {
        char c = text.charAt(i);
        if (c == '-') {
            char next = i + 1 < end ? text.charAt(i + 1) : ' ';
            return next != ' ' && !(flow && (next == ',' || next == ']' || next == '}'));
        }
        return "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    /** A single-quoted scalar starting at {@code start}, or null if it does not end on its line. */
    static Quoted singleQuoted(String text, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < end && text.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                } else {
                    return new Quoted(out.toString(), i + 1);
                }
            } else {
                out.append(c);
            }
        }
        return null;
    }

    /**
     * A double-quoted scalar starting at {@code start}, or null if it does not end on its line or
     * holds an escape left to the parser ({@code \\L}, {@code \\P}, a surrogate, a line break).
     */
    static Quoted doubleQuoted(String text, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return new Quoted(out.toString(), i + 1);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= end) {
                return null;
            }
            char escape = text.charAt(++i);
            switch (escape) {
                case '0' -> out.append('\0');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'v' -> out.append('\u000b');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001b');
                case ' ', '"', '/', '\\' -> out.append(escape);
                case 'N' -> out.append('\u0085');
                case '_' -> out.append('\u00a0');
                case 'x', 'u', 'U' -> {
                    int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                    if (i + digits >= end) {
                        return null;
                    }
                    int codePoint = 0;
                    for (int k = 1; k <= digits; k++) {
                        int digit = Character.digit(text.charAt(i + k), 16);
                        if (digit < 0 || text.charAt(i + k) > 0x7f) {
                            return null;
                        }
                        codePoint = codePoint * 16 + digit;
                    }
                    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT
                            || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                        return null;
                    }
                    out.appendCodePoint(codePoint);
                    i += digits;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }
}
