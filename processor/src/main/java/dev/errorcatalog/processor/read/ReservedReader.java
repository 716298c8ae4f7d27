package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.Retired;
import dev.errorcatalog.processor.model.Successor;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads {@code reserved}: each entry a code ({@code 101107}), a range ({@code 1012xx},
 * {@code {from: 2000, to: 2999}}), or a mapping that also names the retired code and says why
 * ({@code {code: 1146, name: ER_OLD_TABLE, reason: Replaced by 1147}}, {@code {range: 2xxx, reason: ...}}).
 */
final class ReservedReader {
    static final List<String> ENTRY_KEYS = List.of("code", "range", "name", "reason", "replaced-by");
    /** A retired name generates nothing, so it need only be a word: {@code OBSOLETE_ER_X__UNUSED} is fine. */
    static final Pattern RETIRED_NAME = Pattern.compile("[A-Z0-9_]+");

    private final ValueParsers values;
    private final List<Diagnostic> out;

    ReservedReader(ValueParsers values, List<Diagnostic> out) {
        this.values = values;
        this.out = out;
    }

    List<Retired> read(YamlNode.Sequence list) {
        List<Retired> retired = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Mapping mapping && mapping.get("from").isEmpty() && mapping.get("to").isEmpty()) {
                entry(mapping).ifPresent(retired::add);
            } else {
                values.range("reserved", item).ifPresent(range -> retired.add(Retired.of(range, item.mark())));
            }
        }
        return retired;
    }

    private Optional<Retired> entry(YamlNode.Mapping mapping) {
        Fields fields = Fields.of(mapping, "reserved", "the reserved entry", out).orElseThrow();
        fields.allowOnly(ENTRY_KEYS);
        Optional<YamlNode.Scalar> code = fields.optionalScalar("code", "a code");
        Optional<YamlNode> rangeNode = fields.optional("range");
        Optional<CodeRange> range = Optional.empty();
        if (code.isPresent() && rangeNode.isPresent()) {
            out.add(Diagnostic.of(DiagnosticKind.RANGE_FORMAT, rangeNode.get().mark(), "'" + describe(rangeNode.get()) + "'",
                    "cannot stand beside 'code' in one reserved entry; write two entries"));
            return Optional.empty();
        } else if (code.isPresent()) {
            OptionalInt number = values.code(code.get());
            range = number.isPresent() ? Optional.of(CodeRange.single(number.getAsInt())) : Optional.empty();
        } else if (rangeNode.isPresent()) {
            range = values.range("range", rangeNode.get());
        } else if (!hasMisspeltKey(mapping)) {
            out.add(Diagnostic.of(DiagnosticKind.MISSING_KEY, mapping.mark(), "the reserved entry", "code' or 'range",
                    ", e.g. '{code: " + values.exampleCode('1') + ", name: OLD_NAME, reason: Replaced by ...}'"));
        }
        Optional<String> name = fields.optionalScalar("name", "a retired name such as ER_OLD_TABLE")
                .filter(s -> values.matches(s, RETIRED_NAME, DiagnosticKind.RETIRED_NAME,
                        CatalogReader.suggestUpperSnake(s.text())))
                .map(YamlNode.Scalar::text);
        Optional<String> reason = fields.optionalScalar("reason", "a text").map(YamlNode.Scalar::text);
        Optional<Successor> replacedBy = DeprecationReader.successor(fields, out);
        return range.map(r -> new Retired(r, name, reason, mapping.mark(), replacedBy));
    }

    /** A key that is not one of the entry's: its unknown-key error already says what was meant. */
    private static boolean hasMisspeltKey(YamlNode.Mapping mapping) {
        return mapping.entries().stream().anyMatch(e -> !ENTRY_KEYS.contains(e.key().text()));
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar ? scalar.text() : "{...}";
    }
}
