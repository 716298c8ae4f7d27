package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: same diagnostics as the build, exit status 0 valid, 1 invalid, 2 usage. */
class CatalogToolTest {
    static final String VALID = String.join("\n",
            "catalog: Api",
            "locales: [en, zh-CN]",
            "categories:",
            "  - id: ach",
            "    title: {en: ACH Errors, zh-CN: ACH错误}",
            "    range: 3049xx",
            "    codes:",
            "      - {code: 304900, name: ACH_PRE_CHECKS, message: 'Ach pre checks | {step}'}",
            "");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CatalogTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void checkAcceptsAValidCatalog() throws IOException {
        String file = write("errors.yaml", VALID);
        Run run = run("check", file);
        assertEquals(0, run.status(), run.err());
        assertEquals(file + ": Api catalog is valid: 1 codes in 1 categories\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void checkReportsEveryDiagnosticAndExitsOne() throws IOException {
        String file = write("errors.yaml", VALID.replace("304900", "305900") + "      - {code: 304901, name: ACH_PRE_CHECKS, message: x}\n");
        Run run = run("check", file);
        assertEquals(1, run.status());
        assertTrue(run.err().contains("error: " + file + ":8:16: [code-out-of-range] code 305900 lies outside the range 3049xx"
                + " of its category 'ach'; no category's range holds it; next free code in 'ach' (3049xx): 304900\n"), run.err());
        assertTrue(run.err().contains("error: " + file + ":9:30: [duplicate-name] name ACH_PRE_CHECKS is used twice"), run.err());
        assertTrue(run.err().endsWith(file + ": invalid catalog (2 error(s))\n"), run.err());
    }

    @Test
    void strictLocalesIsAnOption() throws IOException {
        String file = write("errors.yaml", VALID);
        Run run = run("check", "--strict-locales", file);
        assertEquals(1, run.status());
        assertTrue(run.err().contains("[missing-translation] the message of code 304900 has no 'zh-CN' text"), run.err());
    }

    @Test
    void docsAndJsonWriteToStandardOutputOrAFile() throws IOException {
        String file = write("errors.yaml", VALID);
        Run docs = run("docs", file);
        assertEquals(0, docs.status());
        assertTrue(docs.out().contains("| 304900 | `ACH_PRE_CHECKS` | Ach pre checks \\| &#123;step&#125; |")
                || docs.out().contains("| 304900 | `ACH_PRE_CHECKS` | Ach pre checks \\| {step} |"), docs.out());
        Path json = dir.resolve("api.json");
        Run written = run("json", "-o", json.toString(), file);
        assertEquals(0, written.status());
        assertEquals("", written.out());
        assertTrue(Files.readString(json).contains("\"name\": \"ACH_PRE_CHECKS\""));
        Run again = run("check", json.toString());
        assertEquals(0, again.status(), "the descriptor is itself a valid catalog: " + again.err());
    }

    @Test
    void clientOutputsAreCommands() throws IOException {
        String file = write("errors.yaml", VALID);
        Path typescript = dir.resolve("api-errors.ts");
        Run written = run("typescript", file, "-o", typescript.toString());
        assertEquals(0, written.status(), written.err());
        assertTrue(Files.readString(typescript).contains("export type ApiCode =\n  | 304900;\n"), Files.readString(typescript));
        Run openapi = run("openapi", file);
        assertEquals(0, openapi.status(), openapi.err());
        assertTrue(openapi.out().startsWith("{\n  \"openapi\": \"3.1.0\",\n"), openapi.out());
        Run html = run("html", file);
        assertEquals(0, html.status(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>\n"), html.out());
        assertTrue(html.out().contains("<tr class=\"error\" id=\"304900\""), html.out());
        for (String command : new String[] {"typescript", "openapi", "html"}) {
            Run invalid = run(command, write("bad.yaml", VALID.replace("304900", "305900")));
            assertEquals(1, invalid.status(), command);
            assertEquals("", invalid.out(), "nothing is written for an invalid catalog");
        }
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String file = write("errors.yaml", VALID);
        assertEquals(2, run().status());
        assertEquals(2, run("lint", file).status());
        assertEquals(2, run("check").status());
        assertEquals(2, run("check", file, file).status());
        assertEquals(2, run("check", "--bogus", file).status());
        assertEquals(2, run("json", file, "-o").status());
        Run missing = run("check", dir.resolve("missing.yaml").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("error: cannot read "), missing.err());
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("usage: java -jar error-catalog-processor.jar"));
    }
}
