package dev.errorcatalog.processor.docs.html;

/**
 * The one place catalog text becomes HTML: element text and attribute values. Markup characters
 * become entities; everything else is written as it is (the page is UTF-8), except two characters
 * the HTML parser would change: a carriage return (the parser turns a raw one into a line feed)
 * is written as a character reference, which keeps it, and U+0000, which HTML cannot carry at all
 * (the parser drops it or makes it U+FFFD), is written as U+FFFD.
 */
public final class Html {
    private Html() {}

    /** {@code text} as the content of an element: shown exactly as written. */
    public static String text(String text) {
        return escape(text, false);
    }

    /** {@code text} as a double-quoted attribute value. */
    public static String attribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\r' -> out.append("&#13;");
                case '\u0000' -> out.append('\ufffd');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
