package dev.errorcatalog.processor.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The checked-in expected output of a compilation, and the comparison with what it generated:
 * which files are new, which are gone, and where the differing ones first differ, as an excerpt
 * of a unified diff.
 */
final class GoldenFiles {
    /** Lines of context around a difference, and the most lines of one difference shown. */
    private static final int CONTEXT = 3;
    private static final int MAX_SHOWN = 24;

    private GoldenFiles() {}

    /**
     * Every file a compilation generated except class files, keyed by its location and path:
     * {@code SOURCE_OUTPUT/com/acme/feat/FeatError.java}, {@code CLASS_OUTPUT/META-INF/error-catalog/Feat.md}.
     * compile-testing names its in-memory files {@code mem:///LOCATION/path}.
     */
    static Map<String, byte[]> generated(List<JavaFileObject> files) {
        Map<String, byte[]> out = new TreeMap<>();
        for (JavaFileObject file : files) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                continue;
            }
            String key = file.toUri().getPath().replaceFirst("^/+", "");
            try (InputStream in = file.openInputStream()) {
                out.put(key, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The files under {@code root}, keyed by their path relative to it with {@code /} separators. */
    static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return out;
    }

    /** Replaces everything under {@code root} by {@code files}. */
    static void write(Path root, Map<String, byte[]> files) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    /**
     * What differs between the expected and the actual files, one paragraph per file; empty when
     * they are the same byte for byte. {@code ignoredMissing} are expected files the actual output
     * may lack without that being a difference.
     */
    static List<String> differences(Map<String, byte[]> expected, Map<String, byte[]> actual, List<String> ignoredMissing) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : actual.entrySet()) {
            byte[] wanted = expected.get(file.getKey());
            if (wanted == null) {
                out.add("new file, not in the golden set: " + file.getKey());
            } else if (!Arrays.equals(wanted, file.getValue())) {
                out.add("differs: " + file.getKey() + "\n" + excerpt(wanted, file.getValue()));
            }
        }
        for (String path : expected.keySet()) {
            if (!actual.containsKey(path) && !ignoredMissing.contains(path)) {
                out.add("no longer generated: " + path);
            }
        }
        return out;
    }

    /**
     * A unified-diff-like excerpt of the first run of differing lines: {@code -} expected, {@code +}
     * actual, with context; the texts' common beginning and end are left out.
     */
    static String excerpt(byte[] expected, byte[] actual) {
        List<String> before = List.of(new String(expected, StandardCharsets.UTF_8).split("\n", -1));
        List<String> after = List.of(new String(actual, StandardCharsets.UTF_8).split("\n", -1));
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
            head++;
        }
        if (head == before.size() && head == after.size()) {
            return "  (the same lines: the bytes differ in encoding or line endings)";
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        int from = Math.max(0, head - CONTEXT);
        StringBuilder out = new StringBuilder();
        out.append(String.format("@@ -%d,%d +%d,%d @@ (line numbers from 1)%n", from + 1, before.size() - tail - from,
                from + 1, after.size() - tail - from));
        for (int i = from; i < head; i++) {
            out.append("  ").append(before.get(i)).append('\n');
        }
        appendLines(out, "- ", before.subList(head, before.size() - tail));
        appendLines(out, "+ ", after.subList(head, after.size() - tail));
        List<String> trailing = after.subList(after.size() - tail, Math.min(after.size(), after.size() - tail + CONTEXT));
        for (String line : trailing) {
            out.append("  ").append(line).append('\n');
        }
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String prefix, List<String> lines) {
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_SHOWN))) {
            out.append(prefix).append(line).append('\n');
        }
        if (lines.size() > MAX_SHOWN) {
            out.append(prefix).append("... ").append(lines.size() - MAX_SHOWN).append(" more lines\n");
        }
    }
}
