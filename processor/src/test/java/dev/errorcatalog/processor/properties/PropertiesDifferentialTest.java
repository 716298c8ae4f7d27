package dev.errorcatalog.processor.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.docs.properties.PropertiesEscaper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our reader against {@link Properties#load(java.io.Reader)} on thousands of files built at random
 * (fixed seeds) from the pieces that trip properties readers up: continuations before a separator,
 * a comment or a blank line, escapes split across lines, malformed and surrogate escapes, every
 * kind of line break and blank, empty keys, a backslash at the end of the file.
 *
 * <p>A file Properties rejects gets a {@code properties-syntax} error from us, and only such a file
 * does; a file we read without any problem gives exactly the keys and values Properties puts, in
 * the same order; in any other file, the entries we keep are some of those, in order.
 */
class PropertiesDifferentialTest {
    private static final String[] KEYS = {
        "A", "NO_SESSION_FOUND", "compliance", "a\\=b", "k\\ ey", "k\\:e", "\\u0041", "N\\AME", "", "\\#x", "\\!",
        "\u5408\u89c4", "\ud83d\ude00", "\\\\", "x\\", "\\u00\\\n  41", "\\uD800", "\\u00z1",
    };
    private static final String[] SEPARATORS = {"=", ":", " ", " = ", "\t:\t", "==", "=:", "", "\f", " \\\n    = ", "\\\n:"};
    private static final String[] VALUES = {
        "Keine Sitzung \u2026", "\u5408\u89c4\u9519\u8bef", "\ud83d\ude00", "\\u00fc", "\\u00FC", "\\u00", "\\u00zz", "\\u",
        "\\uD800", "\\uDE00", "\\uD83D\\uDE00", "\\uD83D", "\\q", "\\t\\n\\r\\f", "\\\\", "\\", "\\\\\\", "# not a comment",
        "x\\ ", "\\ lead", "a = b : c", "{sessionId}", " ", "\u00a0", "\u2028", "\\u00\\\nfc", "\\u0\\\r\n  0fc",
    };
    private static final String[] BREAKS = {"\n", "\r", "\r\n", "\n\n", "\r\r\n", "\n  \t\f\n"};
    private static final String[] CONTINUATIONS = {
        "\\\n", "\\\r", "\\\r\n", "\\\n   ", "\\\r\n\t\f ", "\\\n# comment\n", "\\\n\n", "\\\n! bang\n", "\\\n\\\n",
        "\\\\\\\n", "\\\\\n",
    };
    private static final String[] COMMENTS = {"# comment", "! comment", "  # indented", "#", "# ends in a backslash \\", "\t!x = y"};

    @Test
    void agreesWithJavaUtilProperties() throws IOException {
        int rejected = 0;
        int accepted = 0;
        for (long seed = 1; seed <= 6_000; seed++) {
            String file = randomFile(new Random(seed));
            switch (compare(seed, file)) {
                case REJECTED_BY_BOTH -> rejected++;
                case ACCEPTED -> accepted++;
                default -> { }
            }
        }
        // the mix must exercise both sides, or the comparison proves little
        assertTrue(rejected > 500 && accepted > 1_000, "rejected " + rejected + ", accepted " + accepted);
    }

    @Test
    void theLayoutsThatReadersGetWrong() throws IOException {
        for (String file : List.of(
                "NO_SESSION_FOUND \\\n    = Keine Sitzung \u2026", "A = x \\\n# comment\n", "A = x\\\n\nB=y",
                "A = \\u00\\\nfc", "\\", "\\\n", "\\\r\n", "\\\n  ", "\\\\", "A\\\r\n\\\r\n=1", "\\\n# c\nB", "#\\\nA=1")) {
            assertEquals(Outcome.ACCEPTED, compare(0, file), file);
        }
    }

    /** What the project writes ({@link PropertiesEscaper}) both readers read back as it was. */
    @Test
    void escapedValuesReadBackUnchanged() throws IOException {
        String alphabet = " \t\n\r\f\\#!=:ab\u00fc\u5408\u2028";
        for (long seed = 1; seed <= 2_000; seed++) {
            Random random = new Random(seed);
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                value.append(random.nextInt(10) == 0 ? "\ud83d\ude00" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String file = "# " + PropertiesEscaper.comment(value.toString()) + "\nK = " + PropertiesEscaper.value(value.toString()) + "\n";
            assertEquals(Outcome.ACCEPTED, compare(seed, file));
            assertEquals(value.toString(), PropertiesReader.read("t.properties", file.getBytes(StandardCharsets.UTF_8))
                    .entries().get("K").value());
        }
    }

    private enum Outcome { ACCEPTED, REJECTED_BY_BOTH, OTHER_PROBLEMS }

    private static Outcome compare(long seed, String file) throws IOException {
        String where = "seed " + seed + ": " + file.replace("\r", "<CR>").replace("\n", "<LF>\n");
        List<Map.Entry<String, String>> puts = new ArrayList<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                puts.add(Map.entry((String) key, (String) value));
                return super.put(key, value);
            }
        };
        boolean thrown = false;
        try {
            properties.load(new InputStreamReader(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            thrown = true;
        }
        PropertiesReader.Result ours = PropertiesReader.read("t.properties", file.getBytes(StandardCharsets.UTF_8));
        boolean syntax = ours.diagnostics().stream().anyMatch(d -> d.kind() == DiagnosticKind.PROPERTIES_SYNTAX);
        assertEquals(thrown, syntax, where + "\n" + ours.diagnostics());
        int lines = file.split("\r\n|\r|\n", -1).length;
        for (Diagnostic diagnostic : ours.diagnostics()) {
            assertTrue(diagnostic.mark().line() >= 1 && diagnostic.mark().line() <= lines && diagnostic.mark().column() >= 1,
                    where + "\n" + diagnostic);
        }
        if (thrown) {
            return Outcome.REJECTED_BY_BOTH;
        }
        for (Diagnostic diagnostic : ours.diagnostics()) {
            if (diagnostic.kind() == DiagnosticKind.LONE_SURROGATE) {
                assertTrue(puts.stream().anyMatch(put -> unpaired(put.getKey()) || unpaired(put.getValue())), where);
            } else if (diagnostic.kind() != DiagnosticKind.DUPLICATE_TRANSLATION) {
                fail(where + "\n" + diagnostic);
            }
        }
        List<Map.Entry<String, String>> entries = ours.entries().values().stream()
                .map(entry -> Map.entry(entry.key(), entry.value())).toList();
        if (ours.diagnostics().isEmpty()) {
            assertEquals(puts, entries, where);
            return Outcome.ACCEPTED;
        }
        // each entry we kept is one of Properties' in the same order (we drop those with a problem)
        int next = 0;
        for (Map.Entry<String, String> put : puts) {
            if (next < entries.size() && entries.get(next).equals(put)) {
                next++;
            }
        }
        assertEquals(entries.size(), next, where + "\nours: " + entries + "\nProperties: " + puts);
        return Outcome.OTHER_PROBLEMS;
    }

    private static boolean unpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A few logical lines, each a key, a separator and a value with pieces in between, or a comment. */
    static String randomFile(Random random) {
        StringBuilder file = new StringBuilder();
        int lines = 1 + random.nextInt(6);
        for (int line = 0; line < lines; line++) {
            if (random.nextInt(4) == 0) {
                file.append(pick(random, COMMENTS));
            } else {
                file.append(pick(random, random.nextInt(3) == 0 ? new String[] {"", " ", "\t", "\f", "  \f\t"} : new String[] {""}));
                appendSome(random, file, KEYS);
                file.append(pick(random, SEPARATORS));
                appendSome(random, file, VALUES);
            }
            if (random.nextInt(5) == 0) {
                file.append(pick(random, CONTINUATIONS));
                appendSome(random, file, VALUES);
            }
            if (line < lines - 1 || random.nextBoolean()) {
                file.append(pick(random, BREAKS));
            }
        }
        if (random.nextInt(8) == 0) {
            file.append('\\');
        }
        return file.toString();
    }

    private static void appendSome(Random random, StringBuilder file, String[] pieces) {
        int count = random.nextInt(3);
        for (int i = 0; i <= count; i++) {
            file.append(pick(random, pieces));
            if (random.nextInt(6) == 0) {
                file.append(pick(random, CONTINUATIONS));
            }
        }
    }

    private static String pick(Random random, String[] pieces) {
        return pieces[random.nextInt(pieces.length)];
    }
}
