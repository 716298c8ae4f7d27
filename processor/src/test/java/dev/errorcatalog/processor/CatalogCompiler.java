package dev.errorcatalog.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Runs the processor through compile-testing on a catalog written to a temporary directory
 * (passed with {@code -Aerrorcatalog.dir}, since compile-testing keeps no class output on disk),
 * with {@code -Xlint:all -Werror} so generated code must be warning-free.
 */
public final class CatalogCompiler {
    public static final String PACKAGE = "com.acme.errors";

    private CatalogCompiler() {}

    public static Compilation compile(String yaml, JavaFileObject... extraSources) {
        return compile(yaml.getBytes(StandardCharsets.UTF_8), List.of(), extraSources);
    }

    public static Compilation compile(byte[] yaml, List<String> extraOptions, JavaFileObject... extraSources) {
        Path dir = writeCatalog(yaml);
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir));
        options.addAll(extraOptions);
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(packageInfo("errors.yaml"));
        sources.addAll(List.of(extraSources));
        return javac().withProcessors(new ErrorCatalogProcessor()).withOptions(options).compile(sources);
    }

    /**
     * Compiles {@code errors.yaml} with other files beside it (translation files, under any
     * sub-directory), all found through {@code -Aerrorcatalog.dir}.
     */
    public static Compilation compileWithFiles(String yaml, java.util.Map<String, String> files, List<String> extraOptions,
            JavaFileObject... extraSources) {
        Path dir = writeCatalog(yaml.getBytes(StandardCharsets.UTF_8));
        try {
            for (java.util.Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Aerrorcatalog.dir=" + dir));
        options.addAll(extraOptions);
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(packageInfo("errors.yaml"));
        sources.addAll(List.of(extraSources));
        return javac().withProcessors(new ErrorCatalogProcessor()).withOptions(options).compile(sources);
    }

    public static JavaFileObject packageInfo(String path) {
        return JavaFileObjects.forSourceLines(PACKAGE + ".package-info",
                "@dev.errorcatalog.ErrorCatalog(\"" + path + "\")",
                "package " + PACKAGE + ";");
    }

    public static Path writeCatalog(byte[] yaml) {
        try {
            Path dir = Files.createTempDirectory("errorcatalog");
            Files.write(dir.resolve("errors.yaml"), yaml);
            dir.toFile().deleteOnExit();
            dir.resolve("errors.yaml").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines joined with newlines, so catalogs in tests read like the files they stand for. */
    public static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
