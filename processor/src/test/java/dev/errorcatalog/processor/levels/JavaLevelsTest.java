package dev.errorcatalog.processor.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code compiles, warning-free, at every supported {@code --release} on javac and on
 * the Eclipse compiler, for the real upstream catalog and for a catalog that uses every feature;
 * together with code that uses it. The interface and base exception are sealed exactly where the
 * level allows, and at 21+ a switch over the sealed interface is exhaustive without a default.
 */
class JavaLevelsTest {
    static Stream<Arguments> levels() {
        List<Arguments> levels = new ArrayList<>();
        for (Catalog catalog : Catalog.values()) {
            for (LevelCompiler compiler : LevelCompiler.values()) {
                for (int release : new int[] {11, 17, 21, 25}) {
                    levels.add(Arguments.of(compiler, release, catalog));
                }
            }
        }
        return levels.stream();
    }

    /** A catalog, where the processor finds it, and the hand-written code compiled beside it. */
    enum Catalog {
        UPSTREAM("dev.errorcatalog.upstream", "Api", repository().resolve("catalog/src/main/resources"), "UpstreamClient.java"),
        EVERY_FEATURE("com.acme.feat", "Feat", resource("levels/every-feature"), "FeatClient.java");

        final String packageName;
        final String prefix;
        final Path directory;
        final String client;

        Catalog(String packageName, String prefix, Path directory, String client) {
            this.packageName = packageName;
            this.prefix = prefix;
            this.directory = directory;
            this.client = client;
        }
    }

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} --release {1}: {2}")
    @MethodSource("levels")
    void compilesWithoutAWarning(LevelCompiler compiler, int release, Catalog catalog) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src"));
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(sources.resolve("package-info.java"),
                "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")\npackage " + catalog.packageName + ";\n"));
        files.add(Files.copy(resource("levels/clients/" + catalog.client), sources.resolve(catalog.client)));
        if (catalog == Catalog.EVERY_FEATURE && release >= 21) {
            files.add(Files.copy(resource("levels/clients/FeatExhaustive.java"), sources.resolve("FeatExhaustive.java")));
        }

        LevelCompiler.Result result = compiler.compile(release, catalog.directory, work, files);

        assertEquals(0, result.status(), result.compiler() + " failed:\n" + result.output());
        assertEquals("", result.output().strip(), result.compiler() + " said something");
        Path generated = work.resolve("generated").resolve(catalog.packageName.replace('.', '/'));
        boolean sealed = release >= 17;
        assertEquals(sealed, Files.readString(generated.resolve(catalog.prefix + "Error.java")).contains("public sealed interface"));
        assertEquals(sealed, Files.readString(generated.resolve(catalog.prefix + "Exception.java")).contains("sealed class"));
        assertTrue(Files.isRegularFile(work.resolve("classes").resolve(catalog.packageName.replace('.', '/')).resolve(catalog.prefix + "Errors.class")));
    }

    static Path repository() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    static Path resource(String name) {
        try {
            return Path.of(JavaLevelsTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
