package dev.errorcatalog.processor;

import dev.errorcatalog.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Random VALID catalogs for the fuzz test: a {@link Spec} of what the generated API must answer,
 * and the YAML tree that declares it. Small on purpose (each case is a full javac run), but every
 * feature is exercised: 1-3 locales, digits 3..9, nested ranges as patterns and {from, to}, codes in
 * the most specific category, placeholders, literal braces, per-locale texts, http, deprecation,
 * descriptions, reserved codes, and strings full of things that break generated Java or Javadoc.
 */
final class RandomCatalogs {
    /** validate.Capacity warns when a category's own codes are more than this share declared or reserved. */
    static final double FULL = 0.9;
    record Code(int code, String name, Map<String, String> messages, List<String> placeholders, int http,
            boolean deprecated, List<String> aliases, Map<String, String> fields) {}

    record Category(String id, int first, int last, Map<String, String> titles, List<Code> codes) {}

    /**
     * What the generated API must answer for this catalog.
     *
     * @param digits 0 for {@code digits: any}
     */
    record Spec(String name, int digits, List<String> locales, List<Category> categories, Set<Integer> reserved,
            boolean strictLocales, List<RandomFields.Field> fields) {
        List<Code> codes() {
            return categories.stream().flatMap(c -> c.codes().stream()).toList();
        }

        Category categoryOf(Code code) {
            return categories.stream().filter(c -> c.codes().contains(code)).findFirst().orElseThrow();
        }
    }

    record Generated(Spec spec, Map<String, Object> tree) {}

    private final Random random;
    private int digits;
    private long min;
    private long max;
    private List<String> locales;
    private boolean complete;
    private final Set<String> typeNames = new HashSet<>();
    private final Set<String> codeNames = new HashSet<>();
    private final Set<Integer> used = new HashSet<>();
    private final List<long[]> allRanges = new ArrayList<>();
    private final Map<String, Long> capacities = new java.util.HashMap<>();
    /** Version 2: {@code digits: any}, negative codes, aliases, fields, named reserved entries. */
    private boolean versionTwo;
    private RandomFields fields;

    RandomCatalogs(Random random) {
        this.random = random;
    }

    static Generated generate(Random random) {
        return new RandomCatalogs(random).build();
    }

    private Generated build() {
        versionTwo = random.nextInt(3) == 0;
        fields = new RandomFields(random);
        digits = 3 + random.nextInt(7);
        min = pow10(digits - 1);
        max = pow10(digits) - 1;
        if (versionTwo) {
            digits = 0;
            long[][] spans = {{-1000, 99_999}, {Integer.MIN_VALUE, Integer.MAX_VALUE}, {0, 9_999}, {-9, 9}};
            long[] span = spans[random.nextInt(spans.length)];
            min = span[0];
            max = span[1];
        }
        List<String> pool = new ArrayList<>(FuzzStrings.LOCALES);
        Collections.shuffle(pool, random);
        locales = List.copyOf(pool.subList(0, 1 + random.nextInt(3)));
        complete = random.nextInt(3) == 0;
        String name = catalogName();
        Map<String, Object> tree = FuzzYaml.map();
        tree.put("catalog", name);
        if (versionTwo) {
            tree.put("digits", "any");
        } else if (digits != 6 || random.nextBoolean()) {
            tree.put("digits", Integer.toString(digits));
        }
        if (versionTwo && random.nextBoolean()) {
            fields.declare(tree);
        }
        if (locales.size() > 1 || !locales.get(0).equals("en") || random.nextBoolean()) {
            tree.put("locales", new ArrayList<Object>(locales));
        }
        int http = 500;
        if (random.nextBoolean()) {
            http = httpStatus();
            tree.put("http", Integer.toString(http));
        }
        List<Category> categories = new ArrayList<>();
        List<Object> categoryNodes = new ArrayList<>();
        int topLevel = 1 + random.nextInt(3);
        for (int i = 0; i < topLevel; i++) {
            category(min, max, 0, http, Map.of(), categories, categoryNodes);
        }
        Set<Integer> reserved = new LinkedHashSet<>();
        if (random.nextInt(3) == 0) {
            List<Object> list = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                int code = (int) (min + (long) (random.nextDouble() * (max - min)));
                if (!used.contains(code) && !reserved.contains(code) && roomFor(code, categories, reserved)) {
                    reserved.add(code);
                    list.add(versionTwo && random.nextBoolean() ? retired(code) : Integer.toString(code));
                }
            }
            if (!list.isEmpty()) {
                tree.put("reserved", list);
            }
        }
        List<Object> shuffled = new ArrayList<>(categoryNodes);
        if (random.nextBoolean()) {
            Collections.shuffle(shuffled, random);
        }
        tree.put("categories", shuffled);
        Map<String, Object> ordered = shuffleKeys(tree);
        return new Generated(new Spec(name, digits, locales, categories, reserved, complete && random.nextBoolean(),
                fields.fields()), ordered);
    }

    /** A named reserved entry: {code, name, reason}; the name is taken, so no code or alias gets it. */
    private Map<String, Object> retired(int code) {
        Map<String, Object> entry = FuzzYaml.map();
        entry.put("code", Integer.toString(code));
        entry.put("name", codeName(List.of()) + (random.nextBoolean() ? "__OLD" : ""));
        if (random.nextBoolean()) {
            entry.put("reason", plainText(false));
        }
        return shuffleKeys(entry);
    }

    /**
     * Adds a category inside [lo, hi] (and its children), if a free range can be found there.
     *
     * @param inherited the field values of the categories around this one, merged outward-in
     */
    private Optional<Category> category(long lo, long hi, int depth, int catalogHttp, Map<String, String> inherited,
            List<Category> out, List<Object> nodes) {
        Optional<Object[]> range = freeRange(lo, hi, depth == 0);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        long first = (long) range.get()[0];
        long last = (long) range.get()[1];
        allRanges.add(new long[] {first, last});
        String id = categoryId();
        Map<String, Object> node = FuzzYaml.map();
        node.put("id", id);
        Map<String, String> titles = texts();
        node.put("title", textNode(titles));
        node.put("range", range.get()[2]);
        int http = catalogHttp;
        if (random.nextInt(3) == 0) {
            http = httpStatus();
            node.put("http", Integer.toString(http));
        }
        if (random.nextInt(3) == 0) {
            node.put("description", plainText(true));
        }
        Map<String, String> fieldValues = new LinkedHashMap<>(inherited);
        fieldValues.putAll(fields.set(node));
        if (versionTwo && random.nextInt(4) == 0) {
            node.put("frozen", random.nextBoolean() ? "true" : "false");
        }
        // descendants first, so this category's codes can avoid their ranges
        List<Category> descendants = new ArrayList<>();
        long capacity = last - first + 1;
        if (depth < 2 && last - first >= 9) {
            for (int i = 0, n = random.nextInt(depth == 0 ? 3 : 2); i < n; i++) {
                Optional<Category> child = category(first, last, depth + 1, catalogHttp, fieldValues, descendants, nodes);
                if (child.isPresent()) {
                    capacity -= (long) child.get().last() - child.get().first() + 1;
                }
            }
        }
        List<Code> codes = new ArrayList<>();
        List<Object> codeNodes = new ArrayList<>();
        // a category more than 90% full draws a warning, which -Werror turns into an error
        for (int i = 0, n = random.nextInt(4); i < n && codes.size() + 1 <= FULL * capacity; i++) {
            code(first, last, descendants, http, fieldValues, codes, codeNodes);
        }
        if (!codeNodes.isEmpty() || random.nextInt(4) != 0) {
            node.put("codes", codeNodes);
        }
        Category category = new Category(id, (int) first, (int) last, titles, codes);
        out.add(category);
        out.addAll(descendants);
        nodes.add(shuffleKeys(node));
        capacities.put(id, capacity);
        return Optional.of(category);
    }

    private void code(long first, long last, List<Category> children, int categoryHttp, Map<String, String> categoryFields,
            List<Code> out, List<Object> nodes) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int code = (int) (first + (long) (random.nextDouble() * (last - first + 1)));
            if (code > last || used.contains(code) || insideAny(code, children)) {
                continue;
            }
            String name = codeName(out);
            used.add(code);
            Map<String, Object> node = FuzzYaml.map();
            node.put("code", Integer.toString(code));
            node.put("name", name);
            List<String> aliases = new ArrayList<>();
            if (versionTwo && random.nextInt(3) == 0) {
                for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                    aliases.add(codeName(out, aliases, name));
                }
                node.put("aliases", new ArrayList<Object>(aliases));
            }
            Map<String, String> codeFields = fields.effective(fields.set(node), categoryFields);
            List<String> placeholders = new ArrayList<>();
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                String p = FuzzStrings.PLACEHOLDERS.get(random.nextInt(FuzzStrings.PLACEHOLDERS.size()));
                if (!placeholders.contains(p)) {
                    placeholders.add(p);
                }
            }
            Map<String, String> messages = new LinkedHashMap<>();
            for (String locale : locales) {
                if (locale.equals(locales.get(0)) || complete || random.nextBoolean()) {
                    String text = template(placeholders, locale.equals(locales.get(0)));
                    // now and then longer than one class-file string constant (65,535 bytes)
                    messages.put(locale, random.nextInt(400) == 0 ? text + "é".repeat(33_000) : text);
                }
            }
            node.put("message", textNode(messages));
            int http = categoryHttp;
            if (random.nextInt(3) == 0) {
                http = httpStatus();
                node.put("http", Integer.toString(http));
            }
            if (random.nextInt(4) == 0) {
                node.put("description", plainText(true));
            }
            boolean deprecated = false;
            switch (random.nextInt(8)) {
                case 0 -> {
                    node.put("deprecated", new FuzzYaml.Raw(List.of("true", "True", "TRUE").get(random.nextInt(3))));
                    deprecated = true;
                }
                case 1 -> node.put("deprecated", new FuzzYaml.Raw("false"));
                case 2 -> {
                    node.put("deprecated", plainText(false));
                    deprecated = true;
                }
                default -> { }
            }
            out.add(new Code(code, name, messages, List.copyOf(placeholders), http, deprecated, List.copyOf(aliases), codeFields));
            nodes.add(shuffleKeys(node));
            return;
        }
    }

    /** The default locale's placeholders in order of first appearance: shuffled in other locales. */
    private String template(List<String> placeholders, boolean isDefault) {
        List<String> order = new ArrayList<>(placeholders);
        if (!isDefault) {
            Collections.shuffle(order, random);
        }
        StringBuilder s = new StringBuilder(FuzzStrings.WORDS.get(random.nextInt(FuzzStrings.WORDS.size())));
        for (int i = 0; i < order.size(); i++) {
            s.append(filler()).append('{').append(order.get(i)).append('}');
            if (random.nextInt(4) == 0) { // a repeat of one already used keeps the order of first appearance
                s.append(filler()).append('{').append(order.get(random.nextInt(i + 1))).append('}');
            }
        }
        if (random.nextInt(4) == 0) {
            s.append(filler()).append(List.of("{{", "}}", "{{x}}", "{{{{", "}}}}").get(random.nextInt(5)));
        }
        s.append(filler());
        return s.toString();
    }

    private String filler() {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> " " + FuzzStrings.WORDS.get(random.nextInt(FuzzStrings.WORDS.size())) + " ";
            default -> FuzzStrings.NASTY.get(random.nextInt(FuzzStrings.NASTY.size()));
        };
    }

    /** Titles, descriptions, reasons: any text, single braces included. Never blank. */
    String plainText(boolean multiLine) {
        StringBuilder s = new StringBuilder(FuzzStrings.WORDS.get(random.nextInt(FuzzStrings.WORDS.size())));
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            switch (random.nextInt(5)) {
                case 0 -> s.append(' ').append(FuzzStrings.WORDS.get(random.nextInt(FuzzStrings.WORDS.size())));
                case 1 -> s.append(List.of("{", "}", "{@code x}", "{@link Object}", "{x}", "{{").get(random.nextInt(6)));
                case 2 -> s.append(multiLine ? "\nline " + i : " ");
                default -> s.append(FuzzStrings.NASTY.get(random.nextInt(FuzzStrings.NASTY.size())));
            }
        }
        return s.toString();
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String locale : locales) {
            if (locale.equals(locales.get(0)) || complete || random.nextBoolean()) {
                texts.put(locale, plainText(false));
            }
        }
        return texts;
    }

    /** A text as a plain string (default locale only) or a mapping from locale to text. */
    private Object textNode(Map<String, String> texts) {
        if (texts.size() == 1 && random.nextBoolean()) {
            return texts.values().iterator().next();
        }
        Map<String, Object> node = FuzzYaml.map();
        List<String> keys = new ArrayList<>(texts.keySet());
        if (random.nextBoolean()) {
            Collections.shuffle(keys, random);
        }
        keys.forEach(k -> node.put(k, texts.get(k)));
        return node;
    }

    /** {first, last, range node}: a pattern range or {from, to}, free of other ranges at this level. */
    private Optional<Object[]> freeRange(long lo, long hi, boolean topLevel) {
        for (int attempt = 0; attempt < 30; attempt++) {
            long first;
            long last;
            Object node;
            if (random.nextBoolean()) {
                // with 'digits: any' a pattern has its own width: any prefix from 1, up to six x's
                int wildcards = random.nextInt(versionTwo ? 7 : digits);
                long scale = pow10(wildcards);
                long prefixLo = Math.max(versionTwo ? 1 : pow10(digits - wildcards - 1), (lo + scale - 1) / scale);
                long prefixHi = (hi + 1) / scale - 1;
                if (prefixLo > prefixHi) {
                    continue;
                }
                long prefix = prefixLo + (long) (random.nextDouble() * (prefixHi - prefixLo + 1));
                first = prefix * scale;
                last = first + scale - 1;
                node = prefix + "x".repeat(wildcards);
            } else {
                first = lo + (long) (random.nextDouble() * (hi - lo + 1));
                last = first + (long) (random.nextDouble() * Math.min(hi - first + 1, random.nextBoolean() ? 50 : hi - lo));
                Map<String, Object> bounds = FuzzYaml.map();
                bounds.put("from", Long.toString(first));
                bounds.put("to", Long.toString(last));
                node = bounds;
            }
            boolean wholeParent = !topLevel && first == lo && last == hi;
            // only the ancestors (the ranges around [lo, hi]) may overlap the new range
            boolean clash = allRanges.stream().anyMatch(r -> first <= r[1] && r[0] <= last 
                    && (topLevel || !(r[0] <= lo && hi <= r[1])));
            if (first < lo || last > hi || first > last || wholeParent || clash) {
                continue;
            }
            return Optional.of(new Object[] {first, last, node});
        }
        return Optional.empty();
    }

    /** Whether reserving {@code code} keeps its category at most 90% full. */
    private boolean roomFor(int code, List<Category> categories, Set<Integer> reserved) {
        Optional<Category> owner = categories.stream().filter(c -> c.first() <= code && code <= c.last())
                .min((a, b) -> Long.compare((long) a.last() - a.first(), (long) b.last() - b.first()));
        if (owner.isEmpty()) {
            return true;
        }
        Category c = owner.get();
        long taken = c.codes().size() + 1 + reserved.stream().filter(r -> c.first() <= r && r <= c.last()
                && categories.stream().noneMatch(d -> d != c && c.first() <= d.first() && d.last() <= c.last()
                        && d.first() <= r && r <= d.last())).count();
        return taken <= FULL * capacities.get(c.id());
    }

    private static boolean insideAny(int code, List<Category> children) {
        return children.stream().anyMatch(c -> c.first() <= code && code <= c.last());
    }

    private String catalogName() {
        String name = switch (random.nextInt(5)) {
            case 0 -> "Api";
            case 1 -> "X";
            case 2 -> "Payments" + random.nextInt(100);
            case 3 -> "A" + Integer.toString(random.nextInt(1_000_000), 36).toUpperCase(Locale.ROOT) + "z";
            default -> "Catalog";
        };
        for (String type : List.of(JavaNames.errorInterface(name), JavaNames.categoryEnum(name), JavaNames.registry(name),
                JavaNames.baseException(name))) {
            typeNames.add(type.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    private String categoryId() {
        while (true) {
            String id = FuzzStrings.ID_WORDS.get(random.nextInt(FuzzStrings.ID_WORDS.size()));
            if (random.nextBoolean()) {
                id += "-" + FuzzStrings.ID_WORDS.get(random.nextInt(FuzzStrings.ID_WORDS.size()));
            }
            if (random.nextInt(3) == 0) {
                id += random.nextInt(10);
            }
            String error = JavaNames.categoryErrorEnum(id).toLowerCase(Locale.ROOT);
            String exception = JavaNames.categoryException(id).toLowerCase(Locale.ROOT);
            if (!typeNames.contains(error) && !typeNames.contains(exception)
                    && !id.equals("runtime") && !id.equals("illegal-argument")) {
                typeNames.add(error);
                typeNames.add(exception);
                return id;
            }
        }
    }

    /** A new name whose factory clashes with none of the category's names and aliases (nor {@code more}). */
    private String codeName(List<Code> inCategory, String... more) {
        return codeName(inCategory, List.of(), more);
    }

    private String codeName(List<Code> inCategory, List<String> aliases, String... more) {
        List<String> taken = new ArrayList<>(aliases);
        taken.addAll(List.of(more));
        inCategory.forEach(c -> {
            taken.add(c.name());
            taken.addAll(c.aliases());
        });
        while (true) {
            String name = FuzzStrings.CODE_WORDS.get(random.nextInt(FuzzStrings.CODE_WORDS.size()));
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                name += "_" + FuzzStrings.CODE_WORDS.get(random.nextInt(FuzzStrings.CODE_WORDS.size()));
            }
            String factory = JavaNames.factoryName(name);
            if (!codeNames.contains(name) && taken.stream().noneMatch(t -> JavaNames.factoryName(t).equals(factory))) {
                codeNames.add(name);
                return name;
            }
        }
    }

    private int httpStatus() {
        return 100 + random.nextInt(500);
    }

    private Map<String, Object> shuffleKeys(Map<String, Object> node) {
        if (random.nextInt(3) != 0) {
            return node;
        }
        List<String> keys = new ArrayList<>(node.keySet());
        Collections.shuffle(keys, random);
        Map<String, Object> out = FuzzYaml.map();
        keys.forEach(k -> out.put(k, node.get(k)));
        return out;
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }

}
