package dev.errorcatalog.realworld.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python renamed four statuses after 3.11 (413 REQUEST_ENTITY_TOO_LARGE is now CONTENT_TOO_LARGE)
 * and kept the old names as aliases. Checked against Python 3.11.7's HTTPStatus as the last
 * release, the current catalog is compatible because of its aliases; without them every rename is
 * a {@code [renamed-code]} error. The check is the processor's command line, run as users run it.
 */
class HttpStatusBaselineTest {

    private static final Path CURRENT = Path.of("src/main/resources/http-status.yaml");
    private static final Path PYTHON_3_11 = Path.of("src/test/resources/http-status-python-3.11.yaml");

    @Test
    void renamesThatKeepTheOldNamesAsAliasesAreCompatible() throws Exception {
        Result result = check(CURRENT);
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("HttpStatus catalog is valid: 62 codes in 5 categories"), result.output());
    }

    @Test
    void droppingTheAliasesBreaksEveryRenamedStatus(@TempDir Path dir) throws Exception {
        List<String> withoutAliases = Files.readAllLines(CURRENT, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.trim().startsWith("aliases:"))
                .collect(Collectors.toList());
        Path edited = Files.write(dir.resolve("http-status.yaml"), withoutAliases, StandardCharsets.UTF_8);
        Result result = check(edited);
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("[renamed-code] code 413 was named REQUEST_ENTITY_TOO_LARGE and is now CONTENT_TOO_LARGE"),
                result.output());
        for (String old : List.of("REQUEST_URI_TOO_LONG", "REQUESTED_RANGE_NOT_SATISFIABLE", "UNPROCESSABLE_ENTITY")) {
            assertTrue(result.output().contains("was named " + old + " and is now"), old);
        }
        assertTrue(result.output().contains("invalid catalog (4 error(s))"), result.output());
    }

    private record Result(int status, String output) {}

    /** Runs {@code java -jar error-catalog-processor.jar check --baseline PYTHON_3_11 catalog}. */
    private static Result check(Path catalog) throws IOException, InterruptedException {
        Path jar = Path.of(ErrorCatalog.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        assertTrue(Files.isRegularFile(jar), "the processor should be on the class path as its jar, not " + jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "check",
                "--baseline", PYTHON_3_11.toString(), catalog.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
