package dev.errorcatalog.processor.frontend;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.CatalogCompiler;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.cli.CommandLine;
import dev.errorcatalog.processor.spring.GeneratedSpringAnnotations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's {@code check} and the build run one front end: on every catalog of the
 * repository (the real ones, the example's, the schema's valid and invalid samples, the test
 * catalogs) and on names that meet the generated ones they print the same diagnostics, and "valid"
 * means the build compiles it.
 */
class CommandLineAgreesWithBuildTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TAGGED = Pattern.compile("\\[[a-z0-9-]+\\] ");

    static Stream<Path> catalogs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String tree : List.of("catalog/src", "realworld/src", "example/src", "spring-boot4-test/src", "processor/src/test/resources")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(tree))) {
                files.filter(f -> f.toString().endsWith(".yaml"))
                        .filter(CommandLineAgreesWithBuildTest::importsResolveBesideIt)
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out.stream();
    }

    /**
     * The build finds imports on the class path, the command line beside the catalog: a catalog that
     * imports a descriptor from another module's jar cannot be checked the same way by both.
     */
    private static boolean importsResolveBesideIt(Path catalog) {
        try {
            return Files.readAllLines(catalog).stream().noneMatch(line -> line.startsWith("imports:"))
                    || Files.readAllLines(catalog).stream().filter(line -> line.startsWith("imports:"))
                            .allMatch(line -> Stream.of(line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).split(","))
                                    .map(String::trim)
                                    .allMatch(path -> Files.exists(catalog.getParent().resolve(path))));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Names that meet generated names: the build must refuse what the command line refuses, and only that. */
    static Stream<Arguments> hostileNames() {
        String enumField = "fields:\n  %s: {type: enum, values: [X, Y]}\n";
        String category = "categories:\n  - id: c\n    title: T\n    range: 1xxxxx\n    codes:\n"
                + "      - {code: 100001, name: %s, message: M, %s: X}\n";
        // with gRPC on, a placeholder is an ErrorInfo metadata key, and 'code' is the numeric code's
        String grpc = "catalog: Api\ndomain: api.acme.test\ncategories:\n  - id: c\n    title: T\n    range: 1xxxxx\n    codes:\n"
                + "      - {code: 100001, name: A_CODE, message: \"Order {%s} failed\"}\n";
        return Stream.of(
                Arguments.of("catalog: Api\n" + enumField.formatted("texts") + category.formatted("A_CODE", "texts"), false, false, 1),
                Arguments.of("catalog: Api\n" + enumField.formatted("problem-handler") + category.formatted("A_CODE", "problem-handler"),
                        true, false, 1),
                Arguments.of("catalog: Api\n" + enumField.formatted("problem-handler") + category.formatted("A_CODE", "problem-handler"),
                        false, false, 0),
                Arguments.of("catalog: String\n" + enumField.formatted("builder") + category.formatted("A_CODE", "builder"), false, false, 0),
                Arguments.of("catalog: A\n" + enumField.formatted("b") + category.formatted("AB", "b"), false, false, 1),
                Arguments.of(grpc.formatted("code"), false, true, 1),
                Arguments.of(grpc.formatted("code"), false, false, 0),
                Arguments.of(grpc.formatted("orderId"), false, true, 0));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void sameDiagnosticsForNamesThatMeetGeneratedOnes(String yaml, boolean spring, boolean grpc, int status, @TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("errors.yaml"), yaml);
        assertEquals(status, assertSame(dir.resolve("errors.yaml"), spring, grpc));
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void sameDiagnostics(Path catalog) {
        assertSame(catalog, false, false);
    }

    /** @return the command line's exit status */
    private static int assertSame(Path catalog, boolean spring, boolean grpc) {
        String name = catalog.getFileName().toString();
        List<String> options = new ArrayList<>(List.of("-Aerrorcatalog.dir=" + catalog.getParent()));
        List<String> args = new ArrayList<>(List.of("check"));
        if (spring) {
            options.add("-Aerrorcatalog.spring=true");
            args.add("--spring");
        }
        if (grpc) {
            options.add("-Aerrorcatalog.grpc=true");
            args.add("--grpc");
        }
        args.add(name);
        Compilation compilation = javac().withProcessors(new ErrorCatalogProcessor(), new GeneratedSpringAnnotations())
                .withOptions(options)
                .compile(CatalogCompiler.packageInfo(name));
        List<String> build = new ArrayList<>();
        for (Diagnostic<?> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (TAGGED.matcher(message).find() && d.getKind() != Diagnostic.Kind.NOTE) {
                build.add((d.getKind() == Diagnostic.Kind.ERROR ? "error: " : "warning: ") + message);
            }
        }
        CommandLine.Run run = CommandLine.run(catalog.getParent(), args.toArray(String[]::new));
        List<String> commandLine = run.err().lines()
                .filter(line -> line.startsWith("error: ") || line.startsWith("warning: "))
                .toList();
        assertEquals(build, commandLine, run.err());
        boolean compiled = compilation.status() == Compilation.Status.SUCCESS;
        assertEquals(compiled ? 0 : 1, run.status(), run.err());
        if (compiled) {
            assertFalse(compilation.generatedSourceFiles().isEmpty(), "valid means the build generates the catalog");
        }
        return run.status();
    }
}
