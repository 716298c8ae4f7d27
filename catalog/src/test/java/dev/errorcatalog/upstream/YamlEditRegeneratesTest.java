package dev.errorcatalog.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's everyday loop, for real: a scratch copy of this repository (parent pom, processor,
 * catalog) is built with the Maven Wrapper, its errors.yaml is edited, and it is built again.
 * maven-compiler-plugin says "Nothing to compile" when only a resource changed; this module's
 * configuration must defeat that, or the second build would ship the old codes. A broken edit must
 * fail the build with the YAML's line and column.
 */
class YamlEditRegeneratesTest {
    private static final String GENERATED = "catalog/target/generated-sources/annotations/dev/errorcatalog/upstream/";

    @TempDir
    static Path scratch;

    @BeforeAll
    static void copyRepository() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (String entry : List.of("pom.xml", "mvnw", ".mvn", "processor", "catalog")) {
            copy(root.resolve(entry), scratch.resolve(entry));
        }
        // The scratch reactor holds only the processor and the catalog.
        Path pom = scratch.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceAll("<module>(?!processor<|catalog<)[^<]*</module>", ""));
    }

    @Test
    void editingOnlyTheYamlRegeneratesAndMistakesFailWithTheirLine() throws Exception {
        Build first = build();
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(Files.exists(scratch.resolve(GENERATED + "AchError.java")), first.output());

        // The first build stands for the last release: keep its descriptor as the baseline.
        Path baseline = scratch.resolve("baseline.json");
        Files.copy(scratch.resolve("catalog/target/classes/META-INF/error-catalog/Api.json"), baseline);
        Path yaml = scratch.resolve("catalog/src/main/resources/errors.yaml");
        String original = Files.readString(yaml);
        append(yaml, "  - id: scratch",
                "    title: Scratch Errors",
                "    range: 777xxx",
                "    codes:",
                "      - {code: 777001, name: ADDED_BY_THE_EDIT, message: Added by the edit}");
        Build second = build();
        assertEquals(0, second.exitCode(), second.output());
        String added = Files.readString(scratch.resolve(GENERATED + "ScratchError.java"));
        assertTrue(added.contains("ADDED_BY_THE_EDIT"), added);

        append(yaml, "      - {code: 777001, name: SAME_CODE_AGAIN, message: Same code again}",
                "      - {code: 778001, name: OUTSIDE, message: Outside the range}");
        int lines = Files.readAllLines(yaml).size();
        Build broken = build();
        assertNotEquals(0, broken.exitCode(), broken.output());
        assertTrue(broken.output().contains("errors.yaml:" + (lines - 1) + ":16: [duplicate-code] code 777001 is declared twice"),
                broken.output());
        assertTrue(broken.output().contains("errors.yaml:" + lines + ":16: [code-out-of-range] code 778001"), broken.output());

        // Against the last release: dropping a published code fails the build, naming it.
        Files.writeString(yaml, original.replaceFirst("(?m)^.*code: 304900.*\n", ""));
        Build dropped = build("-Derrorcatalog.baseline=" + baseline);
        assertNotEquals(0, dropped.exitCode(), dropped.output());
        assertTrue(dropped.output().contains("[removed-code] code 304900 (ACH_PRE_CHECKS) of category 'ach' was published"
                + " (baseline " + baseline), dropped.output());
    }

    private record Build(int exitCode, String output) {}

    private static Build build(String... properties) throws IOException, InterruptedException {
        Path log = Files.createTempFile(scratch, "build", ".log");
        List<String> command = new java.util.ArrayList<>(List.of("bash", "mvnw", "-B", "-o", "compile", "-pl", "catalog", "-am"));
        command.addAll(List.of(properties));
        Process process = new ProcessBuilder(command)
                .directory(scratch.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the scratch build took over 5 minutes:\n" + Files.readString(log));
        }
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void append(Path file, String... lines) throws IOException {
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
