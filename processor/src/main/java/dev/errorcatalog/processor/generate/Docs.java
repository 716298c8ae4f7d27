package dev.errorcatalog.processor.generate;

/**
 * Text from the catalog made safe for Javadoc. JavaPoet writes Javadoc unchanged, so a message
 * holding {@code *}{@code /} would end the comment, {@code \}{@code u002a/} too (javac decodes
 * unicode escapes before it reads comments), and {@code @param} or HTML would be read as markup.
 */
final class Docs {
    private Docs() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
