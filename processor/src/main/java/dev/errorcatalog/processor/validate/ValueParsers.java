package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.List;
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
    static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-([A-Z]{2}|[0-9]{3}))?");
    private static final Pattern RANGE_PATTERN = Pattern.compile("([1-9][0-9]*)(x*)");
    private static final Pattern HTTP = Pattern.compile("[1-5][0-9][0-9]");

    private final int digits;
    private final List<Diagnostic> out;

    ValueParsers(int digits, List<Diagnostic> out) {
        this.digits = digits;
        this.out = out;
    }

    OptionalInt code(YamlNode.Scalar scalar) {
        String text = scalar.text();
        if (text.length() == digits && text.matches("[1-9][0-9]*")) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        String hint = "";
        if (text.matches("[0-9]+")) {
            hint = text.startsWith("0") && text.length() > 1 ? " (it starts with 0)" : " (it has " + text.length() + ")";
        }
        out.add(Diagnostic.of(DiagnosticKind.CODE_FORMAT, scalar.mark(), text, digits, hint));
        return OptionalInt.empty();
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
        Matcher matcher = RANGE_PATTERN.matcher(text);
        if (!matcher.matches() || text.length() != digits) {
            String problem = "must be " + digits + " characters: digits (the first not 0) followed by 'x' for any digit, e.g. "
                    + "3".repeat(Math.max(1, digits - 2)) + "xx";
            if (text.length() == digits && text.matches("[0-9]*[xX]+") && text.contains("X")) {
                problem = "must use a lowercase 'x' for any digit";
            }
            out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, scalar.mark(), text, problem));
            return Optional.empty();
        }
        int wildcards = matcher.group(2).length();
        int scale = (int) Math.pow(10, wildcards);
        int first = Integer.parseInt(matcher.group(1)) * scale;
        return Optional.of(new CodeRange(first, first + scale - 1, text));
    }

    private Optional<CodeRange> boundedRange(String key, YamlNode node) {
        Optional<Fields> fields = Fields.of(node, key, "range", out);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        fields.get().allowOnly(List.of("from", "to"));
        OptionalInt from = fields.get().requiredScalar("from", "a code", "1".repeat(digits)).map(this::code).orElse(OptionalInt.empty());
        OptionalInt to = fields.get().requiredScalar("to", "a code", "9".repeat(digits)).map(this::code).orElse(OptionalInt.empty());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        String text = from.getAsInt() + ".." + to.getAsInt();
        if (from.getAsInt() > to.getAsInt()) {
            out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, node.mark(), text, "starts after it ends; swap 'from' and 'to'"));
            return Optional.empty();
        }
        return Optional.of(new CodeRange(from.getAsInt(), to.getAsInt(), text));
    }

    OptionalInt httpStatus(YamlNode.Scalar scalar) {
        if (HTTP.matcher(scalar.text()).matches()) {
            return OptionalInt.of(Integer.parseInt(scalar.text()));
        }
        out.add(Diagnostic.of(DiagnosticKind.HTTP_STATUS, scalar.mark(), scalar.text()));
        return OptionalInt.empty();
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
