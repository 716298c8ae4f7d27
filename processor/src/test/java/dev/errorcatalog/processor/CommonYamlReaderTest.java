package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.yaml.CommonYamlReader;
import dev.errorcatalog.processor.yaml.Utf8;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CommonYamlReader} reads the usual catalog without the YAML library, and must never differ
 * from it: on every input, {@link YamlReader#read} (which tries the common reader first) gives
 * exactly what the parser alone gives, tree, marks and diagnostics. Checked on the fuzz test's
 * catalogs and mutations, on every real catalog in the repository (which the common reader must
 * also accept, or the speed-up would not reach users), and on hand-picked corners.
 */
class CommonYamlReaderTest {
    private static final int CASES = Integer.getInteger("errorcatalog.fuzz.yamlCases", 4_000);

    private static void assertSameAsParser(byte[] bytes, String what) {
        YamlReader.Result parser = YamlReader.readWithParser("errors.yaml", bytes);
        YamlReader.Result read = YamlReader.read("errors.yaml", bytes);
        assertEquals(parser.root(), read.root(), what);
        assertEquals(parser.diagnostics(), read.diagnostics(), what);
    }

    /** Whether the common reader answered for {@code bytes} (and then, that its tree is the parser's). */
    private static boolean common(byte[] bytes, String what) {
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            return false;
        }
        Optional<YamlNode> tree = CommonYamlReader.read("errors.yaml", text);
        if (tree.isPresent()) {
            YamlReader.Result parser = YamlReader.readWithParser("errors.yaml", bytes);
            assertEquals(List.of(), parser.diagnostics(), what);
            assertEquals(parser.root(), tree, what);
        }
        return tree.isPresent();
    }

    @Test
    void fuzzCatalogsReadTheSameEitherWay() {
        long seed = Long.getLong("errorcatalog.fuzz.seed", 20261201L);
        int accepted = 0;
        int mutated = 0;
        for (int index = 0; index < CASES; index++) {
            Random random = new Random(seed * 1_000_003L + index);
            RandomCatalogs.Generated generated = RandomCatalogs.generate(random);
            CatalogMutator mutator = new CatalogMutator(random);
            Object tree = random.nextInt(3) == 0 ? generated.tree() : mutator.mutateTree(generated.tree());
            byte[] bytes = FuzzYaml.write(tree, random).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(3) == 0) {
                bytes = mutator.mutateBytes(bytes);
                mutated++;
            }
            String what = "seed " + seed + ", case " + index + ":\n" + new String(bytes, StandardCharsets.UTF_8);
            assertSameAsParser(bytes, what);
            if (common(bytes, what)) {
                accepted++;
            }
        }
        System.out.printf("[CommonYamlReaderTest] %d cases (%d byte-mutated): the common reader answered %d, the parser the rest%n",
                CASES, mutated, accepted);
        // FuzzYaml writes block scalars, raw U+2028 and tabs often enough that many go to the parser;
        // if the common reader took (almost) none, this test would prove nothing
        assertTrue(accepted > CASES / 10, "the common reader answered only " + accepted + " of " + CASES);
    }

    @Test
    void everyRealCatalogInTheRepositoryIsReadByTheCommonReader() throws IOException {
        List<Path> catalogs = new ArrayList<>();
        for (String module : List.of("../catalog", "../realworld", "../example", "../spring-boot4-test", "../bench/src")) {
            Path root = Path.of(module);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/target/")).forEach(catalogs::add);
                }
            }
        }
        assertTrue(catalogs.size() >= 6, "found " + catalogs);
        for (Path catalog : catalogs) {
            byte[] bytes = Files.readAllBytes(catalog);
            assertSameAsParser(bytes, catalog.toString());
            assertTrue(common(bytes, catalog.toString()), catalog + " went to the parser");
        }
    }

    /** Small edits to the real catalogs (their style differs from FuzzYaml's): tokens, deletions, indentation. */
    @Test
    void editedRealCatalogsReadTheSameEitherWay() throws IOException {
        List<String> catalogs = new ArrayList<>();
        for (String file : List.of("../catalog/src/main/resources/errors.yaml", "../realworld/src/main/resources/http-status.yaml",
                "../realworld/src/main/resources/sqlite.yaml")) {
            catalogs.add(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        }
        List<String> tokens = List.of(":", ": ", " #", "#", "-", "- ", "[", "]", "{", "}", ",", "\"", "'", "''", "\\", "\\u00e9",
                "\\x4", " ", "  ", "\n", "\r\n", "\r", "\t", "&a ", "*a", "!!str ", "|", ">", "? ", "---", "...", "%", "@", "`", "~",
                "null", "\u00e9", "\uD83D\uDE00", "\uD83D", "\\uD800", "\\uDFFF", "\\U0000D83D", "\\U80000000", "\\U00110000", "\u2028", "\u0085", "\u00a0", "\ufeff", "x".repeat(1100));
        long seed = Long.getLong("errorcatalog.fuzz.seed", 20261201L);
        int accepted = 0;
        int cases = CASES / 2;
        for (int index = 0; index < cases; index++) {
            Random random = new Random(seed * 77_000_003L + index);
            StringBuilder text = new StringBuilder(catalogs.get(index % catalogs.size()));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.insert(at, tokens.get(random.nextInt(tokens.size())));
                    case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                    case 2 -> {
                        int lineStart = text.lastIndexOf("\n", at) + 1;
                        text.insert(lineStart, random.nextBoolean() ? " " : "  ");
                    }
                    default -> {
                        int lineStart = text.lastIndexOf("\n", at) + 1;
                        int lineEnd = text.indexOf("\n", at);
                        if (lineEnd > lineStart) {
                            text.insert(lineStart, text.substring(lineStart, lineEnd + 1));
                        }
                    }
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            String what = "seed " + seed + ", edited case " + index + ":\n" + text;
            assertSameAsParser(bytes, what);
            if (common(bytes, what)) {
                accepted++;
            }
        }
        System.out.printf("[CommonYamlReaderTest] %d edited real catalogs: the common reader answered %d%n", cases, accepted);
        assertTrue(accepted > cases / 10, "the common reader answered only " + accepted + " of " + cases);
    }

    /** The escapes snakeyaml-engine gets wrong: one diagnostic, at the escape, whichever reader starts. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nm: \"\\U80000000 ok\"\nb: 2\n|2:5: [escape-out-of-range] the escape '\\U80000000'",
        "a: 1\nm: \"\\U00110000 ok\"\nb: 2\n|2:5: [escape-out-of-range] the escape '\\U00110000'",
        "a: 1\nm:  \"Bad \\uD800 text\"\n|2:10: [lone-surrogate] the escape '\\uD800'",
        "a: 1\nm: [\"\u00e9\\uD83D\\uDE00\", '\uD83D\uDE00', \"\uD83D\uDE00\\uD83D \"]\n|2:29: [lone-surrogate] the escape '\\uD83D'",
        "a: 1\nm: \"\\uDC00\\uD800\"\n|2:5: [lone-surrogate] the escape '\\uDC00'",
        "a: &x !!str\n  \"\\uD800\"\n|2:4: [lone-surrogate] the escape '\\uD800'",
    })
    void escapeProblemsAreOneDiagnosticAtTheEscapeEitherWay(String caseAndExpected) {
        String yaml = caseAndExpected.substring(0, caseAndExpected.indexOf('|'));
        String expected = "errors.yaml:" + caseAndExpected.substring(caseAndExpected.indexOf('|') + 1);
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        assertSameAsParser(bytes, yaml);
        YamlReader.Result read = YamlReader.read("errors.yaml", bytes);
        assertEquals(Optional.empty(), read.root(), yaml);
        assertEquals(1, read.diagnostics().size(), read.diagnostics().toString());
        assertTrue(read.diagnostics().get(0).toString().startsWith(expected), read.diagnostics() + " for " + yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "catalog: Api\ncategories:\n- id: a\n  codes:\n  - {code: 1, name: A, message: \"x\"}\n  - code: 2\n    name: B\n",
        "a:\r\n  b: 'it''s'\r\n  c: \"q\\\"uote\"  # comment\r\n",
        "# only a comment first\n\n  a: 1\n  b: [x, 'y', \"z\", -1]\n  c: {}\n  d: []\n",
        "a:\n    - - x\n      - y\n    - z\n",
        "\"quoted key\": v\n'single': w\nplain key with spaces: a, b [c] {d} e#f\n",
        "m: \"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\/\\\\\\N\\_\\x41\\u00e9\\U0001F600\"\n",
        "m: 中文 消息 😀 and more\nn: {k: 😀, l: [é, ü]}\n",
        "a: {b: [c, d], e: {f: g}}\n",
        "url: http://example.com/a#b\nneg: -1\ndash: -x\n",
        "a: 1\nb:\n# between\n  c: 2\n",
        "a: [b,\n  c]\n",
        "codes:\n  - {code: 1, name: A, http: 502,\n     description: \"x: y\"}\n  - {code: 2, name: B}\n",
        "a: [x, # a comment inside\n\n   # and another\n   y\n  ]\n",
        "a: NULL\nb: [~, null, Null]\n",
    })
    void commonFilesAreReadByTheCommonReaderExactlyAsByTheParser(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        assertSameAsParser(bytes, yaml);
        assertTrue(common(bytes, yaml), "went to the parser: " + yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: two\n  lines\n",
        "a: \"two\n  lines\"\n",
        "---\na: 1\n",
        "a: 1\n...\n",
        "%YAML 1.2\n---\na: 1\n",
        "a:\tb\n",
        "a: 1\na: 2\n",
        "a:\nb: 1\n",
        "? a\n: b\n",
        "a: [b, c,]\n",
        "a: {b: 1,\nc: 2}\n",
        "a: {b: 1, c:\n    2}\n",
        "a: [b\n  c]\n",
        "a: b: c\n",
        "a : b\n",
        "a: \"\\L\"\n",
        "a: \"\\uD83D\\uDE00\"\n",
        "a: x\u2028y\n",
        "a: x\u0085y\n",
        "a: 1\r b: 2\n",
        "just a scalar\n",
        "a: {b: 1, b: 2}\n",
        "a: 'unterminated\n",
        "a:\n - b\n  - c\n",
        "a: 1\nm: \"\\U80000000 ok\"\nb: 2\n",
        "a: 1\nm: \"\\U00110000 ok\"\nb: 2\n",
        "a: 1\nm: \"Bad \\uD800 text\"\n",
        "a: [\"\\uDC00\", \"\\U0000D83D\\uDE00\"]\n",
        "\"k\\uD800\": v\n",
        "a: {name: , message: ~}\n",
    })
    void anythingElseGoesToTheParser(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        assertSameAsParser(bytes, yaml);
        Optional<YamlNode> tree;
        try {
            tree = CommonYamlReader.read("errors.yaml", Utf8.decode(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(e);
        }
        assertEquals(Optional.empty(), tree, yaml);
    }
}
