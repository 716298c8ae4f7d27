package dev.errorcatalog.processor.clients;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real tools the client-output tests drive as processes: Node.js, the TypeScript compiler and
 * Playwright from {@code clients-test/} ({@code npm ci} there; {@code .ci/run} does it), and
 * Debian's chromium. On a developer's machine without them a test is skipped with the command
 * that installs them; under CI ({@code CI=true}) a missing tool fails the test instead, so the
 * outputs are never silently untested.
 */
public final class ClientTools {
    public static final Path CLIENTS = Path.of("..", "clients-test").toAbsolutePath().normalize();
    public static final Path TSC = CLIENTS.resolve("node_modules/.bin/tsc");
    public static final Path PLAYWRIGHT = CLIENTS.resolve("node_modules/playwright-core");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ClientTools() {}

    public record Result(int status, String output) {}

    /**
     * Set by {@code .ci/run} on its second pass (JDK 25): the tools' tests ran in the first pass.
     * What they check is the same text either way (the writers are plain Java string building; the
     * formatting under test is Node.js's and chromium's), and they are the slowest tests after the fuzz test.
     */
    static final String SKIP_PROPERTY = "errorcatalog.skipClientTools";

    /** Skips (locally, or on CI's second pass) or fails (under CI) unless {@code tool} exists. */
    public static void require(Path tool, String install) {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "-D" + SKIP_PROPERTY + "=true: the client tools' tests ran in CI's first pass");
        if (Files.exists(tool)) {
            return;
        }
        String problem = tool + " is missing; install it with: " + install;
        if ("true".equals(System.getenv("CI"))) {
            fail(problem);
        }
        Assumptions.abort(problem);
    }

    public static void requireTypeScript() {
        require(TSC, "cd clients-test && npm ci");
    }

    public static void requireBrowser() {
        require(PLAYWRIGHT, "cd clients-test && npm ci");
        require(CHROMIUM, "apt-get install -y chromium");
    }

    /** Runs {@code command} in {@code directory}; its output (both streams) comes back with the exit status. */
    public static Result run(Path directory, List<String> command, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("client-tool", ".log");
            Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test resource under {@code /clients/} as text. */
    public static String resource(String name) {
        try (var in = ClientTools.class.getResourceAsStream("/clients/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /clients/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
