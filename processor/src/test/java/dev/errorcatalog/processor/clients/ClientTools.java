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
 * Playwright from {@code clients-test/} (the build installs them there with {@code npm ci} before
 * the tests: {@link NpmPackages}), and Debian's chromium. A missing tool fails the test with what
 * to install and the switch that skips these tests, locally and under CI alike: since the build
 * installs the npm tools itself, a missing one is a real problem, never a reason to pass untested.
 * The only skip is the explicit {@code -Derrorcatalog.skipClientTools=true}.
 */
public final class ClientTools {
    public static final Path CLIENTS = Path.of("..", "clients-test").toAbsolutePath().normalize();
    public static final Path TSC = CLIENTS.resolve("node_modules/.bin/tsc");
    public static final Path PLAYWRIGHT = CLIENTS.resolve("node_modules/playwright-core");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ClientTools() {}

    public record Result(int status, String output) {}

    /**
     * The switch for machines without Node.js, npm or chromium, and for {@code .ci/run}'s second pass
     * (JDK 25), whose first pass ran these tests: what they check is the same text either way (the
     * writers are plain Java string building; the formatting under test is Node.js's and
     * chromium's), and they are the slowest tests after the fuzz test. It also skips the build's
     * {@code npm ci} step ({@code processor/pom.xml}).
     */
    static final String SKIP_PROPERTY = "errorcatalog.skipClientTools";

    /** Skips when {@code -Derrorcatalog.skipClientTools=true}; otherwise fails unless {@code tool} exists. */
    public static void require(Path tool, String install) {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY), "-D" + SKIP_PROPERTY + "=true");
        if (!Files.exists(tool)) {
            fail(missing(tool, install));
        }
    }

    /** What a test says when a tool is missing: the tool, how to install it, and the switch. */
    static String missing(Path tool, String install) {
        return tool + " is missing; " + install + ", or skip the client-output tests with -D" + SKIP_PROPERTY + "=true";
    }

    public static void requireTypeScript() {
        require(TSC, NPM_FIX);
    }

    public static void requireBrowser() {
        require(PLAYWRIGHT, NPM_FIX);
        require(CHROMIUM, "install Debian's chromium (apt-get install chromium)");
    }

    /** The build's npm step did not run or did not finish (an IDE runs tests without it). */
    private static final String NPM_FIX = "the build installs it before the tests (./mvnw -B -pl processor"
            + " process-test-classes); by hand: cd clients-test && npm ci --no-audit --no-fund";

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
