package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.diag.Mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader on its own: the tree it builds, its marks, and what it refuses. */
class YamlReaderTest {

    private static YamlReader.Result read(String... lines) {
        return YamlReader.read("errors.yaml", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static YamlNode.Mapping root(YamlReader.Result result) {
        return assertInstanceOf(YamlNode.Mapping.class, result.root().orElseThrow());
    }

    private static YamlNode.Scalar scalar(YamlNode node) {
        return assertInstanceOf(YamlNode.Scalar.class, node);
    }

    @Test
    void marksAreOneBased() {
        YamlReader.Result result = read("catalog: Api", "categories:", "  - id: ach");
        assertEquals(List.of(), result.diagnostics());
        YamlNode.Mapping root = root(result);
        assertEquals(new Mark("errors.yaml", 1, 1), root.mark());
        YamlNode.Entry catalog = root.entry("catalog").orElseThrow();
        assertEquals(new Mark("errors.yaml", 1, 1), catalog.key().mark());
        assertEquals(new Mark("errors.yaml", 1, 10), catalog.value().mark());
        YamlNode.Sequence categories = assertInstanceOf(YamlNode.Sequence.class, root.get("categories").orElseThrow());
        assertEquals(new Mark("errors.yaml", 3, 3), categories.mark());
        YamlNode.Mapping ach = assertInstanceOf(YamlNode.Mapping.class, categories.items().get(0));
        assertEquals(new Mark("errors.yaml", 3, 5), ach.mark());
        assertEquals(new Mark("errors.yaml", 3, 9), ach.get("id").orElseThrow().mark());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        YamlNode.Mapping root = root(read("title: {zh-CN: 合规错误, en: Compliance}"));
        YamlNode.Mapping title = assertInstanceOf(YamlNode.Mapping.class, root.get("title").orElseThrow());
        assertEquals(new Mark("errors.yaml", 1, 22), title.entry("en").orElseThrow().key().mark());
    }

    @Test
    void scalarsKeepTheirText() {
        YamlNode.Mapping root = root(read(
                "octal: 010001",
                "bool: no",
                "underscore: 1_000",
                "sexagesimal: 12:30",
                "quoted: '304001'",
                "empty:",
                "tilde: ~"));
        assertEquals("010001", scalar(root.get("octal").orElseThrow()).text());
        assertEquals("no", scalar(root.get("bool").orElseThrow()).text());
        assertEquals("1_000", scalar(root.get("underscore").orElseThrow()).text());
        assertEquals("12:30", scalar(root.get("sexagesimal").orElseThrow()).text());
        YamlNode.Scalar quoted = scalar(root.get("quoted").orElseThrow());
        assertEquals("304001", quoted.text());
        assertFalse(quoted.plain());
        assertTrue(scalar(root.get("empty").orElseThrow()).isNull());
        assertTrue(scalar(root.get("tilde").orElseThrow()).isNull());
        assertFalse(quoted.isNull());
    }

    @Test
    void entriesKeepFileOrder() {
        YamlNode.Mapping root = root(read("b: 1", "a: 2", "c: 3"));
        assertEquals(List.of("b", "a", "c"), root.entries().stream().map(e -> e.key().text()).toList());
    }

    @Test
    void duplicateKeyIsReportedAndTheFirstValueKept() {
        YamlReader.Result result = read("a: 1", "b: 2", "a: 3");
        assertEquals(List.of("errors.yaml:3:1: [duplicate-key] key 'a' appears twice in this mapping; the first is at line 1"),
                result.diagnostics().stream().map(Diagnostic::render).toList());
        YamlNode.Mapping root = root(result);
        assertEquals(2, root.entries().size());
        assertEquals("1", scalar(root.get("a").orElseThrow()).text());
    }

    @Test
    void aliasesAreExpanded() {
        YamlNode.Mapping root = root(read("a: &x [1, 2]", "b: *x"));
        assertEquals(root.get("a"), root.get("b"));
    }

    @Test
    void forbiddenTagsLeaveNoTree() {
        YamlReader.Result result = read("a: !!java.io.File /etc/passwd");
        assertTrue(result.root().isEmpty());
        assertEquals(List.of(DiagnosticKind.YAML_TAG), result.diagnostics().stream().map(Diagnostic::kind).toList());
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1', '\n'};
        YamlReader.Result result = YamlReader.read("errors.yaml", bom);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(new Mark("errors.yaml", 1, 1), root(result).mark());
    }

    @Test
    void emptyFileHasNoRootAndNoDiagnostic() {
        YamlReader.Result result = read("# just a comment");
        assertTrue(result.root().isEmpty());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        int depth = 100_000;
        YamlReader.Result result = read("a: " + "[".repeat(depth) + "]".repeat(depth));
        assertTrue(result.root().isEmpty());
        assertEquals(List.of(DiagnosticKind.YAML_LIMIT), result.diagnostics().stream().map(Diagnostic::kind).toList());
    }

    @Test
    void syntaxErrorsAreOneLineEach() {
        List<String> broken = List.of("a:\n\tb: c\n", "[a, b\n", "{a: b\n", "a: \"open\n", "- a\n b: c\n", "@x\n",
                "a: b: c\n", "a: !<tag:yaml.org,2002:str\n", "? [a]\n: b\n- c\n", "a: *\n",
                "a: &x\nb: *y\n", "'a\n\nb\n", "a: |\n  x\n y\n", "a:\n  - b\n  c: d\n");
        for (String text : broken) {
            YamlReader.Result result = YamlReader.read("errors.yaml", text.getBytes(StandardCharsets.UTF_8));
            assertFalse(result.diagnostics().isEmpty(), text);
            for (Diagnostic diagnostic : result.diagnostics()) {
                assertFalse(diagnostic.render().contains("\n") || diagnostic.render().contains("\r"),
                        "one line: " + diagnostic.render());
                assertTrue(diagnostic.render().startsWith("errors.yaml"), diagnostic.render());
            }
        }
    }

    @Test
    void aRawNextLineCharacterIsRefusedNotDropped() {
        byte[] yaml = "catalog: Api\nx: \"a \u0085b\"\n".getBytes(StandardCharsets.UTF_8);
        YamlReader.Result result = YamlReader.read("errors.yaml", yaml);
        assertTrue(result.root().isEmpty());
        assertEquals(List.of("errors.yaml:2:7: [yaml-syntax] the YAML cannot be read: a raw U+0085 (NEXT LINE) character, which the YAML parser may drop; "
                + "write it as \\N in a double-quoted string"), result.diagnostics().stream().map(Diagnostic::render).toList());
        YamlReader.Result escaped = YamlReader.read("errors.yaml", "x: \"a \\Nb\"\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), escaped.diagnostics());
    }
}
