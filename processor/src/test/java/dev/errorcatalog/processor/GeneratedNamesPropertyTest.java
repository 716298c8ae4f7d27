package dev.errorcatalog.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.spring.GeneratedSpringAnnotations;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catalogs whose names meet every name the processor writes: catalog names that are java.lang
 * types or their first halves ({@code String} + field {@code builder}), category ids that make
 * {@code <Id>Error} the catalog's own {@code <Catalog>Error}, field ids that make
 * {@code <Catalog><Field>} a generated type (texts, the Spring ones) or a java.lang type, code
 * names and aliases equal to a field's enum or to a generated constant; Spring on and off. Each
 * compiles warning-free under {@code -Xlint:all -Werror}, or fails with exactly the
 * {@code [name-clash]} errors the front end predicts, at YAML lines: never a write failure, never an
 * error in generated code.
 */
class GeneratedNamesPropertyTest {
    private static final List<String> CATALOGS = List.of("String", "Object", "Api", "Math", "A", "MESSAGE", "Suppress",
            "Safe", "Runtime", "Illegal", "Char", "Auto", "Hash", "Response", "Log", "Error", "System", "Stack");
    private static final List<String> FIELDS = List.of("texts", "builder", "problem-handler", "problem-auto-configuration",
            "grpc-errors", "error", "category", "errors", "exception", "b", "s", "warnings", "varargs", "sequence", "closeable",
            "map", "factory", "entity", "lists", "trace-element", "argument-exception", "pointer-exception");
    private static final List<String> CATEGORIES = List.of("all", "illegal-argument", "runtime", "assertion", "string",
            "null-pointer", "a", "api-texts", "stack-overflow", "class-cast", "problem");
    private static final List<String> NAMES = List.of("FOO", "AB", "AS", "MESSAGES", "MESSAGEB", "CODES", "DATA", "TYPES",
            "STRING_BUILDER", "VALUES", "DEFAULT", "X", "ERROR", "AMAP");

    record Case(String catalog, List<String> fields, List<String> categories, List<String> names, int aliases, boolean spring) {
        String yaml() {
            List<String> lines = new ArrayList<>(List.of("catalog: " + catalog));
            if (!fields.isEmpty()) {
                lines.add("fields:");
                fields.forEach(field -> lines.add("  " + field + ": {type: enum, values: [X, Y]}"));
            }
            lines.add("categories:");
            int codes = names.size() - aliases;
            for (int c = 0; c < categories.size(); c++) {
                lines.add("  - id: " + categories.get(c));
                lines.add("    title: T");
                lines.add("    range: " + (c + 1) + "xxxxx");
                lines.add("    codes:");
                for (int n = c; n < codes; n += categories.size()) {
                    StringBuilder code = new StringBuilder("      - {code: " + ((c + 1) * 100_000 + n + 1) + ", name: "
                            + names.get(n) + ", message: M");
                    fields.forEach(field -> code.append(", ").append(field).append(": X"));
                    if (n == 0 && aliases > 0) {
                        code.append(", aliases: [").append(String.join(", ", names.subList(codes, names.size()))).append(']');
                    }
                    lines.add(code.append('}').toString());
                }
                if (c >= codes) {
                    lines.set(lines.size() - 1, "    codes: []");
                }
            }
            return CatalogCompiler.lines(lines.toArray(String[]::new));
        }
    }

    /** How many catalogs one run compiles: each is a javac run, about half a second. */
    static final int CASES = 80;

    /**
     * Seeded, so a failure names its case and reruns the same; each case draws a catalog name, then
     * up to three fields, one to three categories (the catalog's own name among the candidates) and
     * one to five code names, some of them aliases.
     */
    static Stream<Case> catalogs() {
        Random random = new Random(20261202L);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String catalog = pick(random, CATALOGS);
            String kebab = catalog.toLowerCase(Locale.ROOT);
            List<String> categories = Stream.concat(CATEGORIES.stream(), Stream.of(kebab)).distinct().toList();
            // all-capital catalogs make all-capital field enums (A + b = AB): offer those as code names
            List<String> names = Stream.concat(NAMES.stream(), FIELDS.stream()
                            .filter(field -> field.length() == 1 && catalog.equals(catalog.toUpperCase(Locale.ROOT)))
                            .map(field -> catalog + field.toUpperCase(Locale.ROOT)))
                    .distinct().toList();
            List<String> codeNames = some(random, names, 1, 5);
            cases.add(new Case(catalog, some(random, FIELDS, 0, 3), some(random, categories, 1, 3), codeNames,
                    Math.min(random.nextInt(3), codeNames.size() - 1), random.nextBoolean()));
        }
        return cases.stream();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Between {@code min} and {@code max} distinct elements, in a random order. */
    private static List<String> some(Random random, List<String> from, int min, int max) {
        List<String> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, min + random.nextInt(max - min + 1)));
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void compilesOrFailsWithNameClashesOnly(Case generated) {
        String yaml = generated.yaml();
        FrontEnd.Result front = FrontEnd.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                new Options(false, generated.spring(), Optional.empty(), Optional.empty(), Set.of(), false, false));
        List<Diagnostic> errors = front.diagnostics().stream().filter(Diagnostic::isError).toList();
        errors.forEach(error -> {
            assertEquals(DiagnosticKind.NAME_CLASH, error.kind(), () -> "the generator made an invalid catalog:\n" + yaml + error);
            assertTrue(error.mark().line() > 0, error::render);
        });
        Compilation compilation = compile(yaml, generated.spring());
        List<String> printed = compilation.diagnostics().stream()
                .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT)).toList();
        List<String> expected = errors.stream().map(d -> "ERROR " + d.render()).toList();
        assertEquals(expected, printed, () -> "for the catalog\n" + yaml);
        assertEquals(errors.isEmpty() ? Compilation.Status.SUCCESS : Compilation.Status.FAILURE, compilation.status(), yaml);
    }

    private static Compilation compile(String yaml, boolean spring) {
        Path dir = CatalogCompiler.writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir));
        if (spring) {
            options.add("-Aerrorcatalog.spring=true");
        }
        JavaFileObject anchor = CatalogCompiler.packageInfo("errors.yaml");
        return javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations()).withOptions(options)
                .compile(anchor);
    }
}
