package dev.errorcatalog.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translator's loop: only {@code errors_de.properties} changes between two Maven builds, and the
 * second build must ship the new texts (the catalog module recompiles every build, so the processor
 * reads the file again), and a mistake in the file must fail the build at the file's line.
 */
class TranslationEditRegeneratesTest {
    private static final String TEXTS = "catalog/target/classes/dev/errorcatalog/upstream/Api_de.texts";

    @TempDir
    static Path scratch;

    @Test
    void editingOnlyTheTranslationFileRegenerates() throws Exception {
        ScratchBuild repository = ScratchBuild.copyInto(scratch);
        Path yaml = repository.file("catalog/src/main/resources/errors.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace(
                "locales: [en, zh-CN, zh-Hant]\ntranslations: {zh-Hant: errors_zh_Hant.properties}\n",
                "locales: [en, zh-CN, zh-Hant, de]\ntranslations: {zh-Hant: errors_zh_Hant.properties, de: errors_de.properties}\n"));
        Path german = repository.file("catalog/src/main/resources/errors_de.properties");
        Files.writeString(german, "ACH_PRE_CHECKS = Ach-Vorpr\\u00fcfungen\n", StandardCharsets.UTF_8);

        ScratchBuild.Result first = repository.build();
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(Files.readString(repository.file(TEXTS)).contains("Ach-Vorprüfungen\n"), first.output());

        Files.writeString(german, "ACH_PRE_CHECKS = Ach-Vorabpr\\u00fcfungen\nach = ACH-Fehler\n", StandardCharsets.UTF_8);
        ScratchBuild.Result second = repository.build();
        assertEquals(0, second.exitCode(), second.output());
        String texts = Files.readString(repository.file(TEXTS));
        assertTrue(texts.contains("Ach-Vorabprüfungen\n") && texts.contains("ACH-Fehler\n"), texts);

        Files.writeString(german, "ACH_PRE_CHECKS = Ach-Vorabpr\\u00fcfungen\nACH_PRE_CHECK = Tippfehler\n", StandardCharsets.UTF_8);
        ScratchBuild.Result broken = repository.build();
        assertNotEquals(0, broken.exitCode(), broken.output());
        assertTrue(broken.output().contains("errors_de.properties:2:1: [unknown-key] unknown key 'ACH_PRE_CHECK' in"
                + " errors_de.properties: keys are the catalog's code names and category ids (did you mean 'ACH_PRE_CHECKS'?)"),
                broken.output());
    }
}
