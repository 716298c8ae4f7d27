package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.FieldDefinition.FieldType;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.FieldValue;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code fields} (the per-code attributes a catalog declares) and the values codes and
 * categories give them. A value is checked against its field's type where it is written, so
 * the error points at it: a misspelt enum value gets a "did you mean".
 */
final class FieldReader {
    static final List<String> DECLARATION_KEYS = List.of("type", "pattern", "values", "default", "description");
    /**
     * The most fields a catalog may declare: each is one more parameter of the generated per-code
     * setter (a Java method has at most 255) and one more array of every category enum.
     */
    static final int MAX_FIELDS = 64;

    private final Set<String> builtInKeys;
    private final List<Diagnostic> out;
    private final Map<String, FieldDefinition> declared = new LinkedHashMap<>();
    /** Each field's pattern, compiled once for all the codes that set the field. */
    private final Map<String, Pattern> patterns = new HashMap<>();
    /** Every well-formed id declared, also of fields whose declaration is broken: their keys are not "unknown". */
    private final Set<String> ids = new LinkedHashSet<>();

    /** @param builtInKeys the keys codes and categories have of their own, which no field may take */
    FieldReader(Set<String> builtInKeys, List<Diagnostic> out) {
        this.builtInKeys = builtInKeys;
        this.out = out;
    }

    List<FieldDefinition> definitions() {
        return List.copyOf(declared.values());
    }

    /** The ids of the declared fields: codes and categories may use them as keys. */
    List<String> ids() {
        return List.copyOf(ids);
    }

    void readDeclarations(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), "fields",
                    "a mapping from field id to its declaration, such as {retryable: {type: boolean}}", node.describe()));
            return;
        }
        if (mapping.entries().size() > MAX_FIELDS) {
            out.add(Diagnostic.of(DiagnosticKind.TOO_MANY_FIELDS, mapping.mark(), mapping.entries().size(), MAX_FIELDS));
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            String id = entry.key().text();
            if (!ValueParsers.CATEGORY_ID.matcher(id).matches()) {
                out.add(Diagnostic.of(DiagnosticKind.FIELD_ID, entry.key().mark(), id,
                        "must be lower-kebab-case (a-z, 0-9 and single '-' between words), e.g. "
                                + CatalogReader.suggestKebab(id)));
            } else if (builtInKeys.contains(id)) {
                out.add(Diagnostic.of(DiagnosticKind.FIELD_ID, entry.key().mark(), id,
                        "is a key codes or categories already have; choose another id"));
            } else {
                ids.add(id);
                declaration(id, entry.value()).ifPresent(field -> declared.put(id, field));
            }
        }
    }

    private Optional<FieldDefinition> declaration(String id, YamlNode node) {
        Optional<Fields> maybe = Fields.of(node, id, "field '" + id + "'", out);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = maybe.get();
        fields.allowOnly(DECLARATION_KEYS);
        Optional<YamlNode.Scalar> typeScalar = fields.requiredScalar("type", "one of string, int, boolean, enum", "string");
        Optional<FieldType> type = typeScalar.flatMap(s -> type(id, s));
        Optional<String> pattern = fields.optionalScalar("pattern", "a regular expression").flatMap(s -> pattern(id, s, type));
        List<String> values = new ArrayList<>();
        Optional<YamlNode.Sequence> valueList = fields.optionalList("values", "a list of UPPER_SNAKE_CASE values");
        if (valueList.isPresent() && type.isPresent() && type.get() != FieldType.ENUM) {
            out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, valueList.get().mark(), id,
                    "has 'values', which only an enum field has; write 'type: enum'"));
        } else if (type.equals(Optional.of(FieldType.ENUM))) {
            fields.required("values", "[INVALID_ARGUMENT, NOT_FOUND]")
                    .flatMap(v -> Fields.list("values", v, "a list of UPPER_SNAKE_CASE values", out))
                    .ifPresent(list -> values.addAll(enumValues(id, list)));
        }
        Optional<String> description = fields.optionalScalar("description", "a text").map(YamlNode.Scalar::text);
        if (type.isEmpty() || (type.get() == FieldType.ENUM && values.isEmpty())) {
            return Optional.empty();
        }
        FieldDefinition field = new FieldDefinition(id, type.get(), pattern, values, Optional.empty(), description, fields.mark());
        Optional<String> defaultValue = fields.optional("default").flatMap(v -> value(field, v)).map(FieldValue::text);
        return Optional.of(new FieldDefinition(id, type.get(), pattern, values, defaultValue, description, fields.mark()));
    }

    private Optional<FieldType> type(String id, YamlNode.Scalar scalar) {
        Optional<FieldType> type = FieldType.of(scalar.text());
        if (type.isEmpty()) {
            List<String> words = Arrays.stream(FieldType.values()).map(FieldType::word).toList();
            // 'bool' for 'boolean', 'integer' for 'int': a prefix either way is as telling as a typo
            Optional<String> prefixed = words.stream()
                    .filter(w -> !scalar.text().isEmpty() && (w.startsWith(scalar.text()) || scalar.text().startsWith(w)))
                    .findFirst();
            String hint = prefixed.or(() -> Suggestions.closest(scalar.text(), words))
                    .map(Suggestions::hint)
                    .orElse("; a type is one of " + String.join(", ", words));
            out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, scalar.mark(), id, "has the unknown type '" + scalar.text()
                    + "'" + hint));
        }
        return type;
    }

    private Optional<String> pattern(String id, YamlNode.Scalar scalar, Optional<FieldType> type) {
        if (type.isPresent() && type.get() != FieldType.STRING) {
            out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, scalar.mark(), id,
                    "has a 'pattern', which only a string field has"));
            return Optional.empty();
        }
        try {
            Pattern.compile(scalar.text());
            return Optional.of(scalar.text());
        } catch (PatternSyntaxException e) {
            out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, scalar.mark(), id,
                    "has a pattern that is not a Java regular expression: " + e.getDescription() + " near index " + e.getIndex()));
            return Optional.empty();
        }
    }

    private List<String> enumValues(String id, YamlNode.Sequence list) {
        Set<String> values = new LinkedHashSet<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
                out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, item.mark(), "values", "a list of UPPER_SNAKE_CASE values",
                        "a list holding " + item.describe()));
            } else if (!ValueParsers.CODE_NAME.matcher(scalar.text()).matches()) {
                out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, scalar.mark(), id, "has the value '" + scalar.text()
                        + "', which is not UPPER_SNAKE_CASE (it becomes an enum constant), e.g. "
                        + CatalogReader.suggestUpperSnake(scalar.text())));
            } else if (!values.add(scalar.text())) {
                out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, scalar.mark(), id,
                        "lists the value '" + scalar.text() + "' twice"));
            }
        }
        if (list.items().isEmpty()) {
            out.add(Diagnostic.of(DiagnosticKind.FIELD_DECLARATION, list.mark(), id, "needs at least one value"));
        }
        return List.copyOf(values);
    }

    private Pattern compiled(String pattern) {
        return patterns.computeIfAbsent(pattern, Pattern::compile);
    }

    /** The values a code or category sets, by field id; each one checked against its field. */
    Map<String, FieldValue> readValues(YamlNode node) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        if (node instanceof YamlNode.Mapping mapping) {
            for (FieldDefinition field : declared.values()) {
                mapping.get(field.id())
                        .filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()))
                        .flatMap(v -> value(field, v))
                        .ifPresent(v -> values.put(field.id(), v));
            }
        }
        return values;
    }

    /** The value, normalised ({@code TRUE} → {@code true}), or a diagnostic saying what the field takes. */
    private Optional<FieldValue> value(FieldDefinition field, YamlNode node) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            String article = field.type() == FieldType.STRING ? "a " : field.type() == FieldType.BOOLEAN ? "a " : "an ";
            out.add(Diagnostic.of(DiagnosticKind.WRONG_TYPE, node.mark(), field.id(), article + field.type().word() + " value",
                    node.describe()));
            return Optional.empty();
        }
        String text = scalar.text();
        Optional<String> problem = switch (field.type()) {
            case STRING -> field.pattern().filter(p -> !compiled(p).matcher(text).matches())
                    .map(p -> "does not match its pattern " + p + upperCaseHint(text, p));
            case INT -> new ValueParsers(0, out).codeProblem(text).map(p -> "must be a whole number (a Java int), such as 3 or -1");
            case BOOLEAN -> booleanOf(text).isPresent() ? Optional.empty()
                    : Optional.of("must be true or false" + suggestion(text, List.of("true", "false"), ""));
            case ENUM -> field.values().contains(text) ? Optional.empty()
                    : Optional.of("is not one of its values " + String.join(", ", field.values())
                            + suggestion(text, field.values(), ""));
        };
        if (problem.isPresent()) {
            out.add(Diagnostic.of(DiagnosticKind.FIELD_VALUE, scalar.mark(), text, field.id(), problem.get()));
            return Optional.empty();
        }
        return Optional.of(new FieldValue(field.type() == FieldType.BOOLEAN ? booleanOf(text).orElseThrow() : text, scalar.mark()));
    }

    private static Optional<String> booleanOf(String text) {
        return switch (text) {
            case "true", "True", "TRUE" -> Optional.of("true");
            case "false", "False", "FALSE" -> Optional.of("false");
            default -> Optional.empty();
        };
    }

    private static String upperCaseHint(String text, String pattern) {
        String upper = text.toUpperCase(Locale.ROOT);
        return !upper.equals(text) && Pattern.compile(pattern).matcher(upper).matches() ? Suggestions.hint(upper) : "";
    }

    private static String suggestion(String text, List<String> candidates, String otherwise) {
        return Suggestions.closest(text, candidates).map(Suggestions::hint).orElse(otherwise);
    }
}
