package dev.errorcatalog.processor.generate;

/**
 * Java string literals that survive any text. JavaPoet's {@code $S} splits a literal at U+2028 and
 * U+2029 (it treats them as line ends) and leaves other non-ASCII characters raw, which then
 * depend on the compiler's {@code -encoding}. This writes every character outside printable ASCII
 * as a {@code \}{@code uXXXX} escape and the few characters javac would misread after unicode
 * decoding ({@code \n}, {@code \r}, quote, backslash) as ordinary escapes, so the generated
 * sources are pure ASCII and the literal always means the original text.
 */
final class Literals {
    private Literals() {}

    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
