package dev.errorcatalog.processor.generate;

import java.util.Locale;

/**
 * Text from the catalog made safe for Javadoc. JavaPoet writes Javadoc unchanged, so a message
 * holding {@code *}{@code /} would end the comment, {@code \}{@code u002a/} too (javac decodes
 * unicode escapes before it reads comments), and {@code @param} or HTML would be read as markup.
 * Characters outside ASCII become numeric entities: the generated sources are pure ASCII, so their
 * bytes never depend on the compiler's {@code -encoding} or the platform charset.
 */
public final class Docs {
    private Docs() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\n' -> out.append('\n');
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(' ');
                    } else if (c > 0x7f) {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    } else {
                        out.append((char) c);
                    }
                }
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
