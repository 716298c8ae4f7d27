package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.DiagnosticAssertions.compileSources;
import static dev.errorcatalog.processor.DiagnosticAssertions.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Finding and reading the file, and what the YAML reader refuses: one test per diagnostic kind. */
class YamlDiagnosticsTest {

    @Test
    void annotationWithoutPath() {
        JavaFileObject source = packageInfo("");
        Compilation c = compileSources(List.of(), source);
        assertErrors(c, "[annotation] @ErrorCatalog needs the catalog's path, e.g. @ErrorCatalog(\"errors.yaml\")");
        assertThat(c).hadErrorContaining("[annotation]").inFile(source).onLine(1);
    }

    @Test
    void twoCatalogsWritingTheSameTypesIsAnError() {
        Path dir = CatalogCompiler.writeCatalog(String.join("\n", "catalog: Api", "categories:",
                "  - {id: ach, title: ACH, range: 3049xx, codes: [{code: 304900, name: A, message: a}]}", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JavaFileObject type = com.google.testing.compile.JavaFileObjects.forSourceLines(CatalogCompiler.PACKAGE + ".Second",
                "package " + CatalogCompiler.PACKAGE + ";",
                "@dev.errorcatalog.ErrorCatalog(\"errors.yaml\")",
                "class Second {}");
        Compilation c = compileSources(List.of("-Aerrorcatalog.dir=" + dir), packageInfo("errors.yaml"), type);
        assertThat(c).hadErrorContaining("[write-failed] cannot write the generated files: ");
        assertThat(c).hadErrorContaining("does another @ErrorCatalog in this package generate the same types?");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void fileNotFoundListsEveryPlaceSearched() {
        Path dir = CatalogCompiler.writeCatalog("catalog: Api\n".getBytes(StandardCharsets.UTF_8));
        JavaFileObject source = packageInfo("missing.yaml");
        Compilation c = compileSources(List.of("-Aerrorcatalog.dir=" + dir), source);
        assertErrors(c, "missing.yaml: [file-not-found] cannot find catalog 'missing.yaml'; searched: "
                + dir.resolve("missing.yaml").toAbsolutePath() + " (-Aerrorcatalog.dir), CLASS_OUTPUT, SOURCE_PATH, CLASS_PATH");
        assertThat(c).hadErrorContaining("[file-not-found]").inFile(source).onLine(1);
    }

    @Test
    void fileNotFoundWithoutDirectoryOption() {
        assertErrors(compileSources(List.of(), packageInfo("catalogs/none.yaml")),
                "catalogs/none.yaml: [file-not-found] cannot find catalog 'catalogs/none.yaml'; searched: "
                        + "-Aerrorcatalog.dir (not set), CLASS_OUTPUT, SOURCE_PATH, CLASS_PATH");
    }

    @Test
    void unreadableFile() {
        // Root reads any file whatever its permissions; /proc/self/mem exists but refuses a plain read.
        Path mem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux's /proc");
        Compilation c = compileSources(List.of("-Aerrorcatalog.dir=/proc/self"), packageInfo("mem"));
        assertErrors(c, "mem: [file-unreadable] cannot read catalog 'mem': /proc/self/mem: java.io.IOException: ");
    }

    @Test
    void fileTooLarge() {
        byte[] bytes = new byte[YamlReader.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '#';
        assertErrors(CatalogCompiler.compile(bytes, List.of()),
                "errors.yaml: [file-too-large] the catalog is 16,777,217 bytes; the limit is 16,777,216 bytes");
    }

    @Test
    void invalidUtf8PointsAtTheByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("catalog: Api\n# 合规 ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\ncategories: []\n".getBytes(StandardCharsets.UTF_8));
        assertErrors(CatalogCompiler.compile(bytes.toByteArray(), List.of()),
                "errors.yaml:2:6: [invalid-utf8] the file is not valid UTF-8: byte 0xFF cannot start or continue a character");
    }

    @Test
    void syntaxError() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: [Compliance",
                        "    range: 304xxx"),
                "errors.yaml:5:10: [yaml-syntax] expected ',' or ']', but got : (while parsing a flow sequence started at line 4)");
    }

    @Test
    void tabIndentation() {
        assertErrors(compile("catalog: Api", "categories:", "\t- id: x"),
                "errors.yaml:3:1: [yaml-syntax] found character '\\t(TAB)' that cannot start any token.");
    }

    @Test
    void secondDocument() {
        assertErrors(compile("catalog: Api", "categories: []", "---", "catalog: Other"),
                "errors.yaml:3:1: [yaml-syntax] a catalog is a single YAML document; remove the second '---' and what follows");
    }

    @Test
    void aliasToAnOpenCollection() {
        assertErrors(compile("catalog: Api", "categories: &c [*c]"),
                "errors.yaml:2:17: [yaml-syntax] alias '*c' refers to no finished anchor (undefined, or a recursive structure)");
    }

    @Test
    void javaTagsAreRefusedAndNothingElseIsReported() {
        // The tagged values are not validated further: no wrong-type errors follow from the gadget.
        assertErrors(compile(
                        "catalog: Api",
                        "categories: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]"),
                "errors.yaml:2:13: [yaml-tag] the tag '!!javax.script.ScriptEngineManager' is not allowed: "
                        + "a catalog holds plain strings, numbers, lists and mappings",
                "errors.yaml:2:49: [yaml-tag] the tag '!!java.net.URLClassLoader' is not allowed: "
                        + "a catalog holds plain strings, numbers, lists and mappings",
                "errors.yaml:2:77: [yaml-tag] the tag '!!java.net.URL' is not allowed: "
                        + "a catalog holds plain strings, numbers, lists and mappings");
    }

    @Test
    void localTagIsRefused() {
        assertErrors(compile("catalog: !x Api", "categories: []"),
                "errors.yaml:1:10: [yaml-tag] the tag '!x' is not allowed: a catalog holds plain strings, numbers, lists and mappings");
    }

    @Test
    void tagOnAKeyIsRefused() {
        assertErrors(compile("catalog: Api", "!!python/object:os.system x: 1", "categories: []"),
                "errors.yaml:2:1: [yaml-tag] the tag '!!python/object:os.system' is not allowed: "
                        + "a catalog holds plain strings, numbers, lists and mappings");
    }

    @Test
    void standardTagsAreAllowed() {
        assertThat(compile("catalog: !!str Api", "categories: !!seq []")).succeededWithoutWarnings();
    }

    @Test
    void nestingLimit() {
        int depth = 70;
        assertErrors(compile("catalog: Api", "categories: " + "[".repeat(depth) + "]".repeat(depth)),
                // the root mapping is level 1, so the 64th '[' (column 13 + 63) opens level 65
                "errors.yaml:2:76: [yaml-limit] the file nests deeper than 64 levels; a catalog needs five");
    }

    @Test
    void nestingOfExactlyTheLimitIsReadAndValidated() {
        int depth = YamlReader.MAX_DEPTH - 1; // plus the root mapping
        assertErrors(compile("catalog: Api", "categories: " + "[".repeat(depth) + "]".repeat(depth)),
                "errors.yaml:2:14: [wrong-type] 'categories[1]' must be a mapping, not a list");
    }

    @Test
    void billionLaughsStopsAtTheExpansionLimit() {
        StringBuilder yaml = new StringBuilder("catalog: Api\nlol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        yaml.append("categories: []\n");
        // 9^9 values in all; reading stops inside line 8 (g), at the alias that passes 3,000,000.
        assertErrors(CatalogCompiler.compile(yaml.toString()),
                "errors.yaml:8:17: [yaml-limit] the file expands to more than 3,000,000 values "
                        + "(through aliases or sheer size); the limit guards against alias bombs");
    }

    @Test
    void duplicateKey() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: compliance",
                        "    title: Compliance",
                        "    range: 304xxx",
                        "    title: Again",
                        "    codes:",
                        "      - {code: 304001, name: A, message: A}"),
                "errors.yaml:6:5: [duplicate-key] key 'title' appears twice in this mapping; the first is at line 4");
    }

    @Test
    void duplicateKeyInAFlowMapping() {
        assertErrors(compile(DiagnosticAssertions.withCodes("      - {code: 304001, name: A, code: 304002, message: A}")),
                "errors.yaml:7:33: [duplicate-key] key 'code' appears twice in this mapping; the first is at line 7");
    }

    @Test
    void complexKey() {
        assertErrors(compile(
                        "catalog: Api",
                        "? [a, b]",
                        ": value",
                        "categories: []"),
                "errors.yaml:2:3: [complex-key] a mapping key must be a plain scalar, not a list");
    }
}
