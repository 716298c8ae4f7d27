package dev.errorcatalog.processor.levels;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the processor the way a build does, from a processor path, through javac or the Eclipse
 * compiler at a given {@code --release}, with the same command line whichever compiler runs.
 * javac runs inside the test JVM when that JDK knows the release, else as a newer JDK's javac in
 * a process of its own ({@link Jdks}); a level is never skipped.
 */
enum LevelCompiler {
    JAVAC {
        @Override
        Result compile(int release, List<String> arguments) {
            if (Runtime.version().feature() >= release) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int status = ToolProvider.getSystemJavaCompiler().run(null, out, out, arguments.toArray(String[]::new));
                return new Result(status, "javac " + Runtime.version().feature() + " (in process)", out.toString(StandardCharsets.UTF_8));
            }
            Path javac = Jdks.javacFor(release);
            return external(javac, arguments);
        }
    },
    /** ecj, as Eclipse and the IDEs built on it run processors. */
    ECJ {
        @Override
        Result compile(int release, List<String> arguments) {
            StringWriter out = new StringWriter();
            boolean ok = BatchCompiler.compile(arguments.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out), null);
            return new Result(ok ? 0 : 1, "ecj (in process)", out.toString());
        }
    };

    /** What the compiler said; {@code output} is empty when it had nothing to warn about. */
    record Result(int status, String compiler, String output) {}

    abstract Result compile(int release, List<String> arguments);

    /**
     * Compiles {@code sources} with the processor at {@code release}, warnings as errors, the
     * catalog looked up in {@code catalogDir}; generated sources go to {@code work/generated}.
     * {@code options} come after the standard ones (javac: {@code -Xlint:-options} to keep
     * javac 21+'s "source value 8 is obsolete" from failing a build under -Werror).
     */
    Result compile(int release, Path catalogDir, Path work, List<Path> sources, String... options) {
        List<String> arguments = new ArrayList<>(List.of(
                "--release", Integer.toString(release),
                "-encoding", "UTF-8",
                "-classpath", location(ErrorCatalog.class),
                "-processorpath", String.join(java.io.File.pathSeparator, processorPath()),
                "-processor", ErrorCatalogProcessor.class.getName(),
                "-Aerrorcatalog.dir=" + catalogDir,
                "-s", directory(work.resolve("generated")).toString(),
                "-d", directory(work.resolve("classes")).toString()));
        if (this == JAVAC) {
            // ecj has no -Xlint; its default warnings (raw types, unchecked, deprecation, serial,
            // unused, dead code...) are on, and the tests require its output to be empty.
            arguments.addAll(List.of("-Xlint:all", "-Werror"));
        }
        arguments.addAll(List.of(options));
        sources.forEach(source -> arguments.add(source.toString()));
        return compile(release, arguments);
    }

    /** The processor and what it needs at its side: exactly the jars a user's processor path holds. */
    static List<String> processorPath() {
        return List.of(location(ErrorCatalogProcessor.class), location(JavaFile.class), location(LoadSettings.class),
                location(org.commonmark.parser.Parser.class));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result external(Path javac, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javac.toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (Stream<String> lines = process.inputReader(StandardCharsets.UTF_8).lines()) {
                output = lines.collect(Collectors.joining("\n"));
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(javac + " did not finish in 5 minutes");
            }
            return new Result(process.exitValue(), javac.toString(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
