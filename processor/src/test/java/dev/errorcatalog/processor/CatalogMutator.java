package dev.errorcatalog.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Breaks valid catalogs for the fuzz test: structural mutations of the YAML tree (missing keys,
 * wrong types, typos, duplicates, overlapping ranges, bad values, tags, anchors and aliases, deep
 * nesting) and byte-level ones of the written file (truncation, random and invalid UTF-8 bytes,
 * tabs, broken indentation, directives, BOMs, line-ending changes: see {@link ByteMutator}). Each
 * records what it did.
 */
final class CatalogMutator {
    private final Random random;
    private final List<String> log = new ArrayList<>();

    CatalogMutator(Random random) {
        this.random = random;
    }

    List<String> log() {
        return log;
    }

    /** A mutated copy of {@code tree}, 1-3 mutations. */
    Object mutateTree(Object tree) {
        Object root = FuzzYaml.copy(tree);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            root = mutateOnce(root);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private Object mutateOnce(Object root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            log.add("replace root");
            return randomValue();
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        int kind = random.nextInt(16);
        switch (kind) {
            case 0 -> {
                if (slot.map != null) {
                    log.add("delete key " + slot.key);
                    slot.map.remove(slot.key);
                } else {
                    log.add("delete item " + slot.index);
                    slot.list.remove(slot.index);
                }
            }
            case 1 -> {
                Object value = slot.get();
                Object changed = value instanceof Map<?, ?> m ? (random.nextBoolean() ? "x" : new ArrayList<>(m.values()))
                        : value instanceof List<?> l ? (random.nextBoolean() ? "x" : singleton("k", l.isEmpty() ? "v" : l.get(0)))
                        : random.nextBoolean() ? new ArrayList<>(List.of(value)) : singleton(String.valueOf(value), value);
                log.add("change type at " + slot);
                slot.set(changed);
            }
            case 2 -> {
                if (slot.map != null) {
                    String typo = typo(slot.key);
                    log.add("rename " + slot.key + " -> " + typo);
                    renameKey(slot.map, slot.key, typo);
                }
            }
            case 3 -> {
                if (slot.list != null) {
                    log.add("duplicate item " + slot.index);
                    slot.list.add(random.nextInt(slot.list.size() + 1), FuzzYaml.copy(slot.get()));
                } else if (slot.get() instanceof List<?> l && !l.isEmpty()) {
                    log.add("duplicate an item of " + slot.key);
                    ((List<Object>) l).add(FuzzYaml.copy(l.get(random.nextInt(l.size()))));
                }
            }
            case 4 -> rangeChaos(slots);
            case 5, 6 -> {
                Object bad = random.nextInt(20) == 0 ? "m".repeat(70_000 + random.nextInt(10)) : randomValue();
                log.add("set " + slot + " = " + shorten(bad));
                slot.set(bad);
            }
            case 7 -> moveCode(slots);
            case 8 -> {
                String tag = FuzzStrings.TAGS.get(random.nextInt(FuzzStrings.TAGS.size()));
                log.add("tag " + slot + " with " + tag);
                slot.set(new FuzzYaml.Decorated(tag, plainOrFlow(slot.get())));
            }
            case 9 -> aliases(root, slots);
            case 10 -> {
                int depth = 30 + random.nextInt(200);
                log.add("nest " + slot + " " + depth + " deep");
                slot.set(nested(depth));
            }
            case 11 -> {
                if (root instanceof Map<?, ?> map) {
                    String key = random.nextBoolean() ? typo("categories") : "<<";
                    log.add("add top-level key " + key);
                    ((Map<String, Object>) map).put(key, randomValue());
                }
            }
            case 14, 15 -> new VersionTwoMutations(random, log).mutate(root);
            case 12 -> {
                log.add("set " + slot + " to empty collection");
                slot.set(random.nextBoolean() ? new ArrayList<>() : FuzzYaml.map());
            }
            default -> {
                log.add("set " + slot + " to null");
                slot.set(new FuzzYaml.Raw(random.nextBoolean() ? "" : "~"));
            }
        }
        return root;
    }

    private static Map<String, Object> singleton(String key, Object value) {
        Map<String, Object> map = FuzzYaml.map();
        map.put(key.isEmpty() ? "k" : key, value);
        return map;
    }

    private Object plainOrFlow(Object value) {
        return value instanceof FuzzYaml.Decorated d ? d.node() : value;
    }

    private Object randomValue() {
        return switch (random.nextInt(4)) {
            case 0 -> FuzzStrings.NASTY.get(random.nextInt(FuzzStrings.NASTY.size()));
            case 1 -> new FuzzYaml.Raw(List.of("[]", "{}", "[[]]", "[{}]", "{a: {b: c}}", "?", "-", "!", "&", "*", "|",
                    ">", "%", "@", "`", "'", "\"", "[", "{", "]", "}", "&a x", "*undefined", "!!str", "? a", "- - -")
                    .get(random.nextInt(26)));
            default -> FuzzStrings.BAD_VALUES.get(random.nextInt(FuzzStrings.BAD_VALUES.size()));
        };
    }

    /** Ranges that overlap, equal, swap or break the digit count. */
    @SuppressWarnings("unchecked")
    private void rangeChaos(List<Slot> slots) {
        List<Slot> ranges = slots.stream().filter(s -> "range".equals(s.key)).toList();
        if (ranges.isEmpty()) {
            return;
        }
        Slot target = ranges.get(random.nextInt(ranges.size()));
        Slot other = ranges.get(random.nextInt(ranges.size()));
        Object value = switch (random.nextInt(4)) {
            case 0 -> FuzzYaml.copy(other.get());
            case 1 -> {
                long[] bounds = bounds(other.get());
                Map<String, Object> overlap = FuzzYaml.map();
                long width = Math.max(1, bounds[1] - bounds[0]);
                overlap.put("from", Long.toString(bounds[0] + 1 + (long) (random.nextDouble() * width)));
                overlap.put("to", Long.toString(bounds[1] + 1 + (long) (random.nextDouble() * width)));
                yield overlap;
            }
            case 2 -> {
                long[] bounds = bounds(target.get());
                Map<String, Object> swapped = FuzzYaml.map();
                swapped.put(random.nextBoolean() ? "to" : "from", Long.toString(bounds[0]));
                swapped.put(random.nextBoolean() ? "from" : "to", Long.toString(bounds[1] == bounds[0] ? bounds[0] - 1 : bounds[1]));
                yield swapped;
            }
            default -> {
                long[] bounds = bounds(other.get());
                Map<String, Object> wide = FuzzYaml.map();
                wide.put("from", Long.toString(bounds[0] - random.nextInt(3)));
                wide.put("to", Long.toString(bounds[1] + random.nextInt(3)));
                yield wide;
            }
        };
        log.add("range of " + target + " = " + FuzzYaml.write(value, random).trim());
        target.set(value);
    }

    /** First and last code of a pattern or {from, to} range; rough for broken ones. */
    private static long[] bounds(Object range) {
        if (range instanceof Map<?, ?> m && m.get("from") instanceof String from && m.get("to") instanceof String to
                && from.matches("-?[0-9]{1,17}") && to.matches("-?[0-9]{1,17}")) {
            return new long[] {Long.parseLong(from), Long.parseLong(to)};
        }
        if (range instanceof String s && s.matches("[0-9]{1,17}x*")) {
            String digits = s.replace("x", "");
            long scale = (long) Math.pow(10, s.length() - digits.length());
            long first = Long.parseLong(digits) * scale;
            return new long[] {first, first + scale - 1};
        }
        return new long[] {100, 199};
    }

    @SuppressWarnings("unchecked")
    private void moveCode(List<Slot> slots) {
        List<Slot> codeLists = slots.stream().filter(s -> "codes".equals(s.key) && s.get() instanceof List<?>).toList();
        if (codeLists.size() < 2) {
            return;
        }
        List<Object> from = (List<Object>) codeLists.get(random.nextInt(codeLists.size())).get();
        List<Object> to = (List<Object>) codeLists.get(random.nextInt(codeLists.size())).get();
        if (!from.isEmpty()) {
            log.add("move a code to another category");
            to.add(from.remove(random.nextInt(from.size())));
        }
    }

    /** An anchor on one value and aliases to it elsewhere, or an alias bomb, or a recursive alias. */
    @SuppressWarnings("unchecked")
    private void aliases(Object root, List<Slot> slots) {
        Slot anchored = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(3)) {
            case 0 -> {
                anchored.set(new FuzzYaml.Decorated("&a", plainOrFlow(anchored.get())));
                Slot alias = slots.get(random.nextInt(slots.size()));
                if (alias != anchored) {
                    alias.set(new FuzzYaml.Raw("*a"));
                }
                log.add("anchor " + anchored + ", alias " + alias);
            }
            case 1 -> {
                if (root instanceof Map<?, ?> map) {
                    int levels = 3 + random.nextInt(8);
                    Map<String, Object> m = (Map<String, Object>) map;
                    m.put("b0", new FuzzYaml.Decorated("&b0", new ArrayList<>(List.of("lol", "lol", "lol", "lol", "lol"))));
                    for (int i = 1; i < levels; i++) {
                        String items = String.join(", ", java.util.Collections.nCopies(10, "*b" + (i - 1)));
                        m.put("b" + i, new FuzzYaml.Raw("&b" + i + " [" + items + "]"));
                    }
                    log.add("alias bomb of " + levels + " levels");
                }
            }
            default -> {
                log.add("recursive alias at " + anchored);
                anchored.set(new FuzzYaml.Raw(random.nextBoolean() ? "&r [*r]" : "&r {k: *r}"));
            }
        }
    }

    private Object nested(int depth) {
        if (random.nextBoolean()) {
            return new FuzzYaml.Raw("[".repeat(depth) + "]".repeat(depth));
        }
        Object node = "x";
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? new ArrayList<>(List.of(node)) : singleton("k", node);
        }
        return node;
    }

    private String typo(String key) {
        if (key.isEmpty()) {
            return "x";
        }
        StringBuilder s = new StringBuilder(key);
        int i = random.nextInt(key.length());
        switch (random.nextInt(6)) {
            case 0 -> s.deleteCharAt(i);
            case 1 -> s.insert(i, (char) ('a' + random.nextInt(26)));
            case 2 -> {
                if (i + 1 < s.length()) {
                    char c = s.charAt(i);
                    s.setCharAt(i, s.charAt(i + 1));
                    s.setCharAt(i + 1, c);
                } else {
                    s.append('s');
                }
            }
            case 3 -> s.setCharAt(i, Character.toUpperCase(s.charAt(i)) == s.charAt(i) ? 'q' : Character.toUpperCase(s.charAt(i)));
            case 4 -> s.append(random.nextBoolean() ? " " : "\u00a0");
            default -> s.replace(0, s.length(), FuzzStrings.NASTY.get(random.nextInt(FuzzStrings.NASTY.size())));
        }
        return s.toString();
    }

    private static void renameKey(Map<String, Object> map, String key, String newKey) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.entrySet());
        map.clear();
        for (Map.Entry<String, Object> e : entries) {
            map.putIfAbsent(e.getKey().equals(key) ? newKey : e.getKey(), e.getValue());
        }
    }

    static String shorten(Object value) {
        String s = String.valueOf(value);
        s = s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + " chars)" : s;
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Byte-level damage to the written file, logged with the tree mutations. */
    byte[] mutateBytes(byte[] bytes) {
        return new ByteMutator(random, log).mutate(bytes);
    }

    /** Every value position of the tree: a map entry or a list item. */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Slot> out) {
        if (node instanceof Map<?, ?> m) {
            for (String key : List.copyOf(((Map<String, Object>) m).keySet())) {
                out.add(new Slot((Map<String, Object>) m, key, null, -1));
                collect(m.get(key), out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(new Slot(null, null, (List<Object>) l, i));
                collect(l.get(i), out);
            }
        }
    }

    private record Slot(Map<String, Object> map, String key, List<Object> list, int index) {
        Object get() {
            return map != null ? map.get(key) : list.get(index);
        }

        void set(Object value) {
            if (map != null) {
                map.put(key, value);
            } else {
                list.set(index, value);
            }
        }

        @Override
        public String toString() {
            return map != null ? "key '" + shorten(key) + "'" : "item " + index;
        }
    }
}
