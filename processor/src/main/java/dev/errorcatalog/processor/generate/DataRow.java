package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.errorcatalog.processor.model.ErrorCode;
import java.util.List;

/**
 * The literal parts of one row of a category's data table ({@code set(0, 304001, 422, false,
 * "No session found", ...)}), written as Java source in as few pieces as possible. Every string
 * goes through {@link Literals}, the one owner of Java string escaping; numbers and booleans are
 * written as Java prints them, which is their literal form ({@code Integer.MIN_VALUE} included:
 * {@code -2147483648} is a valid literal once negated, and javac folds it).
 */
final class DataRow {
    private DataRow() {}

    /** {@code ordinal, code, httpStatus, deprecated, message}: the row up to the message, inclusive. */
    static CodeBlock head(int ordinal, ErrorCode code, String message) {
        StringBuilder scalars = new StringBuilder(32)
                .append(ordinal).append(", ")
                .append(code.code()).append(", ")
                .append(code.httpStatus()).append(", ")
                .append(code.deprecated()).append(", ");
        if (Literals.fitsOneConstant(message)) {
            return CodeBlock.of("$L", scalars.append(Literals.string(message)));
        }
        return CodeBlock.of("$L$L", scalars, Literals.text(message));
    }

    /** String literals separated by commas: the inside of an array initialiser. */
    static String strings(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(Literals.string(value));
        }
        return out.toString();
    }
}
