package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.GeneratedClasses.call;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.model.JavaNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.tools.JavaFileObject;

/**
 * What the fuzz test checks in a successful compilation: the generated sources are pure ASCII,
 * the registry loads and finds every code it lists, and for a catalog built from a
 * {@link RandomCatalogs.Spec}, a sample of codes and every category answer what the spec declares.
 */
final class GeneratedApiCheck {
    private static final int SAMPLE = 4;

    private GeneratedApiCheck() {}

    /** The problems found; empty when all is well. {@code spec} is null for mutated catalogs. */
    static List<String> check(Compilation compilation, RandomCatalogs.Spec spec) {
        List<String> problems = new ArrayList<>();
        String registry = null;
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String name = file.getName();
            String simple = name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length());
            if (simple.endsWith("Errors")) {
                registry = simple;
            }
            try {
                String source = file.getCharContent(true).toString();
                if (!source.chars().allMatch(c -> c < 0x80)) {
                    problems.add("generated source " + simple + " is not pure ASCII");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (registry == null) {
            problems.add("compiled, but no registry (*Errors) was generated");
            return problems;
        }
        GeneratedClasses classes = new GeneratedClasses(compilation);
        List<?> all = (List<?>) classes.callStatic(registry, "all");
        int previous = Integer.MIN_VALUE;
        for (Object error : all) {
            int code = (Integer) call(error, "code");
            if (code <= previous) {
                problems.add(registry + ".all() is not sorted by code at " + code);
            }
            previous = code;
            if (find(classes, registry, code).orElse(null) != error) {
                problems.add(registry + ".find(" + code + ") does not return the error all() lists");
            }
        }
        if (spec != null) {
            checkSpec(classes, spec, all.size(), problems);
        }
        return problems;
    }

    private static void checkSpec(GeneratedClasses classes, RandomCatalogs.Spec spec, int count, List<String> problems) {
        String registry = spec.name() + "Errors";
        List<RandomCatalogs.Code> codes = spec.codes();
        expect(problems, "number of codes in all()", codes.size(), count);
        String defaultLocale = spec.locales().get(0);
        for (int i = 0; i < Math.min(SAMPLE, codes.size()); i++) {
            RandomCatalogs.Code code = codes.get((i * 7919) % codes.size());
            String what = "code " + code.code() + " ";
            Optional<?> found = find(classes, registry, code.code());
            if (found.isEmpty()) {
                problems.add(registry + ".find(" + code.code() + ") is empty");
                continue;
            }
            Object error = found.get();
            expect(problems, what + "name()", code.name(), call(error, "name"));
            expect(problems, what + "message()", code.messages().get(defaultLocale), call(error, "message"));
            for (String locale : spec.locales()) {
                expect(problems, what + "message(" + locale + ")",
                        code.messages().getOrDefault(locale, code.messages().get(defaultLocale)),
                        call(error, "message", Locale.forLanguageTag(locale)));
            }
            expect(problems, what + "parameters()", code.placeholders(), call(error, "parameters"));
            expect(problems, what + "httpStatus()", code.http(), call(error, "httpStatus"));
            expect(problems, what + "deprecated()", code.deprecated(), call(error, "deprecated"));
            expect(problems, what + "category().id()", spec.categoryOf(code).id(), call(call(error, "category"), "id"));
            for (String name : names(code)) {
                Optional<?> byName = (Optional<?>) classes.callStatic(registry, "find", name);
                if (byName.orElse(null) != error) {
                    problems.add(registry + ".find(\"" + name + "\") does not return code " + code.code());
                }
            }
            for (RandomFields.Field field : spec.fields()) {
                Object value = call(error, JavaNames.fieldAccessor(field.id()));
                expect(problems, what + field.id(), code.fields().get(field.id()), fieldText(value, field.defaultValue() != null));
            }
            Object[] arguments = code.placeholders().stream().map(p -> (Object) ("<" + p + ">")).toArray();
            RuntimeException exception = (RuntimeException) call(error, "exception", arguments);
            expect(problems, what + "exception message", code.code() + ": "
                    + format(code.messages().get(defaultLocale), code.placeholders()), exception.getMessage());
        }
        for (RandomCatalogs.Category category : spec.categories()) {
            Object constant = classes.constant(spec.name() + "Category", category.id().toUpperCase(Locale.ROOT).replace('-', '_'));
            String what = "category " + category.id() + " ";
            expect(problems, what + "first()", category.first(), call(constant, "first"));
            expect(problems, what + "last()", category.last(), call(constant, "last"));
            expect(problems, what + "title()", category.titles().get(defaultLocale), call(constant, "title"));
            for (String locale : spec.locales()) {
                expect(problems, what + "title(" + locale + ")",
                        category.titles().getOrDefault(locale, category.titles().get(defaultLocale)),
                        call(constant, "title", Locale.forLanguageTag(locale)));
            }
            Optional<String> parent = spec.categories().stream()
                    .filter(c -> c != category && c.first() <= category.first() && category.last() <= c.last())
                    .min((a, b) -> Long.compare((long) a.last() - a.first(), (long) b.last() - b.first()))
                    .map(RandomCatalogs.Category::id);
            expect(problems, what + "parent()", parent, ((Optional<?>) call(constant, "parent")).map(p -> call(p, "id")));
            Optional<?> owner = (Optional<?>) classes.callStatic(registry, "categoryOf", category.last());
            if (owner.isEmpty()) {
                problems.add(registry + ".categoryOf(" + category.last() + ") is empty");
            }
        }
        int unused = spec.categories().isEmpty() ? 0 : spec.categories().get(0).first();
        if (codes.stream().noneMatch(c -> c.code() == unused) && find(classes, registry, unused).isPresent()) {
            problems.add(registry + ".find(" + unused + ") finds an undeclared code");
        }
    }

    private static List<String> names(RandomCatalogs.Code code) {
        List<String> names = new ArrayList<>(code.aliases());
        names.add(code.name());
        return names;
    }

    /** A field accessor's value as the catalog writes it; null when absent. Checks the accessor's shape too. */
    private static String fieldText(Object value, boolean always) {
        Object plain = value;
        if (value instanceof OptionalInt optional) {
            plain = optional.isPresent() ? (Object) optional.getAsInt() : null;
        } else if (value instanceof Optional<?> optional) {
            plain = optional.orElse(null);
        } else if (!always) {
            return "not an Optional: " + value;
        }
        if (plain == null) {
            return null;
        }
        return plain instanceof Enum<?> constant ? constant.name() : String.valueOf(plain);
    }

    private static Optional<?> find(GeneratedClasses classes, String registry, int code) {
        return (Optional<?>) classes.callStatic(registry, "find", code);
    }

    private static void expect(List<String> problems, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + ": expected " + quote(expected) + " but was " + quote(actual));
        }
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + CatalogFuzzTest.printable(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\""
                : String.valueOf(value);
    }

    /** The message with each placeholder replaced by {@code <name>} and doubled braces made single. */
    static String format(String template, List<String> placeholders) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                out.append('<').append(template, i + 1, end).append('>');
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
