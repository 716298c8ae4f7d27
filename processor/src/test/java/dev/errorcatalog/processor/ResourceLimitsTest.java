package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diag.Failures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory or stack is the machine's limit, not a bug and not an invalid catalog: one
 * error naming the catalog and the flag that raises the limit, from javac (never "An annotation
 * processor threw an uncaught exception") and from the command line (exit status 3, not 1).
 */
class ResourceLimitsTest {
    @TempDir
    Path dir;

    /** A catalog far too big for the tiny heaps below: 60,000 codes in 15 categories. */
    private Path bigCatalog() throws IOException {
        StringBuilder yaml = new StringBuilder("catalog: Big\ncategories:\n");
        for (int c = 0; c < 15; c++) {
            yaml.append("  - id: c").append(c).append("\n    title: Category ").append(c)
                    .append("\n    range: {from: ").append(c * 10_000).append(", to: ").append(c * 10_000 + 9_999).append("}\n    codes:\n");
            for (int i = 0; i < 4_000; i++) {
                int code = c * 10_000 + i;
                yaml.append("      - {code: ").append(code).append(", name: CODE_").append(code)
                        .append(", message: 'Something about {thing} went wrong number ").append(code).append("'}\n");
            }
        }
        Path file = dir.resolve("errors.yaml");
        Files.writeString(file, yaml.toString().replace("catalog: Big\n", "catalog: Big\ndigits: any\n"), StandardCharsets.UTF_8);
        return file;
    }

    private static String javaHome(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    private record Run(int status, String output) {}

    private Run start(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "timed out");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    @Test
    void javacOutOfMemoryIsOneErrorNamingTheCatalog() throws Exception {
        bigCatalog();
        Path source = dir.resolve("src/big/package-info.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")\npackage big;\n");
        List<String> command = new ArrayList<>(List.of(javaHome("javac"), "-J-Xmx40m", "-proc:only",
                "-cp", System.getProperty("java.class.path"),
                "-processorpath", System.getProperty("java.class.path"),
                "-processor", ErrorCatalogProcessor.class.getName(),
                "-Aerrorcatalog.dir=" + dir, "-d", dir.resolve("out").toString(), source.toString()));
        Run run = start(command);
        assertFalse(run.output().contains("threw an uncaught exception"), run.output());
        assertTrue(run.output().contains("[out-of-memory] ran out of memory"), run.output());
        assertTrue(run.output().contains("while compiling catalog 'errors.yaml'; give javac more heap: javac -J-Xmx2g; Maven: MAVEN_OPTS=-Xmx2g"),
                run.output());
        assertTrue(run.status() != 0, run.output());
    }

    @Test
    void commandLineOutOfMemoryExitsThree() throws Exception {
        Path catalog = bigCatalog();
        Run run = start(List.of(javaHome("java"), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                "dev.errorcatalog.processor.cli.CatalogTool", "check", catalog.getFileName().toString()));
        assertEquals(3, run.status(), run.output());
        assertTrue(run.output().contains("error: [out-of-memory] ran out of memory"), run.output());
        assertTrue(run.output().contains("while compiling catalog 'errors.yaml'; give the command line more heap: java -Xmx2g -jar"),
                run.output());
    }

    @Test
    void stackOverflowSaysWhichFlagRaisesTheStack() {
        assertEquals("[out-of-memory] ran out of stack while compiling catalog 'errors.yaml'; give javac a larger thread stack:"
                + " javac -J-Xss16m; Maven: MAVEN_OPTS=-Xss16m, or <fork>true</fork> and <compilerArgs><arg>-J-Xss16m</arg></compilerArgs>;"
                + " Gradle: org.gradle.jvmargs=-Xss16m",
                Failures.diagnose(new StackOverflowError(), "errors.yaml", Failures.Where.BUILD).render());
    }

    @Test
    void aBugNamesTheCatalogAndCarriesTheFirstFrames() {
        IllegalStateException bug = new IllegalStateException("unexpected node");
        bug.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("dev.errorcatalog.processor.read.CatalogReader", "read", "CatalogReader.java", 42),
            new StackTraceElement("dev.errorcatalog.processor.read.CatalogLoader", "load", "CatalogLoader.java", 7),
        });
        assertEquals("[internal-error] the processor failed unexpectedly on catalog 'errors.yaml': java.lang.IllegalStateException:"
                + " unexpected node; please report this with your catalog and these frames:"
                + " dev.errorcatalog.processor.read.CatalogReader.read(CatalogReader.java:42)"
                + " < dev.errorcatalog.processor.read.CatalogLoader.load(CatalogLoader.java:7)",
                Failures.diagnose(bug, "errors.yaml", Failures.Where.BUILD).render());
    }
}
