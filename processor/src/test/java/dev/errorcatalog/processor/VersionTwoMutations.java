package dev.errorcatalog.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations aimed at the version-2 keys, for {@link CatalogMutator}: {@code digits: any} switched
 * on or off, negative and extreme codes, aliases that repeat names, broken field declarations and
 * values, named reserved entries that take a live name, odd {@code frozen} values.
 */
final class VersionTwoMutations {
    private static final List<String> ODD = List.of("any", "-1", "0", "-0", "+5", "2147483648", "-2147483648",
            "2147483647", "yes", "TRUE", "NOT_FOUND", "not-found", "int", "enum", "[0-9", "", "x".repeat(120));

    private final Random random;
    private final List<String> log;

    VersionTwoMutations(Random random, List<String> log) {
        this.random = random;
        this.log = log;
    }

    @SuppressWarnings("unchecked")
    void mutate(Object root) {
        if (!(root instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> catalog = (Map<String, Object>) root;
        List<Map<String, Object>> codes = new ArrayList<>();
        List<Map<String, Object>> categories = new ArrayList<>();
        collect(catalog, codes, categories);
        switch (random.nextInt(7)) {
            case 0 -> {
                Object digits = random.nextBoolean() ? "any" : odd();
                log.add("digits = " + digits);
                catalog.put("digits", digits);
            }
            case 1 -> {
                if (!codes.isEmpty()) {
                    Map<String, Object> code = pick(codes);
                    Object changed = random.nextBoolean() ? "-" + code.get("code") : odd();
                    log.add("code " + code.get("code") + " -> " + changed);
                    code.put("code", changed);
                }
            }
            case 2 -> {
                if (!codes.isEmpty()) {
                    Map<String, Object> code = pick(codes);
                    List<Object> aliases = new ArrayList<>();
                    aliases.add(random.nextBoolean() ? String.valueOf(pick(codes).get("name")) : odd());
                    if (random.nextBoolean()) {
                        aliases.add(String.valueOf(code.get("name")));
                    }
                    log.add("aliases of " + code.get("code") + " = " + aliases);
                    code.put("aliases", random.nextInt(5) == 0 ? odd() : aliases);
                }
            }
            case 3 -> {
                Map<String, Object> fields = catalog.get("fields") instanceof Map<?, ?> m ? (Map<String, Object>) m : FuzzYaml.map();
                Map<String, Object> declaration = FuzzYaml.map();
                declaration.put(random.nextBoolean() ? "type" : "tpye", odd());
                if (random.nextBoolean()) {
                    declaration.put(List.of("values", "pattern", "default").get(random.nextInt(3)),
                            random.nextBoolean() ? odd() : new ArrayList<Object>(List.of(odd(), odd())));
                }
                String id = random.nextBoolean() ? odd() : "f" + random.nextInt(3);
                log.add("declare field " + id + " = " + declaration);
                fields.put(id.isEmpty() ? "f" : id, declaration);
                catalog.put("fields", fields);
            }
            case 4 -> {
                List<Map<String, Object>> targets = random.nextBoolean() || categories.isEmpty() ? codes : categories;
                if (!targets.isEmpty()) {
                    String key = catalog.get("fields") instanceof Map<?, ?> m && !m.isEmpty() && random.nextBoolean()
                            ? String.valueOf(new ArrayList<>(m.keySet()).get(random.nextInt(m.size()))) : "grpc";
                    Object value = random.nextInt(4) == 0 ? new ArrayList<Object>(List.of(odd())) : odd();
                    log.add("set field " + key + " = " + value);
                    pick(targets).put(key, value);
                }
            }
            case 5 -> {
                List<Object> reserved = catalog.get("reserved") instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
                Map<String, Object> entry = FuzzYaml.map();
                entry.put(random.nextBoolean() ? "code" : "range", codes.isEmpty() ? odd() : String.valueOf(pick(codes).get("code")));
                entry.put("name", codes.isEmpty() || random.nextBoolean() ? odd() : String.valueOf(pick(codes).get("name")));
                if (random.nextBoolean()) {
                    entry.put("reason", odd());
                }
                log.add("reserve " + entry);
                reserved.add(entry);
                catalog.put("reserved", reserved);
            }
            default -> {
                if (!categories.isEmpty()) {
                    Object frozen = random.nextBoolean() ? "true" : odd();
                    log.add("frozen = " + frozen);
                    pick(categories).put("frozen", frozen);
                }
            }
        }
    }

    private String odd() {
        return ODD.get(random.nextInt(ODD.size()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The mappings that look like codes (a 'code' and a 'name') and like categories (an 'id'). */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> codes, List<Map<String, Object>> categories) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("code") && map.containsKey("name")) {
                codes.add((Map<String, Object>) map);
            }
            if (map.containsKey("id") && map.containsKey("range")) {
                categories.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> collect(v, codes, categories));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, codes, categories));
        }
    }
}
