package dev.errorcatalog.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The version-2 fields of random valid catalogs: a few declared fields of every type, with and
 * without defaults, and random values set on categories and codes. What a code's accessor must
 * return follows the contract's inheritance: the code, its categories outward, the default.
 */
final class RandomFields {
    /** A declared field; {@code defaultValue} is null when it has none. */
    record Field(String id, String type, List<String> values, String pattern, String defaultValue) {}

    private static final List<String> IDS = List.of("sqlstate", "retryable", "grpc", "retry-after", "owner", "tier",
            "x2-level", "paged");
    private static final List<String> ENUM_VALUES = List.of("A", "B_C", "NOT_FOUND", "INTERNAL", "UNAVAILABLE", "X9");
    private static final List<String> STRINGS = List.of("HY000", "team \"a\" \\ */", "é 合规", "{x}", "line\nbreak",
            "true", "42", " padded ", "@param x", "</b>");

    private final Random random;
    private final List<Field> fields = new ArrayList<>();

    RandomFields(Random random) {
        this.random = random;
    }

    List<Field> fields() {
        return fields;
    }

    /** Declares 1-4 fields into {@code tree} (its {@code fields} key). */
    void declare(Map<String, Object> tree) {
        List<String> ids = new ArrayList<>(IDS);
        Collections.shuffle(ids, random);
        Map<String, Object> node = FuzzYaml.map();
        for (String id : ids.subList(0, 1 + random.nextInt(4))) {
            String type = List.of("string", "int", "boolean", "enum").get(random.nextInt(4));
            List<String> values = List.of();
            String pattern = null;
            Map<String, Object> declaration = FuzzYaml.map();
            declaration.put("type", type);
            if (type.equals("enum")) {
                List<String> pool = new ArrayList<>(ENUM_VALUES);
                Collections.shuffle(pool, random);
                values = List.copyOf(pool.subList(0, 1 + random.nextInt(4)));
                declaration.put("values", new ArrayList<Object>(values));
            } else if (type.equals("string") && random.nextBoolean()) {
                pattern = "[0-9A-Z]{5}";
                declaration.put("pattern", pattern);
            }
            Field field = new Field(id, type, values, pattern, null);
            String defaultValue = random.nextBoolean() ? value(field) : null;
            if (defaultValue != null) {
                declaration.put("default", defaultValue);
            }
            if (random.nextInt(3) == 0) {
                declaration.put("description", STRINGS.get(random.nextInt(STRINGS.size())));
            }
            fields.add(new Field(id, type, values, pattern, defaultValue));
            node.put(id, declaration);
        }
        tree.put("fields", node);
    }

    /** Sets some fields on a category or code node; returns what it set, by field id. */
    Map<String, String> set(Map<String, Object> node) {
        Map<String, String> set = new LinkedHashMap<>();
        for (Field field : fields) {
            if (random.nextInt(3) == 0) {
                String value = value(field);
                node.put(field.id(), value);
                set.put(field.id(), value);
            }
        }
        return set;
    }

    /** A code's expected values: its own, else its categories' (already merged outward), else the defaults. */
    Map<String, String> effective(Map<String, String> own, Map<String, String> fromCategories) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = own.getOrDefault(field.id(), fromCategories.getOrDefault(field.id(), field.defaultValue()));
            if (value != null) {
                values.put(field.id(), value);
            }
        }
        return values;
    }

    private String value(Field field) {
        return switch (field.type()) {
            case "int" -> Integer.toString(List.of(0, -1, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, random.nextInt())
                    .get(random.nextInt(6)));
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            case "enum" -> field.values().get(random.nextInt(field.values().size()));
            default -> field.pattern() != null ? List.of("HY000", "42S02", "0A000").get(random.nextInt(3))
                    : STRINGS.get(random.nextInt(STRINGS.size()));
        };
    }
}
