package dev.errorcatalog.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked-in catalogs are exactly what the conversion scripts make of the upstream files:
 * each script's {@code --check} mode exits 1 when its catalog differs. Needs {@code python3}; where
 * there is none the test fails, naming what to install: it is never skipped silently.
 */
class ConversionScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "http-status", "wechat-open", "hibernate-validator"})
    void checkedInCatalogIsTheScriptsOutput(String catalog) throws Exception {
        assertTrue(python3Runs(), "python3 is not installed: install it (Debian: apt-get install python3); the conversion scripts need it");
        Process process = new ProcessBuilder("python3", UpstreamFiles.sources().resolve(catalog).resolve("convert.py").toString(), "--check")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    private static boolean python3Runs() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
