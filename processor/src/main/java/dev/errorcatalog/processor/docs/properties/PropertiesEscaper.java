package dev.errorcatalog.processor.docs.properties;

/**
 * Escaping for the properties files the project writes (UTF-8, read back by {@code properties.PropertiesReader}
 * and by {@link java.util.Properties}): the one owner of that output language's escapes.
 */
public final class PropertiesEscaper {
    private PropertiesEscaper() {}

    /**
     * A value: backslash, line breaks, tab and form feed escaped, and a leading blank kept with
     * {@code \ } (a reader skips blanks before a value). Other characters stay as they are, UTF-8.
     */
    public static String value(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of a comment line: line breaks shown as {@code \n}, so the comment stays one line. */
    public static String comment(String text) {
        return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }
}
