package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.FieldValue;
import dev.errorcatalog.processor.model.LocalizedText;
import dev.errorcatalog.processor.model.Retired;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable descriptor of a catalog: the catalog itself, normalised, in JSON. It uses
 * the catalog's own keys (every code with its effective HTTP status, every range as from/to), so
 * it is a valid catalog too: the processor and the command line read it back like a YAML file
 * (JSON is YAML 1.2), and the catalog's JSON Schema validates it.
 */
public final class DescriptorWriter {
    private DescriptorWriter() {}

    public static String json(Catalog catalog) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("catalog", catalog.name());
        root.put("digits", catalog.anyDigits() ? (Object) "any" : catalog.digits());
        root.put("locales", catalog.locales());
        root.put("http", catalog.defaultHttpStatus());
        catalog.domain().ifPresent(domain -> root.put("domain", domain.host()));
        catalog.help().ifPresent(help -> root.put("help", help));
        if (!catalog.reserved().isEmpty()) {
            root.put("reserved", catalog.retired().stream().map(DescriptorWriter::retired).toList());
        }
        if (!catalog.imports().isEmpty()) {
            root.put("imports", catalog.imports().stream().map(i -> i.path()).toList());
        }
        if (!catalog.fields().isEmpty()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            catalog.fields().forEach(field -> fields.put(field.id(), field(field)));
            root.put("fields", fields);
        }
        root.put("categories", catalog.categories().stream().map(c -> category(catalog, c)).toList());
        return Json.write(root);
    }

    private static Object retired(Retired retired) {
        if (!retired.described()) {
            return range(retired.range());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(retired.range().size() == 1 ? "code" : "range", range(retired.range()));
        retired.name().ifPresent(name -> map.put("name", name));
        retired.reason().ifPresent(reason -> map.put("reason", reason));
        retired.replacedBy().ifPresent(successor -> map.put("replaced-by", successor.name()));
        return map;
    }

    private static Map<String, Object> field(FieldDefinition field) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", field.type().word());
        field.pattern().ifPresent(pattern -> map.put("pattern", pattern));
        if (!field.values().isEmpty()) {
            map.put("values", field.values());
        }
        field.defaultValue().ifPresent(value -> map.put("default", typed(field, value)));
        field.description().ifPresent(description -> map.put("description", description));
        return map;
    }

    /** Field values as JSON types: an int field's value is a number, a boolean field's a boolean. */
    private static void putFields(Catalog catalog, Map<String, FieldValue> values, Map<String, Object> map) {
        for (FieldDefinition field : catalog.fields()) {
            FieldValue value = values.get(field.id());
            if (value != null) {
                map.put(field.id(), typed(field, value.text()));
            }
        }
    }

    private static Object typed(FieldDefinition field, String text) {
        return switch (field.type()) {
            case INT -> Integer.parseInt(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case STRING, ENUM -> text;
        };
    }

    private static Map<String, Object> category(Catalog catalog, Category category) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", category.id());
        map.put("title", texts(category.title()));
        map.put("range", range(category.range()));
        category.description().ifPresent(d -> map.put("description", d));
        if (category.frozen()) {
            map.put("frozen", true);
        }
        category.help().ifPresent(help -> map.put("help", help));
        putFields(catalog, category.fields(), map);
        List<Object> codes = new ArrayList<>();
        for (ErrorCode code : category.codes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", code.code());
            entry.put("name", code.name());
            if (!code.aliases().isEmpty()) {
                entry.put("aliases", code.aliases().stream().map(ErrorCode.Alias::name).toList());
            }
            entry.put("message", texts(code.message()));
            entry.put("http", code.httpStatus());
            entry.put("grpc-code", code.grpcCode());
            code.description().ifPresent(d -> entry.put("description", d));
            code.explanation().ifPresent(explanation -> entry.put("explanation", texts(explanation)));
            // the effective link, templates filled in: a reader of the descriptor needs no inheritance
            code.help().ifPresent(help -> entry.put("help", help));
            code.deprecation().ifPresent(reason -> entry.put("deprecated", deprecation(code, reason)));
            putFields(catalog, code.fields(), entry);
            codes.add(entry);
        }
        map.put("codes", codes);
        return map;
    }

    /** {@code true} or the reason, as version 2 wrote it; the mapping only when there is a version or a successor. */
    private static Object deprecation(ErrorCode code, String reason) {
        if (code.deprecatedSince().isEmpty() && code.replacedBy().isEmpty()) {
            return reason.isEmpty() ? (Object) Boolean.TRUE : reason;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        code.deprecatedSince().ifPresent(since -> map.put("since", since));
        if (!reason.isEmpty()) {
            map.put("reason", reason);
        }
        code.replacedBy().ifPresent(successor -> map.put("replaced-by", successor.name()));
        return map;
    }

    private static Object range(CodeRange range) {
        if (range.size() == 1) {
            return range.first();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("from", range.first());
        map.put("to", range.last());
        return map;
    }

    private static Map<String, Object> texts(LocalizedText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        text.translations().forEach(t -> map.put(t.locale(), t.text()));
        return map;
    }
}
