package dev.errorcatalog.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the upstream inputs kept in {@code realworld/sources/} for the tests, independently of the
 * conversion scripts, so that a script that drops or invents a code fails a count.
 */
public final class UpstreamFiles {

    private UpstreamFiles() {}

    /** The module's {@code sources/} directory (Surefire runs the tests in the module's directory). */
    public static Path sources() {
        return Path.of("sources");
    }

    public static String read(String relative) {
        try {
            return Files.readString(sources().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every match of {@code pattern} in the file, one {@code String[]} of its groups per match. */
    public static List<String[]> matches(String relative, String pattern) {
        Matcher m = Pattern.compile(pattern, Pattern.MULTILINE).matcher(read(relative));
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            String[] groups = new String[m.groupCount()];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = m.group(i + 1);
            }
            found.add(groups);
        }
        return found;
    }
}
