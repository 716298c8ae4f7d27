package dev.errorcatalog.processor.frontend;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.CatalogCompiler;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.cli.CommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's {@code check} and the build run one front end: on every catalog of the
 * repository (the real ones, the example's, the schema's valid and invalid samples, the test
 * catalogs) they print the same diagnostics, and "valid" means the build compiles it.
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

    @ParameterizedTest
    @MethodSource("catalogs")
    void sameDiagnostics(Path catalog) {
        String name = catalog.getFileName().toString();
        Compilation compilation = javac().withProcessors(new ErrorCatalogProcessor())
                .withOptions("-Aerrorcatalog.dir=" + catalog.getParent())
                .compile(CatalogCompiler.packageInfo(name));
        List<String> build = new ArrayList<>();
        for (Diagnostic<?> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (TAGGED.matcher(message).find() && d.getKind() != Diagnostic.Kind.NOTE) {
                build.add((d.getKind() == Diagnostic.Kind.ERROR ? "error: " : "warning: ") + message);
            }
        }
        CommandLine.Run run = CommandLine.run(catalog.getParent(), "check", name);
        List<String> commandLine = run.err().lines()
                .filter(line -> line.startsWith("error: ") || line.startsWith("warning: "))
                .toList();
        assertEquals(build, commandLine, run.err());
        boolean compiled = compilation.status() == Compilation.Status.SUCCESS;
        assertEquals(compiled ? 0 : 1, run.status(), run.err());
        if (compiled) {
            assertFalse(compilation.generatedSourceFiles().isEmpty(), "valid means the build generates the catalog");
        }
    }
}
