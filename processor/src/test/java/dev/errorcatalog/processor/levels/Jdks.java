package dev.errorcatalog.processor.levels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK whose javac knows a release the test JVM's does not (CI runs the tests on JDK 17,
 * where {@code --release 21} and {@code 25} need a newer javac). The system property
 * {@code errorcatalog.jdk} names one; otherwise the JDKs installed under {@code /usr/lib/jvm}
 * are searched. Not finding one fails the test: a level is never silently skipped.
 */
final class Jdks {
    static final String PROPERTY = "errorcatalog.jdk";
    private static final Path INSTALLED = Path.of("/usr/lib/jvm");
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private Jdks() {}

    static Path javacFor(int release) {
        String configured = System.getProperty(PROPERTY);
        Stream<Path> homes = configured != null ? Stream.of(Path.of(configured)) : installed();
        Optional<Path> home = homes.filter(h -> Files.isExecutable(h.resolve("bin/javac")))
                .filter(h -> feature(h) >= release)
                .max(Comparator.comparingInt(Jdks::feature));
        return home.map(h -> h.resolve("bin/javac")).orElseThrow(() -> new AssertionError(
                "--release " + release + " needs javac " + release + " or newer; this JVM is " + Runtime.version().feature()
                        + " and no such JDK was found " + (configured != null ? "at -D" + PROPERTY + "=" + configured
                        : "under " + INSTALLED + "; name one with -D" + PROPERTY + "=JDK_HOME")));
    }

    private static Stream<Path> installed() {
        if (!Files.isDirectory(INSTALLED)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(INSTALLED)) {
            return children.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version in the JDK's {@code release} file, or 0 when it has none. */
    private static int feature(Path home) {
        Path release = home.resolve("release");
        try {
            Matcher matcher = VERSION.matcher(Files.isRegularFile(release) ? Files.readString(release, StandardCharsets.UTF_8) : "");
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
