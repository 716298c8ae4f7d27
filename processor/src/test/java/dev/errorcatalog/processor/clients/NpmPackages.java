package dev.errorcatalog.processor.clients;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The build's step before the tests ({@code process-test-classes} in {@code processor/pom.xml}):
 * installs the client tests' npm tools in {@code clients-test/} with the machine's npm, so that
 * {@code ./mvnw verify} on a fresh clone runs the TypeScript and browser tests instead of finding
 * nothing to run them with. It runs {@code npm ci} only when {@code node_modules} is missing or
 * older than {@code package-lock.json}: a build with the tools in place spawns no process.
 *
 * <p>Arguments: the {@code clients-test} directory, then the values of {@code skipTests} and
 * {@code errorcatalog.skipClientTools}; either {@code true} skips the step.
 */
public final class NpmPackages {
    static final List<String> NPM_CI = List.of("ci", "--no-audit", "--no-fund");

    private NpmPackages() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("expected: CLIENTS_TEST_DIR SKIP_TESTS SKIP_CLIENT_TOOLS, got " + List.of(args));
        }
        Path clients = Path.of(args[0]).toAbsolutePath().normalize();
        // quiet when there is nothing to do: the README's "install -DskipTests -q" prints nothing
        if ("true".equals(args[1]) || "true".equals(args[2]) || upToDate(clients)) {
            return;
        }
        String npm = npmExecutable(System.getenv("PATH"), isWindows()).orElseThrow(() -> new IllegalStateException(
                "npm is not on the PATH. The client-output tests (tsc, Node.js, Playwright with chromium) need"
                        + " Node.js 20+ with npm: install it (e.g. apt-get install nodejs npm), or skip these tests with"
                        + " -D" + ClientTools.SKIP_PROPERTY + "=true"));
        List<String> command = new ArrayList<>(List.of(npm));
        command.addAll(NPM_CI);
        System.out.println("[error-catalog] " + String.join(" ", command) + " in " + clients
                + " (node_modules missing or older than package-lock.json)");
        int status = new ProcessBuilder(command).directory(clients.toFile()).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("npm ci failed in " + clients + " (exit " + status + "; its output is above)."
                    + " Fix it, or skip the client-output tests with -D" + ClientTools.SKIP_PROPERTY + "=true");
        }
    }

    /**
     * Whether {@code npm ci} has completed since {@code package-lock.json} last changed: npm writes
     * {@code node_modules/.package-lock.json} at the end of an install, so its absence also catches
     * an install that was interrupted.
     */
    static boolean upToDate(Path clients) throws IOException {
        Path installed = clients.resolve("node_modules/.package-lock.json");
        return Files.exists(installed) && Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(clients.resolve("package-lock.json"))) >= 0;
    }

    /** The npm launcher in the first directory of {@code path} that has one ({@code npm.cmd} on Windows). */
    static Optional<String> npmExecutable(String path, boolean windows) {
        if (path == null) {
            return Optional.empty();
        }
        String name = windows ? "npm.cmd" : "npm";
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
