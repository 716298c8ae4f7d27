package dev.errorcatalog.processor.levels;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Below Java 11 (maven-compiler-plugin's default is 8) the processor reports one error that names
 * the level to set, and generates nothing, so no "cannot find symbol" buries that line.
 */
class OldReleaseTest {
    private static final String ERROR = "[java-level] the generated code needs Java 11 or newer, but this compilation is at Java %d: "
            + "compile with --release 11 or higher (Maven: <release>17</release> in maven-compiler-plugin, whose default is 8)";

    @TempDir
    Path work;

    @ParameterizedTest(name = "javac --release {0}")
    @ValueSource(ints = {8, 10})
    void oneErrorOnTheAnnotation(int release) {
        JavaFileObject packageInfo = JavaFileObjects.forSourceLines("com.acme.errors.package-info",
                "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")",
                "package com.acme.errors;");
        Compilation compilation = javac().withProcessors(new ErrorCatalogProcessor())
                .withOptions("--release", Integer.toString(release),
                        "-Aerrorcatalog.dir=" + JavaLevelsTest.resource("levels/every-feature"))
                .compile(packageInfo);

        assertThat(compilation).hadErrorContaining(String.format(ERROR, release)).inFile(packageInfo).onLine(1).atColumn(1);
        assertThat(compilation).hadErrorCount(1);
    }

    @ParameterizedTest(name = "{0} --release 8")
    @EnumSource(LevelCompiler.class)
    void theSameFromEveryCompiler(LevelCompiler compiler) throws IOException {
        Path packageInfo = Files.writeString(Files.createDirectories(work.resolve("src")).resolve("package-info.java"),
                "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")\npackage com.acme.feat;\n");

        LevelCompiler.Result result = compiler.compile(8, JavaLevelsTest.resource("levels/every-feature"), work, List.of(packageInfo),
                compiler == LevelCompiler.JAVAC ? new String[] {"-Xlint:-options"} : new String[0]);

        assertNotEquals(0, result.status(), result.output());
        // the only error: no "cannot find symbol" from half-generated code follows it
        assertEquals(1, result.output().split(Pattern.quote(String.format(ERROR, 8)), -1).length - 1, result.output());
        assertFalse(result.output().contains("cannot find symbol") || result.output().contains("cannot be resolved"), result.output());
        try (Stream<Path> generated = Files.walk(work.resolve("generated"))) {
            assertEquals(List.of(), generated.filter(Files::isRegularFile).toList());
        }
    }
}
