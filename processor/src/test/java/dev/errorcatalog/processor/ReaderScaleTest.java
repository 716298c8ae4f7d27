package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.yaml.CommonYamlReader;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlReader;
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
 * The readers' cost grows with the file, whatever is in it: a long line of characters above U+FFFF
 * (their columns were counted from the line's start for every mark: 43 s for 200,000 items), and a
 * file of the largest size made of blank lines (an {@code int[3]} per line: out of memory at 800 MB).
 * Times are measured in {@code bench/} ({@code ReaderTime}); here the sizes would take minutes if
 * the work were quadratic, and the heap is bounded for real, in a child JVM.
 */
class ReaderScaleTest {
    private static final int ITEMS = 400_000;

    /** {@code catalog: Api}, then {@code notes: [item, item, ...]} with {@code count} items. */
    static String flowList(String item, int count) {
        StringBuilder text = new StringBuilder(count * (item.length() + 2) + 32).append("catalog: Api\nnotes: [");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append(item);
        }
        return text.append("]\n").toString();
    }

    @Test
    void aLineOfAstralCharactersIsReadInOnePassWithTheParsersColumns() {
        String text = flowList("\uD83D\uDE00", ITEMS);
        YamlNode.Mapping root = (YamlNode.Mapping) CommonYamlReader.read("errors.yaml", text).orElseThrow();
        List<YamlNode> items = ((YamlNode.Sequence) root.get("notes").orElseThrow()).items();
        assertEquals(ITEMS, items.size());
        // "notes: [" is 8 code points, each item and its ", " 3 more
        assertEquals(new Mark("errors.yaml", 2, 9), items.get(0).mark());
        assertEquals(new Mark("errors.yaml", 2, 9 + 3 * (ITEMS - 1)), items.get(ITEMS - 1).mark());
        // and the same tree, marks included, as the parser's on a size the parser reads quickly
        byte[] small = flowList("\uD83D\uDE00 \u00e9", 2_000).getBytes(StandardCharsets.UTF_8);
        assertEquals(YamlReader.readWithParser("errors.yaml", small), YamlReader.read("errors.yaml", small));
    }

    /** Blank lines around a real catalog, up to the size limit: {@code bytes} long exactly. */
    static byte[] mostlyBlank(String head, String tail, int bytes) {
        int blank = bytes - head.length() - tail.length();
        return (head + "\n".repeat(blank) + tail).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Both readers on 16 MiB of blank lines in a 256 MiB heap: the common reader's file, and one the
     * parser must read (an anchor). The child exits 0 only if both gave a tree and no diagnostic.
     */
    @Test
    void sixteenMiBOfBlankLinesReadIn256MiBOfHeap(@TempDir Path dir) throws IOException, InterruptedException {
        String tail = "categories:\n  - {id: a, title: A, range: 1xxxxx, codes: [{code: 100001, name: A, message: a}]}\n";
        Path common = dir.resolve("common.yaml");
        Files.write(common, mostlyBlank("catalog: Api\n", tail, YamlReader.MAX_BYTES));
        Path parsed = dir.resolve("parsed.yaml");
        Files.write(parsed, mostlyBlank("catalog: &name Api\n", tail, YamlReader.MAX_BYTES));
        assertEquals(YamlReader.MAX_BYTES, Files.size(parsed));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ReadInSmallHeap.class.getName(),
                common.toString(), parsed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), output);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("common.yaml: read, 0 diagnostics") && output.contains("parsed.yaml: read, 0 diagnostics"), output);
    }

    /** The child of {@link #sixteenMiBOfBlankLinesReadIn256MiBOfHeap}: reads each file, exits 1 on a missing tree or a diagnostic. */
    public static final class ReadInSmallHeap {
        public static void main(String[] files) throws IOException {
            for (String file : files) {
                byte[] bytes = Files.readAllBytes(Path.of(file));
                YamlReader.Result result = YamlReader.read(file, bytes);
                System.out.println(Path.of(file).getFileName() + ": " + (result.root().isPresent() ? "read" : "no tree") + ", "
                        + result.diagnostics().size() + " diagnostics " + result.diagnostics());
                if (result.root().isEmpty() || !result.diagnostics().isEmpty()) {
                    System.exit(1);
                }
            }
        }
    }
}
