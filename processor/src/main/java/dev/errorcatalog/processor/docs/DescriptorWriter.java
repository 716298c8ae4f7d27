package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.CodeRange;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
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
        root.put("digits", catalog.digits());
        root.put("locales", catalog.locales());
        root.put("http", catalog.defaultHttpStatus());
        if (!catalog.reserved().isEmpty()) {
            root.put("reserved", catalog.reserved().stream().map(DescriptorWriter::range).toList());
        }
        if (!catalog.imports().isEmpty()) {
            root.put("imports", catalog.imports().stream().map(i -> i.path()).toList());
        }
        root.put("categories", catalog.categories().stream().map(DescriptorWriter::category).toList());
        return Json.write(root);
    }

    private static Map<String, Object> category(Category category) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", category.id());
        map.put("title", texts(category.title()));
        map.put("range", range(category.range()));
        category.description().ifPresent(d -> map.put("description", d));
        List<Object> codes = new ArrayList<>();
        for (ErrorCode code : category.codes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", code.code());
            entry.put("name", code.name());
            entry.put("message", texts(code.message()));
            entry.put("http", code.httpStatus());
            code.description().ifPresent(d -> entry.put("description", d));
            code.deprecation().ifPresent(reason -> entry.put("deprecated", reason.isEmpty() ? (Object) Boolean.TRUE : reason));
            codes.add(entry);
        }
        map.put("codes", codes);
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
