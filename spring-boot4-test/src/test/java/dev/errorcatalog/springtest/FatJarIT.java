package dev.errorcatalog.springtest;

import static dev.errorcatalog.springtest.ApplicationHandlersWinTest.ownAdviceWins;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module's fat jar ({@code spring-boot:repackage}, main class {@code ShopServiceApplication}) run
 * with {@code java -jar} on a random port: nested jars and the auto-configuration imports file inside
 * it, the catalog's package scanned, and the application's own advice still winning.
 */
class FatJarIT {
    private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

    @Test
    void theFatJarAnswersAndTheApplicationsAdviceWins() throws Exception {
        Path jar = Path.of(System.getProperty("errorcatalog.fatJar"));
        assertTrue(Files.isRegularFile(jar), jar::toString);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=0", "--spring.main.banner-mode=off")
                .redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.append(line).append('\n');
                    Matcher started = STARTED.matcher(line);
                    if (started.find()) {
                        port.complete(Integer.parseInt(started.group(1)));
                    }
                }
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the application ended before it started:\n" + log));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            ownAdviceWins(port.get(120, TimeUnit.SECONDS));
        } catch (AssertionError | Exception e) {
            throw new AssertionError("the fat jar's log:\n" + log, e);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
