package dev.errorcatalog.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.spring.GeneratedSpringAnnotations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * Golden test: every file the processor writes for the every-feature catalog
 * ({@code src/test/resources/levels/every-feature/}: nested categories, {@code digits: any}, four
 * locales with one in a properties file, typed placeholders of every type, aliases, reserved and
 * retired entries, fields of every type with and without defaults, deprecated codes, a frozen
 * category, an import), compiled with the Spring integration on, is compared byte for byte with
 * the checked-in files under {@code src/test/resources/golden/expected/}: the generated sources
 * under {@code SOURCE_OUTPUT/}, the resources (Markdown, JSON descriptor, locale texts, client
 * outputs, Spring's imports file) under {@code CLASS_OUTPUT/}. Every change to generated code
 * thus shows up in review as a change to those files.
 *
 * <p>When a change to the output is intended, regenerate the expected files and review their diff:
 *
 * <pre>
 * ./mvnw -B -o -q -pl processor test -Dtest=GoldenOutputTest -Derrorcatalog.updateGolden=true
 * git diff processor/src/test/resources/golden/expected/
 * </pre>
 *
 * <p>With {@code -Derrorcatalog.updateGolden=true} the test rewrites the expected files (deleting
 * those no longer generated) instead of comparing.
 */
class GoldenOutputTest {
    static final String UPDATE_PROPERTY = "errorcatalog.updateGolden";
    static final String REGENERATE = "./mvnw -B -o -q -pl processor test -Dtest=GoldenOutputTest -D" + UPDATE_PROPERTY + "=true";
    /** Surefire runs in the module directory. */
    static final Path EXPECTED = Path.of("src/test/resources/golden/expected");
    static final Path CATALOG = Path.of("src/test/resources/levels/every-feature");
    static final String PACKAGE = "com.acme.feat";
    /** What only {@code -Aerrorcatalog.spring=true} and {@code -Aerrorcatalog.grpc=true} add. */
    static final List<String> SPRING_FILES = List.of(
            "CLASS_OUTPUT/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports",
            "SOURCE_OUTPUT/com/acme/feat/FeatProblemAutoConfiguration.java",
            "SOURCE_OUTPUT/com/acme/feat/FeatProblemHandler.java",
            "SOURCE_OUTPUT/com/acme/feat/FeatProblemMvcConfiguration.java",
            "SOURCE_OUTPUT/com/acme/feat/FeatProblemWebFluxConfiguration.java",
            "SOURCE_OUTPUT/com/acme/feat/FeatGrpcErrors.java",
            "SOURCE_OUTPUT/com/acme/feat/FeatGrpcAutoConfiguration.java");

    private static Compilation compile(boolean spring) {
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + CATALOG.toAbsolutePath(),
                "-Aerrorcatalog.outputs=typescript,openapi,html"));
        List<Processor> processors = new ArrayList<>(List.of(new ErrorCatalogProcessor()));
        if (spring) {
            options.add("-Aerrorcatalog.spring=true");
            options.add("-Aerrorcatalog.grpc=true");
            processors.add(new GeneratedSpringAnnotations());
        }
        return javac().withProcessors(processors).withOptions(options).compile(JavaFileObjects.forSourceLines(
                PACKAGE + ".package-info", "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")", "package " + PACKAGE + ";"));
    }

    @Test
    void everyGeneratedFileIsTheGoldenOneByteForByte() throws IOException {
        Compilation compilation = compile(true);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, byte[]> actual = GoldenFiles.generated(compilation.generatedFiles());
        assertTrue(actual.keySet().containsAll(SPRING_FILES), "the Spring files are not among " + actual.keySet());
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            GoldenFiles.write(EXPECTED, actual);
            System.out.println("GoldenOutputTest: rewrote " + actual.size() + " files under " + EXPECTED.toAbsolutePath());
            return;
        }
        assertSame(GoldenFiles.differences(GoldenFiles.read(EXPECTED), actual, List.of()));
    }

    /** Without the Spring option the output is the golden set less the Spring files, the rest unchanged. */
    @Test
    void withoutSpringTheOutputIsTheGoldenSetLessTheSpringFiles() throws IOException {
        Compilation compilation = compile(false);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, byte[]> actual = GoldenFiles.generated(compilation.generatedFiles());
        for (String spring : SPRING_FILES) {
            assertTrue(!actual.containsKey(spring), spring + " written without the Spring option");
        }
        if (!Boolean.getBoolean(UPDATE_PROPERTY)) {
            assertSame(GoldenFiles.differences(GoldenFiles.read(EXPECTED), actual, SPRING_FILES));
        }
    }

    @Test
    void aDifferenceIsShownAsAnExcerptWithContext() {
        byte[] before = String.join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "").getBytes(StandardCharsets.UTF_8);
        byte[] after = String.join("\n", "a", "b", "c", "d", "E", "f", "g", "h", "").getBytes(StandardCharsets.UTF_8);
        assertEquals(String.format("@@ -2,4 +2,4 @@ (line numbers from 1)%n") + "  b\n  c\n  d\n- e\n+ E\n  f\n  g\n  h\n",
                GoldenFiles.excerpt(before, after));
        Map<String, byte[]> expected = new TreeMap<>(Map.of("same", before, "changed", before, "gone", before));
        Map<String, byte[]> actual = new TreeMap<>(Map.of("same", before, "changed", after, "new", after));
        assertEquals(List.of("differs: changed\n" + GoldenFiles.excerpt(before, after), "new file, not in the golden set: new",
                "no longer generated: gone"), GoldenFiles.differences(expected, actual, List.of()));
        // two malformed UTF-8 bytes decode to the same replacement character
        assertEquals("  (the same lines: the bytes differ in encoding or line endings)",
                GoldenFiles.excerpt(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE}));
    }

    private static void assertSame(List<String> differences) {
        if (!differences.isEmpty()) {
            throw new AssertionError("the generated output differs from the golden files in " + EXPECTED + " ("
                    + differences.size() + " file(s)). If the change is intended, regenerate them with\n  " + REGENERATE
                    + "\nand review the diff.\n\n" + String.join("\n", differences));
        }
    }
}
