package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.errorcatalog.processor.clients.ClientTools;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif|github}: the same diagnostics as the text, for code scanning and for
 * GitHub's annotations, with the catalog's and the translation file's paths, lines and columns.
 */
class DiagnosticFormatTest {
    /** The SARIF 2.1.0 schema (2.1.0-rtm.5, the one SARIF 2.1.0 was published with), from an npm package. */
    static final Path SARIF_SCHEMA = ClientTools.CLIENTS.resolve("node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

    @TempDir
    static Path directory;

    @BeforeAll
    static void write() throws IOException {
        Files.createDirectories(directory.resolve("i18n"));
        Files.writeString(directory.resolve("errors.yaml"), String.join("\n",
                "catalog: Api",
                "locales: [en, de]",
                "translations: {de: i18n/errors_de.properties}",
                "categories:",
                "  - id: compliance",
                "    title: Compliance",
                "    range: 304xxx",
                "    codes:",
                "      - {code: 304001, name: NO_SESSION, message: \"100% gone, really: no session\"}",
                "      - {code: 304002, name: OTHER, message: Other, help: ftp://x.org}",
                ""));
        Files.writeString(directory.resolve("i18n/errors_de.properties"), "NO_SESION = Keine Sitzung\n");
    }

    @Test
    void githubAnnotationsEscapeWhatWouldEndACommand() {
        CommandLine.Run run = CommandLine.run(directory, "check", "--format", "github", "errors.yaml");
        assertEquals(1, run.status(), run.err());
        assertEquals(String.join("\n",
                "::error file=errors.yaml,line=10,col=59,title=[help-url]::'help' must be an absolute http or https URL such as "
                        + "https://docs.acme.com/errors/{code} ({code} and {name} are filled in), not 'ftp://x.org': its scheme is 'ftp'",
                "::error file=" + directory.resolve("i18n/errors_de.properties").toString().replace(":", "%3A").replace(",", "%2C")
                        + ",line=1,col=1,title=[unknown-key]::unknown key 'NO_SESION' in i18n/errors_de.properties: keys are "
                        + "the catalog's code names and category ids (did you mean 'NO_SESSION'?)",
                ""), run.out());
        assertEquals("::warning title=[x]::50%25 a%0Ab%0D\n", DiagnosticFormat.github(List.of(dev.errorcatalog.processor.diag.Diagnostic.of(
                DiagnosticKind.CHANGED_TITLE, null, "de", "x", "a", "b")).stream()
                .map(d -> new dev.errorcatalog.processor.diag.Diagnostic(d.kind(), d.severity(), null, "50% a\nb\r"))
                .map(d -> new dev.errorcatalog.processor.diag.Diagnostic(DiagnosticKind.CHANGED_TITLE, d.severity(), null, d.message()))
                .toList(), name -> name).replace("[changed-title]", "[x]"));
        assertEquals("a%3Ab%2Cc%25", DiagnosticFormat.property("a:b,c%"));
    }

    @Test
    void sarifIsAValidLogWithARulePerDiagnosticKind() throws IOException {
        CommandLine.Run run = CommandLine.run(directory, "check", "--format", "sarif", "errors.yaml");
        assertEquals(1, run.status(), run.err());
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode run0 = log.path("runs").get(0);
        JsonNode rules = run0.path("tool").path("driver").path("rules");
        assertEquals(DiagnosticKind.values().length, rules.size());
        assertEquals("help-url", rules.get(DiagnosticKind.HELP_URL.ordinal()).path("id").asText());
        assertEquals("'help' must be an absolute http or https URL such as https://docs.acme.com/errors/{code} ({code} and {name} "
                + "are filled in), not '…': …", rules.get(DiagnosticKind.HELP_URL.ordinal()).path("shortDescription").path("text").asText());
        assertEquals("[annotation] in docs/diagnostics.md of error-catalog: what it means and an example",
                rules.get(0).path("help").path("text").asText());
        JsonNode results = run0.path("results");
        assertEquals(2, results.size());
        JsonNode first = results.get(0);
        assertEquals("help-url", first.path("ruleId").asText());
        assertEquals(DiagnosticKind.HELP_URL.ordinal(), first.path("ruleIndex").asInt());
        assertEquals("error", first.path("level").asText());
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertEquals("errors.yaml", location.path("artifactLocation").path("uri").asText());
        assertEquals(10, location.path("region").path("startLine").asInt());
        assertEquals(59, location.path("region").path("startColumn").asInt());
        JsonNode second = results.get(1).path("locations").get(0).path("physicalLocation");
        assertTrue(second.path("artifactLocation").path("uri").asText().endsWith("/i18n/errors_de.properties"),
                "a translation file is named from the working directory, not from the catalog's");
        assertEquals(1, second.path("region").path("startLine").asInt());

        ClientTools.require(SARIF_SCHEMA, "cd clients-test && npm ci --no-audit --no-fund");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(new ObjectMapper().readTree(SARIF_SCHEMA.toFile()));
        assertEquals(List.of(), schema.validate(log).stream().map(Object::toString).toList());
    }

    @Test
    void aValidCatalogIsAnEmptyLogAndTheSummaryStaysOffStandardOutput() throws IOException {
        Files.writeString(directory.resolve("valid.yaml"), "catalog: Api\ncategories:\n  - {id: a, title: A, range: 1xxxxx}\n");
        CommandLine.Run run = CommandLine.run(directory, "check", "--format", "sarif", "valid.yaml");
        assertEquals(0, run.status());
        assertEquals(0, new ObjectMapper().readTree(run.out()).path("runs").get(0).path("results").size());
        assertTrue(run.err().contains("valid.yaml: Api catalog is valid"), run.err());
    }

    @Test
    void aFormatIsOneOfThreeAndOnlyForCheck() {
        CommandLine.Run unknown = CommandLine.run(directory, "check", "--format", "sarf", "errors.yaml");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("error: --format needs one of text, sarif, github (did you mean 'sarif'?)"), unknown.err());
        assertEquals(2, CommandLine.run(directory, "docs", "--format", "sarif", "errors.yaml").status());
    }
}
