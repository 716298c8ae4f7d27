package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

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

    /** The class-file limit on one string constant is 65,535 bytes of modified UTF-8; stay well below. */
    static final int MAX_CONSTANT_BYTES = 60_000;

    /**
     * A Java expression for {@code text} where a constant is not needed (titles, messages): the
     * literal, or, for a text too long for one class-file constant ("constant string too long"),
     * {@code String.join("", ...)} over literals of at most {@value #MAX_CONSTANT_BYTES} bytes each.
     * Not a constant expression, so javac does not fold the parts back into one constant.
     */
    static CodeBlock text(String text) {
        if (fitsOneConstant(text)) {
            return CodeBlock.of("$L", string(text));
        }
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int size = constantBytes(c);
            if (bytes + size > MAX_CONSTANT_BYTES && !Character.isLowSurrogate(c)) {
                parts.add(CodeBlock.of("$L", string(text.substring(start, i))));
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        if (parts.isEmpty()) {
            return CodeBlock.of("$L", string(text));
        }
        parts.add(CodeBlock.of("$L", string(text.substring(start))));
        return CodeBlock.of("$T.join($S, $L)", String.class, "", CodeBlock.join(parts, ", "));
    }

    /** Whether {@code text} fits one class-file string constant with room to spare (see {@link #MAX_CONSTANT_BYTES}). */
    static boolean fitsOneConstant(String text) {
        if (text.length() * 3L <= MAX_CONSTANT_BYTES) {
            return true;
        }
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += constantBytes(text.charAt(i));
        }
        return bytes <= MAX_CONSTANT_BYTES;
    }

    /** The bytes of one UTF-16 unit in a class file's modified UTF-8 (NUL takes two). */
    private static int constantBytes(char c) {
        return c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }

    /**
     * The literal token: ASCII only, named escapes for the characters javac would misread after
     * unicode decoding (a {@code \}{@code u000a} in a literal is a line end to javac, a
     * {@code \}{@code u0022} a closing quote), and a unicode escape for every other character outside
     * printable ASCII (javac decodes the escape of U+2028 inside a literal to U+2028, which is not a
     * Java line terminator). The generated sources' one owner of string escaping; fuzzed by
     * StringSurvivalTest.
     */
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
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
