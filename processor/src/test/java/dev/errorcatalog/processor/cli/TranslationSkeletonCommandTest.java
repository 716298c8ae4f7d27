package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skeleton --locale de}: the file a team hands to translators, and what they hand back. */
class TranslationSkeletonCommandTest {
    static final String CATALOG = String.join("\n",
            "catalog: Api",
            "locales: [en, de, fr]",
            "translations: {de: errors_de.properties}",
            "categories:",
            "  - id: compliance",
            "    title: Compliance Errors",
            "    range: 304xxx",
            "    codes:",
            "      - {code: 304001, name: NO_SESSION_FOUND, message: 'No session {sessionId} found'}",
            "      - code: 304002",
            "        name: LIMIT_EXCEEDED",
            "        message: {en: \"Amount {amount:number}\\n exceeds \\\\ limit\", fr: ' Le montant {amount} d\u00e9passe'}",
            "");

    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return CatalogTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyKeyWithTheDefaultTextAboveAndExistingTranslationsKept() throws IOException {
        Files.writeString(dir.resolve("errors.yaml"), CATALOG);
        Files.writeString(dir.resolve("errors_de.properties"), "NO_SESSION_FOUND = Keine Sitzung {sessionId}\n");
        Path skeleton = dir.resolve("to-translators_de.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "skeleton", "--locale", "de", "-o", skeleton.toString(), dir.resolve("errors.yaml").toString()),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(String.join("\n",
                "# Api catalog: the 'de' texts. Keys are category ids (titles) and code names (messages); the comment above each"
                        + " key is the 'en' text. Keep every {placeholder}.",
                "",
                "# en: Compliance Errors",
                "compliance = ",
                "# en: No session {sessionId} found",
                "NO_SESSION_FOUND = Keine Sitzung {sessionId}",
                "# en: Amount {amount:number}\\n exceeds \\ limit",
                "LIMIT_EXCEEDED = ",
                ""), Files.readString(skeleton, StandardCharsets.UTF_8));

        // A locale still inline in the YAML comes out too, escaped so java.util.Properties reads it back unchanged.
        ByteArrayOutputStream french = new ByteArrayOutputStream();
        assertEquals(0, run(french, err, "skeleton", "--locale", "fr", dir.resolve("errors.yaml").toString()));
        Properties read = new Properties();
        read.load(new StringReader(french.toString(StandardCharsets.UTF_8)));
        assertEquals(" Le montant {amount} dépasse", read.getProperty("LIMIT_EXCEEDED"));
        assertEquals("", read.getProperty("NO_SESSION_FOUND"));
    }

    @Test
    void theSkeletonsEmptyValuesAreWhatIsLeftToTranslate() throws IOException {
        Files.writeString(dir.resolve("errors.yaml"), CATALOG);
        Files.writeString(dir.resolve("errors_de.properties"), "compliance = Compliance-Fehler\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String yaml = dir.resolve("errors.yaml").toString();
        assertEquals(0, run(out, err, "skeleton", "--locale", "de", "-o", dir.resolve("errors_de.properties").toString(), yaml));
        err.reset();
        assertEquals(1, run(out, err, "check", yaml));
        String diagnostics = err.toString(StandardCharsets.UTF_8);
        assertTrue(diagnostics.contains("error: errors_de.properties:6:20: [empty-text] the 'de' text of the message of code 304001"
                + " must not be empty"), diagnostics);
        assertTrue(diagnostics.contains("error: errors_de.properties:8:18: [empty-text]"), diagnostics);
    }

    @Test
    void theLocaleMustBeAnotherDeclaredOne() throws IOException {
        Files.writeString(dir.resolve("errors.yaml"), CATALOG);
        Files.writeString(dir.resolve("errors_de.properties"), "");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String yaml = dir.resolve("errors.yaml").toString();
        assertEquals(2, run(new ByteArrayOutputStream(), err, "skeleton", "--locale", "en", yaml));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "error: --locale en must be one of the catalog's locales other than the default: [de, fr]"));
        assertEquals(2, run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "skeleton", yaml));
    }
}
