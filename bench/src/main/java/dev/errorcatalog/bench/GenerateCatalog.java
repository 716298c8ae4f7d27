package dev.errorcatalog.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deterministic benchmark catalogs, and the hand-written alternatives a user would otherwise keep.
 *
 * <p>It depends on nothing but the JDK, so the build runs it as a single-file program before
 * compiling this module ({@code java src/main/java/dev/errorcatalog/bench/GenerateCatalog.java
 * CATALOG_DIR SOURCE_DIR}, see bench/pom.xml) and {@link BuildTime} calls it as a class.
 *
 * <p>A catalog of {@code n} codes has four top-level categories ({@code 10xxxx} to {@code 13xxxx}),
 * each with a child ({@code 1T9xxx}) and a grandchild ({@code 1T99xx}): 80%, 18% and 2% of its codes.
 * At 10,000 codes the largest category holds 2,000 codes (the processor allows 3,000). Every third
 * message has a placeholder; HTTP statuses vary.
 */
public final class GenerateCatalog {
    /** The size of the benchmark catalog that the JMH benchmarks use. */
    public static final int BIG = 10_000;

    public record Code(int code, String name, String message, boolean placeholder, int http) {}

    public record Category(String id, String range, String pascalName, List<Code> codes) {}

    /** One enum constant for the baseline sources: {@code enumType.constant} has {@code code}. */
    public record Constant(int code, String enumType, String constant) {}

    private GenerateCatalog() {}

    /**
     * Writes {@code CATALOG_DIR/big.yaml} (catalog {@code Big}, {@value #BIG} codes) and, under
     * {@code SOURCE_DIR}, the baselines for it and for the upstream catalog (found on the class path).
     * Files are written only when their content changed, so an unchanged build stays up to date.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java GenerateCatalog.java CATALOG_DIR SOURCE_DIR");
            System.exit(2);
        }
        Path catalogDir = Path.of(args[0]);
        Path sourceDir = Path.of(args[1]);
        List<Category> big = layout(BIG);
        writeIfChanged(catalogDir.resolve("big.yaml"), yaml("Big", big));
        writeIfChanged(catalogDir.resolve("wide.yaml"), wide());
        List<Constant> bigConstants = new ArrayList<>();
        for (Category category : big) {
            for (Code code : category.codes()) {
                bigConstants.add(new Constant(code.code(), category.pascalName() + "Error", code.name()));
            }
        }
        writeIfChanged(sourceDir.resolve("dev/errorcatalog/bench/big/BigBaselines.java"),
                baselines("dev.errorcatalog.bench.big", "BigBaselines", "BigError", bigConstants));
        writeIfChanged(sourceDir.resolve("dev/errorcatalog/bench/upstream/UpstreamBaselines.java"),
                baselines("dev.errorcatalog.bench.upstream", "UpstreamBaselines", "dev.errorcatalog.upstream.ApiError",
                        upstreamConstants()));
    }

    /** The layout described in the class comment, for {@code n >= 4} codes. */
    public static List<Category> layout(int n) {
        if (n < 4) {
            throw new IllegalArgumentException("at least 4 codes: " + n);
        }
        List<Category> categories = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int per = n / 4 + (t < n % 4 ? 1 : 0);
            int grand = Math.max(1, per / 50);
            int child = Math.max(1, per * 18 / 100);
            int direct = per - child - grand;
            int prefix = 10 + t;
            int base = prefix * 10_000;
            categories.add(category("part-" + t, prefix + "xxxx", "Part" + t, base, direct));
            categories.add(category("part-" + t + "-child", prefix + "9xxx", "Part" + t + "Child", base + 9_000, child));
            categories.add(category("part-" + t + "-grandchild", prefix + "99xx", "Part" + t + "Grandchild", base + 9_900, grand));
        }
        return categories;
    }

    /**
     * {@code n} codes in top-level categories of at most {@code perCategory} codes each, ranges
     * {@code 10xxxx}, {@code 11xxxx} and on (at most 90 categories), the codes spread evenly; at
     * least four categories, as the {@link #layout} has. For catalogs too big for {@link #layout},
     * whose categories grow with {@code n} past the processor's 4,000 codes per category.
     */
    public static List<Category> flat(int n, int perCategory) {
        int count = Math.max(4, (n + perCategory - 1) / perCategory);
        if (count > 90 || n < count) {
            throw new IllegalArgumentException(n + " codes do not fit " + count + " categories of at most " + perCategory);
        }
        List<Category> categories = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int prefix = 10 + c;
            categories.add(category("part-" + c, prefix + "xxxx", "Part" + c, prefix * 10_000, n / count + (c < n % count ? 1 : 0)));
        }
        return categories;
    }

    private static Category category(String id, String range, String pascalName, int first, int count) {
        List<Code> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int code = first + i;
            boolean placeholder = code % 3 == 0;
            codes.add(new Code(code, "CODE_" + code, placeholder ? "Problem " + i + " with {item}" : "Problem " + i,
                    placeholder, 400 + code % 100));
        }
        return new Category(id, range, pascalName, codes);
    }

    /** The catalog as YAML, in the format of catalog-format.md. */
    public static String yaml(String name, List<Category> categories) {
        return yaml(name, categories, List.of("en"));
    }

    /**
     * The catalog in {@code locales}: the first one's texts in the YAML, each other one's in a
     * properties file named by {@link #translationFile} (see {@link #translations}).
     */
    public static String yaml(String name, List<Category> categories, List<String> locales) {
        StringBuilder yaml = new StringBuilder(64 * BIG)
                .append("# generated by dev.errorcatalog.bench.GenerateCatalog: do not edit\n")
                .append("catalog: ").append(name).append("\ndigits: 6\nlocales: [").append(String.join(", ", locales))
                .append("]\nhttp: 500\ndomain: bench.acme.test\n");
        if (locales.size() > 1) {
            yaml.append("translations:\n");
            for (String locale : locales.subList(1, locales.size())) {
                yaml.append("  ").append(locale).append(": ").append(translationFile(locale)).append('\n');
            }
        }
        yaml.append("categories:\n");
        for (Category category : categories) {
            yaml.append("  - id: ").append(category.id()).append('\n')
                    .append("    title: ").append(category.pascalName()).append(" Errors\n")
                    .append("    range: ").append(category.range()).append('\n')
                    .append("    codes:\n");
            for (Code code : category.codes()) {
                yaml.append("      - {code: ").append(code.code()).append(", name: ").append(code.name())
                        .append(", message: '").append(code.message()).append("', http: ").append(code.http()).append("}\n");
            }
        }
        return yaml.toString();
    }

    /** {@code errors_pt_BR.properties}: the translation file of a locale. */
    public static String translationFile(String locale) {
        return "errors_" + locale.replace('-', '_') + ".properties";
    }

    /** A locale's translation file: every title and message, marked with the locale, placeholders kept. */
    public static String translations(List<Category> categories, String locale) {
        StringBuilder out = new StringBuilder(48 * BIG);
        for (Category category : categories) {
            out.append(category.id()).append(" = [").append(locale).append("] ").append(category.pascalName()).append(" Errors\n");
            for (Code code : category.codes()) {
                out.append(code.name()).append(" = [").append(locale).append("] ").append(code.message()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * What users write today instead: one jboss-logging {@code @MessageBundle} per category, one
     * {@code @Message(id = ...)} exception method per code (the same messages, one {@code %s} per
     * placeholder). File name → source.
     */
    public static Map<String, String> jbossBundles(String packageName, List<Category> categories) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Category category : categories) {
            String type = category.pascalName() + "Messages";
            StringBuilder java = new StringBuilder(128 * category.codes().size())
                    .append("package ").append(packageName).append(";\n\n")
                    .append("import org.jboss.logging.annotations.Message;\n")
                    .append("import org.jboss.logging.annotations.MessageBundle;\n\n")
                    .append("@MessageBundle(projectCode = \"BIG\")\n")
                    .append("public interface ").append(type).append(" {\n");
            for (Code code : category.codes()) {
                java.append("    @Message(id = ").append(code.code()).append(", value = \"")
                        .append(code.message().replace("{item}", "%s")).append("\")\n")
                        .append("    RuntimeException ").append(code.name().toLowerCase(Locale.ROOT).replace("_", ""))
                        .append(code.placeholder() ? "(Object item);\n\n" : "();\n\n");
            }
            sources.put(type + ".java", java.append("}\n").toString());
        }
        return sources;
    }

    /**
     * The lookups a user would write by hand: a {@code switch} over the codes, a linear scan of each
     * enum's {@code values()}, and a {@code HashMap<Integer, E>} filled from them in a holder class.
     * The switch is split into methods of at most 400 cases: javac rejects methods over 64 KiB, and
     * HotSpot never compiles a method over 8,000 bytes of bytecode, so one big switch would stay
     * interpreted (about 20 times slower).
     */
    public static String baselines(String packageName, String className, String errorType, List<Constant> constants) {
        List<Constant> sorted = new ArrayList<>(constants);
        sorted.sort(Comparator.comparingInt(Constant::code));
        int chunk = 400;
        StringBuilder java = new StringBuilder(64 * constants.size())
                .append("package ").append(packageName).append(";\n\n")
                .append("/** Generated by dev.errorcatalog.bench.GenerateCatalog: hand-written lookups to compare with. */\n")
                .append("@SuppressWarnings(\"deprecation\")\n")
                .append("public final class ").append(className).append(" {\n")
                .append("    private ").append(className).append("() {}\n\n")
                .append("    /** A switch over every code. */\n")
                .append("    public static ").append(errorType).append(" switchFind(int code) {\n");
        int chunks = (sorted.size() + chunk - 1) / chunk;
        for (int c = 1; c < chunks; c++) {
            java.append("        if (code < ").append(sorted.get(c * chunk).code()).append(") {\n")
                    .append("            return switch").append(c - 1).append("(code);\n        }\n");
        }
        java.append("        return switch").append(chunks - 1).append("(code);\n    }\n");
        for (int c = 0; c < chunks; c++) {
            java.append("\n    private static ").append(errorType).append(" switch").append(c).append("(int code) {\n")
                    .append("        return switch (code) {\n");
            for (Constant constant : sorted.subList(c * chunk, Math.min(sorted.size(), (c + 1) * chunk))) {
                java.append("            case ").append(constant.code()).append(" -> ").append(constant.enumType())
                        .append('.').append(constant.constant()).append(";\n");
            }
            java.append("            default -> null;\n        };\n    }\n");
        }
        java.append("\n    /** A linear scan of each category enum's values(), as in {@code for (E e : E.values())}. */\n")
                .append("    public static ").append(errorType).append(" valuesScan(int code) {\n");
        List<String> enumTypes = new ArrayList<>(new LinkedHashSet<>(constants.stream().map(Constant::enumType).toList()));
        for (String enumType : enumTypes) {
            java.append("        for (").append(enumType).append(" e : ").append(enumType).append(".values()) {\n")
                    .append("            if (e.code() == code) {\n                return e;\n            }\n        }\n");
        }
        java.append("        return null;\n    }\n");
        java.append("\n    /** A HashMap filled from each enum's values() when first used, as users write it. */\n")
                .append("    public static final class ByHashMap {\n")
                .append("        public static final java.util.Map<Integer, ").append(errorType).append("> MAP = new java.util.HashMap<>();\n\n")
                .append("        static {\n");
        for (String enumType : enumTypes) {
            java.append("            for (").append(enumType).append(" e : ").append(enumType).append(".values()) {\n")
                    .append("                MAP.put(e.code(), e);\n            }\n");
        }
        java.append("        }\n\n        private ByHashMap() {}\n    }\n");
        return java.append("}\n").toString();
    }

    /** The upstream catalog's constants, read from its generated registry on the class path. */
    private static List<Constant> upstreamConstants() throws ReflectiveOperationException {
        Class<?> registry = Class.forName("dev.errorcatalog.upstream.ApiErrors");
        Method all = registry.getMethod("all");
        List<Constant> constants = new ArrayList<>();
        for (Object error : (List<?>) all.invoke(null)) {
            Enum<?> constant = (Enum<?>) error;
            Method code = constant.getDeclaringClass().getMethod("code");
            constants.add(new Constant((Integer) code.invoke(constant), constant.getDeclaringClass().getName(), constant.name()));
        }
        return constants;
    }

    /** How many codes the catalog {@code Wide} has. */
    public static final int WIDE = 4_000;

    /**
     * Catalog {@code Wide} ({@code digits: any}): {@value #WIDE} codes spread over the whole
     * {@code int} range, half of them negative, with {@code Integer.MIN_VALUE}, -1, 0 and
     * {@code Integer.MAX_VALUE} among them; two categories, below and from zero.
     */
    static String wide() {
        java.util.Random random = new java.util.Random(2026);
        java.util.TreeSet<Integer> negative = new java.util.TreeSet<>(List.of(Integer.MIN_VALUE, -1));
        java.util.TreeSet<Integer> positive = new java.util.TreeSet<>(List.of(0, Integer.MAX_VALUE));
        while (negative.size() < WIDE / 2) {
            negative.add(random.nextInt(Integer.MAX_VALUE) - Integer.MAX_VALUE - 1);
        }
        while (positive.size() < WIDE / 2) {
            positive.add(random.nextInt(Integer.MAX_VALUE));
        }
        StringBuilder yaml = new StringBuilder(64 * WIDE)
                .append("# generated by dev.errorcatalog.bench.GenerateCatalog: do not edit\n")
                .append("catalog: Wide\ndigits: any\ndomain: bench.acme.test\ncategories:\n");
        appendWide(yaml, "below-zero", Integer.MIN_VALUE, -1, negative);
        appendWide(yaml, "from-zero", 0, Integer.MAX_VALUE, positive);
        return yaml.toString();
    }

    private static void appendWide(StringBuilder yaml, String id, int first, int last, java.util.Set<Integer> codes) {
        yaml.append("  - id: ").append(id).append("\n    title: ").append(id).append("\n    range: {from: ").append(first)
                .append(", to: ").append(last).append("}\n    codes:\n");
        for (int code : codes) {
            String name = (code < 0 ? "MINUS_" : "CODE_") + Math.abs((long) code);
            yaml.append("      - {code: ").append(code).append(", name: ").append(name).append(", message: Code ")
                    .append(code).append("}\n");
        }
    }

    static void writeIfChanged(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
