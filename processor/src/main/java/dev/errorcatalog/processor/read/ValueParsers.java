package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.GrpcCodes;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the scalar values of a catalog from their text, as YAML 1.2 would leave them: a code is
 * digits, never an octal or sexagesimal number; booleans are only {@code true}/{@code false}.
 */
final class ValueParsers {
    static final Pattern CATALOG_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    static final Pattern CATEGORY_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern CODE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern RANGE_PATTERN = Pattern.compile("([1-9][0-9]*)(x*)");
    private static final Pattern ANY_CODE = Pattern.compile("-?(0|[1-9][0-9]{0,9})");
    private static final Pattern HTTP = Pattern.compile("[1-5][0-9][0-9]");
    // compiled once: codeProblem runs for every code of the catalog
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]*");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** The catalog's {@code digits}, or {@link Catalog#ANY_DIGITS}. */
    private final int digits;
    private final List<Diagnostic> out;

    ValueParsers(int digits, List<Diagnostic> out) {
        this.digits = digits;
        this.out = out;
    }

    OptionalInt code(YamlNode.Scalar scalar) {
        Optional<String> problem = codeProblem(scalar.text());
        if (problem.isEmpty()) {
            return OptionalInt.of(Integer.parseInt(scalar.text()));
        }
        out.add(Diagnostic.of(DiagnosticKind.CODE_FORMAT, scalar.mark(), scalar.text(), problem.get()));
        return OptionalInt.empty();
    }

    /** What is wrong with {@code text} as a code (how it must be written), or empty if it is one. */
    Optional<String> codeProblem(String text) {
        if (digits == Catalog.ANY_DIGITS) {
            if (ANY_CODE.matcher(text).matches() && !text.equals("-0")) {
                long value = Long.parseLong(text);
                if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                    return Optional.empty();
                }
                return Optional.of("does not fit a Java int: a code lies from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
            }
            return Optional.of("must be a whole number in plain decimal, such as -1, 0 or 40001 (no '+', no leading zero)");
        }
        if (text.length() == digits && POSITIVE.matcher(text).matches()) {
            return Optional.empty();
        }
        String hint = "";
        if (NEGATIVE.matcher(text).matches()) {
            hint = " (negative codes need 'digits: any')";
        } else if (DIGITS.matcher(text).matches()) {
            hint = text.startsWith("0") && text.length() > 1 ? " (it starts with 0)" : " (it has " + text.length() + ")";
        }
        return Optional.of("must be a number of exactly " + digits + " digits without a leading zero" + hint);
    }

    /** An example code for messages: {@code 304001} for six digits, {@code 42} for any. */
    String exampleCode(char digit) {
        return digits == Catalog.ANY_DIGITS ? "42" : String.valueOf(digit).repeat(digits);
    }

    /** {@code 3049xx}, a single code, or {@code {from: 304900, to: 304999}}. */
    Optional<CodeRange> range(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return patternRange(scalar);
        }
        if (node instanceof YamlNode.Mapping) {
            return boundedRange(key, node);
        }
        out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), key,
                "a pattern such as 3049xx or a mapping {from: ..., to: ...}", node.describe()));
        return Optional.empty();
    }

    private Optional<CodeRange> patternRange(YamlNode.Scalar scalar) {
        String text = scalar.text();
        if (digits == Catalog.ANY_DIGITS && codeProblem(text).isEmpty()) {
            return Optional.of(CodeRange.single(Integer.parseInt(text)));
        }
        Matcher matcher = RANGE_PATTERN.matcher(text);
        // with 'digits: any' a pattern fixes its own width: 4xxxx is 40000..49999
        boolean width = digits == Catalog.ANY_DIGITS || text.length() == digits;
        if (!matcher.matches() || !width) {
            out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, scalar.mark(), "'" + text + "'", patternProblem(text)));
            return Optional.empty();
        }
        int wildcards = matcher.group(2).length();
        boolean fits = text.length() <= 10;
        long scale = 1;
        for (int i = 0; fits && i < wildcards; i++) {
            scale *= 10;
        }
        long first = fits ? Long.parseLong(matcher.group(1)) * scale : 0;
        if (!fits || first + scale - 1 > Integer.MAX_VALUE) {
            out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, scalar.mark(), "'" + text + "'",
                    "does not fit a Java int: a code lies from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
            return Optional.empty();
        }
        return Optional.of(new CodeRange((int) first, (int) (first + scale - 1), text));
    }

    private String patternProblem(String text) {
        if (text.matches("[0-9]*[xX]+") && text.contains("X") && (digits == Catalog.ANY_DIGITS || text.length() == digits)) {
            return "must use a lowercase 'x' for any digit";
        }
        if (digits == Catalog.ANY_DIGITS) {
            return text.startsWith("-")
                    ? "is negative: a pattern covers positive codes; write a negative range as {from: -99, to: -1}"
                    : "must be digits (the first not 0) followed by 'x' for any digit, such as 4xxxx, or a single code";
        }
        return "must be " + digits + " characters: digits (the first not 0) followed by 'x' for any digit, e.g. "
                + "3".repeat(Math.max(1, digits - 2)) + "xx";
    }

    private Optional<CodeRange> boundedRange(String key, YamlNode node) {
        Optional<Fields> fields = Fields.of(node, key, "range", out);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        fields.get().allowOnly(List.of("from", "to"));
        OptionalInt from = fields.get().requiredScalar("from", "a code", exampleCode('1')).map(s -> bound("from", s))
                .orElse(OptionalInt.empty());
        OptionalInt to = fields.get().requiredScalar("to", "a code", exampleCode('9')).map(s -> bound("to", s))
                .orElse(OptionalInt.empty());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        String text = from.getAsInt() + ".." + to.getAsInt();
        if (from.getAsInt() > to.getAsInt()) {
            out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, node.mark(), "'" + text + "'", "starts after it ends; swap 'from' and 'to'"));
            return Optional.empty();
        }
        return Optional.of(new CodeRange(from.getAsInt(), to.getAsInt(), text));
    }

    /** A range's bound is a code, but a bad one is a problem of the range: {@code from: 0}. */
    private OptionalInt bound(String key, YamlNode.Scalar scalar) {
        Optional<String> problem = codeProblem(scalar.text());
        if (problem.isEmpty()) {
            return OptionalInt.of(Integer.parseInt(scalar.text()));
        }
        out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, scalar.mark(), "bound '" + key + ": " + scalar.text() + "'", problem.get()));
        return OptionalInt.empty();
    }

    OptionalInt httpStatus(YamlNode.Scalar scalar) {
        if (HTTP.matcher(scalar.text()).matches()) {
            return OptionalInt.of(Integer.parseInt(scalar.text()));
        }
        out.add(Diagnostic.of(DiagnosticKind.HTTP_STATUS, scalar.mark(), scalar.text()));
        return OptionalInt.empty();
    }

    /** A {@code grpc-code}: a canonical gRPC status name other than {@code OK}; anything else is reported. */
    Optional<String> grpcCode(YamlNode.Scalar scalar) {
        if (GrpcCodes.NAMES.contains(scalar.text())) {
            return Optional.of(scalar.text());
        }
        String upper = scalar.text().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String hint = GrpcCodes.NAMES.contains(upper) ? Suggestions.hint(upper) : Suggestions.didYouMean(scalar.text(), GrpcCodes.NAMES);
        out.add(Diagnostic.of(DiagnosticKind.GRPC_CODE, scalar.mark(), scalar.text(), hint));
        return Optional.empty();
    }

    /** A flag such as {@code frozen}: true or false (as YAML 1.2 writes them); anything else is reported and counts as false. */
    boolean frozen(YamlNode.Scalar scalar) {
        switch (scalar.text()) {
            case "true", "True", "TRUE":
                return true;
            case "false", "False", "FALSE":
                return false;
            default:
                out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, scalar.mark(), "frozen", "true or false", "'" + scalar.text() + "'"));
                return false;
        }
    }

    /** {@code true} → deprecated without reason; {@code false} → current; any other text → the reason. */
    static Optional<String> deprecation(YamlNode.Scalar scalar) {
        String text = scalar.text();
        if (scalar.plain() && (text.equals("true") || text.equals("True") || text.equals("TRUE"))) {
            return Optional.of("");
        }
        if (scalar.plain() && (text.equals("false") || text.equals("False") || text.equals("FALSE"))) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Checks a name against its pattern; reports {@code kind} with an example if it does not match. */
    boolean matches(YamlNode.Scalar scalar, Pattern pattern, DiagnosticKind kind, String example) {
        if (pattern.matcher(scalar.text()).matches()) {
            return true;
        }
        out.add(Diagnostic.of(kind, scalar.mark(), scalar.text(), example));
        return false;
    }
}
