package dev.errorcatalog.processor;

import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.docs.DescriptorWriter;
import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Beside the classes the processor writes a Markdown reference and a JSON descriptor, and it is
 * registered with Gradle as an aggregating incremental processor.
 */
class DocsResourcesTest {

    private static String resource(Compilation compilation, String path) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow(
                () -> new AssertionError(path + " was not generated"));
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void markdownAndJsonDescribeTheCatalog() throws IOException {
        Compilation compilation = CatalogCompiler.compile(GeneratedApiTest.CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        String markdown = resource(compilation, "META-INF/error-catalog/Api.md");
        assertTrue(markdown.startsWith("# Api error codes\n"), markdown);
        assertTrue(markdown.contains("\n## Compliance Errors (304xxx)\n"), markdown);
        assertTrue(markdown.contains("- Title (zh-CN): 合规错误\n"), markdown);
        assertTrue(markdown.contains("\n### ACH Errors (3049xx)\n"), markdown);
        assertTrue(markdown.contains("\n#### ACH Returns (304990..304999)\n"), markdown);
        assertTrue(markdown.contains("- Inside: ACH Errors (3049xx)\n"), markdown);
        assertTrue(markdown.contains("| 304001 | `OLD_CHECK` (deprecated: Use 304100 instead) | Old check | Old check | Old check | 422 |"),
                markdown);
        assertTrue(markdown.contains("No codes of its own."), markdown);

        String json = resource(compilation, "META-INF/error-catalog/Api.json");
        FrontEnd.Result reread = FrontEnd.load("Api.json", json.getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS);
        assertEquals(List.of(), reread.diagnostics());
        Catalog catalog = reread.catalog().orElseThrow();
        assertEquals(List.of("en", "zh-CN", "de"), catalog.locales());
        assertEquals(5, catalog.codesByNumber().size());
        assertEquals(404, catalog.codesByNumber().get(1).httpStatus());
        assertEquals("Use 304100 instead", catalog.codesByNumber().get(0).deprecation().orElseThrow());
        assertTrue(json.chars().allMatch(c -> c < 0x80), "the descriptor is ASCII");
        assertEquals(json, resource(compilation, "com/acme/errors/Api.json"),
                "the importable copy beside the classes (javac finds jar resources only in package directories)");
    }

    @Test
    void versionTwoKeysAreInTheMarkdownAndTheDescriptorReadsBackIdentically() throws IOException {
        Compilation compilation = CatalogCompiler.compile(VersionTwoApiTest.CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        String markdown = resource(compilation, "META-INF/error-catalog/Wx.md");
        assertTrue(markdown.contains("| `40099` | `OBSOLETE_X__UNUSED` | Replaced by 40001 |"), markdown);
        assertTrue(markdown.contains("| `grpc` | enum: `INVALID_ARGUMENT`, `NOT_FOUND`, `INTERNAL` | `INTERNAL` |  |"), markdown);
        assertTrue(markdown.contains("| `retry-after-seconds` | int | (none) |  |"), markdown);
        assertTrue(markdown.contains("- Frozen: takes no new codes\n"), markdown);
        assertTrue(markdown.contains("- `grpc` for its codes: INVALID\\_ARGUMENT\n"), markdown);
        assertTrue(markdown.contains("| -1 | `BUSY` (formerly `SYSTEM_BUSY`) | System busy | 500 | INTERNAL | HY000 | true | INTERNAL | 2 |  |"),
                markdown);

        String json = resource(compilation, "META-INF/error-catalog/Wx.json");
        assertTrue(json.contains("\"digits\": \"any\""), json);
        FrontEnd.Result reread = FrontEnd.load("Wx.json", json.getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS);
        assertEquals(List.of(), reread.diagnostics());
        Catalog catalog = reread.catalog().orElseThrow();
        assertEquals(json, DescriptorWriter.json(catalog), "the descriptor of the descriptor is the descriptor");
        assertEquals(List.of("INVALID_SECRET", "BAD_APPSECRET"), catalog.codesByNumber().get(3).aliases().stream()
                .map(a -> a.name()).toList());
        assertEquals("OBSOLETE_X__UNUSED", catalog.retired().get(0).name().orElseThrow());
        assertEquals(Optional.of("2"), Optional.ofNullable(catalog.codesByNumber().get(1).fields().get("retry-after-seconds"))
                .map(v -> v.text()));
        assertTrue(catalog.category("client").orElseThrow().frozen());
    }

    @Test
    void clientOutputsAreWrittenOnlyWhenAskedFor() {
        Compilation compilation = CatalogCompiler.compile(GeneratedApiTest.CATALOG);
        assertThat(compilation).succeededWithoutWarnings();
        for (String path : List.of("META-INF/error-catalog/Api.ts", "META-INF/error-catalog/Api.openapi.json",
                "META-INF/error-catalog/Api.html")) {
            assertTrue(compilation.generatedFiles().stream().noneMatch(f -> f.toUri().getPath().endsWith(path)), path);
        }
    }

    @Test
    void anOutputNotKnownIsAnErrorWithASuggestion() {
        Compilation compilation = CatalogCompiler.compile(GeneratedApiTest.CATALOG.getBytes(StandardCharsets.UTF_8), List.of("-Aerrorcatalog.outputs=typescript,opneapi"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[outputs-option] -Aerrorcatalog.outputs names 'opneapi', which is not an output;"
                + " list some of: docs, json, typescript, openapi, html (did you mean 'openapi'?)");
    }

    @Test
    void clientOutputsShipBesideTheMarkdown() throws IOException {
        Compilation compilation = CatalogCompiler.compile(GeneratedApiTest.CATALOG.getBytes(StandardCharsets.UTF_8), List.of("-Aerrorcatalog.outputs=typescript, openapi,html"));
        assertThat(compilation).succeededWithoutWarnings();
        Catalog catalog = FrontEnd.load("errors.yaml", GeneratedApiTest.CATALOG.getBytes(StandardCharsets.UTF_8),
                Options.DEFAULTS).catalog().orElseThrow();
        assertEquals(TypeScriptWriter.typescript(catalog), resource(compilation, "META-INF/error-catalog/Api.ts"));
        assertEquals(OpenApiWriter.openapi(catalog), resource(compilation, "META-INF/error-catalog/Api.openapi.json"));
        assertEquals(HtmlWriter.html(catalog), resource(compilation, "META-INF/error-catalog/Api.html"));
    }

    @Test
    void registeredWithGradleAsAggregating() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            // the second claims the Spring annotations of the generated integration; it writes nothing
            assertEquals("dev.errorcatalog.processor.ErrorCatalogProcessor,aggregating\n"
                    + "dev.errorcatalog.processor.spring.GeneratedSpringAnnotations,aggregating\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
