package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain}: the code, name, category path, status, fields, message, explanation as plain
 * text, help link, deprecation and successor, from a YAML catalog, a JSON descriptor or a jar.
 */
class ExplainCommandTest {
    static final String CATALOG = String.join("\n",
            "catalog: Api",
            "locales: [en, de]",
            "translations: {de: errors_de.properties}",
            "help: https://docs.acme.com/errors/{code}",
            "fields:",
            "  retryable: {type: boolean, default: false}",
            "reserved:",
            "  - {code: 304099, name: OLD_SESSION, reason: Split in two, replaced-by: NO_SESSION}",
            "categories:",
            "  - id: compliance",
            "    title: {en: Compliance, de: Compliance-Fehler}",
            "    range: 304xxx",
            "    codes:",
            "      - code: 304001",
            "        name: NO_SESSION",
            "        aliases: [SESSION_MISSING]",
            "        message: {en: \"No session {id}\", de: \"Keine Sitzung {id}\"}",
            "        http: 404",
            "        explanation: |",
            "          The session **expired**. Sign in again; see [the guide](https://docs.acme.com/sessions).",
            "",
            "          Raw <b>HTML</b> stays text.",
            "      - {code: 304002, name: OLD, message: Old, deprecated: {since: '2.3', reason: Too broad, replaced-by: NO_SESSION}}",
            "  - id: ach",
            "    title: ACH",
            "    range: 3049xx",
            "    retryable: true",
            "    codes:",
            "      - {code: 304900, name: ACH_PRE_CHECKS, message: Ach pre checks}",
            "");

    @TempDir
    static Path directory;

    @BeforeAll
    static void write() throws IOException {
        Files.writeString(directory.resolve("errors.yaml"), CATALOG);
        Files.writeString(directory.resolve("errors_de.properties"), "NO_SESSION.explanation = Die Sitzung ist **abgelaufen**.\n");
    }

    private static CommandLine.Run explain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CatalogTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String prefix = directory.toString() + "/";
        return new CommandLine.Run(status, out.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                err.toString(StandardCharsets.UTF_8).replace(prefix, ""));
    }

    private static String file(String name) {
        return directory.resolve(name).toString();
    }

    static final String NO_SESSION = String.join("\n",
            "304001 NO_SESSION",
            "older names: SESSION_MISSING",
            "category:    compliance (Compliance)",
            "HTTP status: 404",
            "field retryable: false",
            "message:     No session {id}",
            "",
            "The session expired. Sign in again; see \"the guide\" (https://docs.acme.com/sessions).",
            "",
            "Raw <b>HTML</b> stays text.",
            "",
            "help: https://docs.acme.com/errors/304001",
            "");

    @Test
    void explainsACodeByNumberNameOrAlias() {
        for (String key : new String[] {"304001", "NO_SESSION", "SESSION_MISSING"}) {
            CommandLine.Run run = explain("explain", file("errors.yaml"), key);
            assertEquals(new CommandLine.Run(0, NO_SESSION, ""), run, key);
        }
    }

    @Test
    void inAnotherLocaleWithTheCategoryPathAndInheritedFields() {
        assertEquals(new CommandLine.Run(0, String.join("\n",
                "304001 NO_SESSION",
                "older names: SESSION_MISSING",
                "category:    compliance (Compliance-Fehler)",
                "HTTP status: 404",
                "field retryable: false",
                "message:     Keine Sitzung {id}",
                "",
                "Die Sitzung ist abgelaufen.",
                "",
                "help: https://docs.acme.com/errors/304001",
                ""), ""), explain("explain", "--locale", "de", file("errors.yaml"), "304001"));
        assertEquals(new CommandLine.Run(0, String.join("\n",
                "304900 ACH_PRE_CHECKS",
                "category:    compliance (Compliance) > ach (ACH)",
                "HTTP status: 500",
                "field retryable: true",
                "message:     Ach pre checks",
                "help: https://docs.acme.com/errors/304900",
                ""), ""), explain("explain", file("errors.yaml"), "ACH_PRE_CHECKS"));
    }

    @Test
    void deprecatedAndRetiredCodesNameTheirSuccessor() {
        assertEquals(new CommandLine.Run(0, String.join("\n",
                "304002 OLD",
                "category:    compliance (Compliance)",
                "HTTP status: 500",
                "field retryable: false",
                "message:     Old",
                "deprecated since 2.3: Too broad",
                "use instead: 304001 NO_SESSION",
                "help: https://docs.acme.com/errors/304002",
                ""), ""), explain("explain", file("errors.yaml"), "OLD"));
        assertEquals(new CommandLine.Run(0, "304099 OLD_SESSION is retired (reserved 304099): Split in two\nuse instead: 304001 NO_SESSION\n", ""),
                explain("explain", file("errors.yaml"), "304099"));
    }

    @Test
    void anUnknownCodeGetsADidYouMeanAndExitStatusOne() {
        assertEquals(new CommandLine.Run(1, "", "error: no code, name or alias 'NO_SESION' in errors.yaml (did you mean 'NO_SESSION'?)\n"),
                explain("explain", file("errors.yaml"), "NO_SESION"));
        assertEquals(2, explain("explain", file("errors.yaml")).status());
        assertEquals(2, explain("explain", "--locale", "fr", file("errors.yaml"), "304001").status());
    }

    @Test
    void readsADescriptorAndAJarHoldingOne() throws IOException {
        CommandLine.Run json = explain("json", file("errors.yaml"));
        assertEquals(0, json.status(), json.err());
        Files.writeString(directory.resolve("Api.json"), json.out());
        assertEquals(new CommandLine.Run(0, NO_SESSION, ""), explain("explain", file("Api.json"), "NO_SESSION"));
        Path jar = directory.resolve("errors.jar");
        try (OutputStream bytes = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("META-INF/error-catalog/Api.json"));
            out.write(json.out().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertEquals(new CommandLine.Run(0, NO_SESSION, ""), explain("explain", jar.toString(), "304001"));
    }
}
