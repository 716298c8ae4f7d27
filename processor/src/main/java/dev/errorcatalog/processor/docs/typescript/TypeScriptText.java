package dev.errorcatalog.processor.docs.typescript;

import dev.errorcatalog.processor.docs.Json;
import java.util.Locale;

/**
 * The one place catalog text becomes TypeScript source: string literals, property keys, literal
 * types of codes and doc comments. Every text from the catalog goes through here.
 */
public final class TypeScriptText {
    private TypeScriptText() {}

    /**
     * A string literal meaning exactly {@code text}. A JSON string literal is one (ECMAScript 2019
     * made JSON a subset of the language, U+2028 and U+2029 included), and the project's JSON
     * escaper writes every character outside printable ASCII as a unicode escape, so the literal is
     * ASCII and never depends on the file's encoding.
     */
    public static String string(String text) {
        return Json.quote(text);
    }

    /** A property key: the bare word where it is an ASCII identifier, else a string literal. */
    public static String key(String key) {
        return isAsciiIdentifier(key) ? key : string(key);
    }

    /**
     * A code as a property key. Negative codes have no bare form ({@code -1: x} is a syntax error);
     * the quoted {@code "-1"} is the same property as the literal type {@code -1} maps to.
     */
    public static String codeKey(int code) {
        return code < 0 ? string(Integer.toString(code)) : Integer.toString(code);
    }

    /** A code as a literal type or expression: {@code 304001}, {@code -1}. */
    public static String codeLiteral(int code) {
        return Integer.toString(code);
    }

    /**
     * Text inside a one-line {@code /** ... *}{@code /} doc comment, shown as written: {@code *}{@code /}
     * cannot end the comment, {@code @} cannot start a JSDoc tag, line breaks become spaces,
     * control characters are dropped, and bidirectional controls are written as visible escapes so
     * a comment cannot make the code around it read differently than it compiles ("Trojan Source").
     */
    public static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "\\/" : "/");
                case '@' -> out.append("&#64;");
                case '\r', '\n', '\t', '\u2028', '\u2029', '\u0085' -> out.append(' ');
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        continue;
                    }
                    if (isBidiControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isAsciiIdentifier(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
