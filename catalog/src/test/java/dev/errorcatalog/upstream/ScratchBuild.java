package dev.errorcatalog.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A scratch copy of this repository (parent pom, processor, catalog) built with the Maven Wrapper,
 * as a user's machine would build it: for tests that edit the catalog's files between builds.
 */
final class ScratchBuild {
    /** Where the generated sources of the scratch catalog module land. */
    static final String GENERATED = "catalog/target/generated-sources/annotations/dev/errorcatalog/upstream/";

    record Result(int exitCode, String output) {}

    private final Path root;

    private ScratchBuild(Path root) {
        this.root = root;
    }

    /** Copies the reactor's processor and catalog modules (without build output) into {@code scratch}. */
    static ScratchBuild copyInto(Path scratch) throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        for (String entry : List.of("pom.xml", "mvnw", ".mvn", "processor", "catalog")) {
            copy(repository.resolve(entry), scratch.resolve(entry));
        }
        // The scratch reactor holds only the processor and the catalog.
        Path pom = scratch.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceAll("<module>(?!processor<|catalog<)[^<]*</module>", ""));
        return new ScratchBuild(scratch);
    }

    Path file(String path) {
        return root.resolve(path);
    }

    /** {@code mvnw -o compile -pl catalog -am}, with extra arguments such as {@code -Dkey=value}. */
    Result build(String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile(root, "build", ".log");
        List<String> command = new ArrayList<>(List.of("bash", "mvnw", "-B", "-o", "compile", "-pl", "catalog", "-am"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the scratch build took over 5 minutes:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    static void append(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(p -> !from.relativize(p).toString().startsWith("target")).forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
