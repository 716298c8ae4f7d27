package dev.errorcatalog.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's everyday loop, for real: a scratch copy of this repository (parent pom, processor,
 * catalog) is built with the Maven Wrapper, its errors.yaml is edited, and it is built again.
 * maven-compiler-plugin says "Nothing to compile" when only a resource changed; this module's
 * configuration must defeat that, or the second build would ship the old codes. A broken edit must
 * fail the build with the YAML's line and column.
 */
class YamlEditRegeneratesTest {
    private static final String GENERATED = ScratchBuild.GENERATED;

    @TempDir
    static Path scratch;

    private static ScratchBuild repository;

    @BeforeAll
    static void copyRepository() throws IOException {
        repository = ScratchBuild.copyInto(scratch);
    }

    @Test
    void editingOnlyTheYamlRegeneratesAndMistakesFailWithTheirLine() throws Exception {
        ScratchBuild.Result first = repository.build();
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(Files.exists(scratch.resolve(GENERATED + "AchError.java")), first.output());

        // The first build stands for the last release: keep its descriptor as the baseline.
        Path baseline = scratch.resolve("baseline.json");
        Files.copy(scratch.resolve("catalog/target/classes/META-INF/error-catalog/Api.json"), baseline);
        Path yaml = scratch.resolve("catalog/src/main/resources/errors.yaml");
        String original = Files.readString(yaml);
        ScratchBuild.append(yaml, "  - id: scratch",
                "    title: Scratch Errors",
                "    range: 777xxx",
                "    codes:",
                "      - {code: 777001, name: ADDED_BY_THE_EDIT, message: Added by the edit}");
        ScratchBuild.Result second = repository.build();
        assertEquals(0, second.exitCode(), second.output());
        String added = Files.readString(scratch.resolve(GENERATED + "ScratchError.java"));
        assertTrue(added.contains("ADDED_BY_THE_EDIT"), added);

        ScratchBuild.append(yaml, "      - {code: 777001, name: SAME_CODE_AGAIN, message: Same code again}",
                "      - {code: 778001, name: OUTSIDE, message: Outside the range}");
        int lines = Files.readAllLines(yaml).size();
        ScratchBuild.Result broken = repository.build();
        assertNotEquals(0, broken.exitCode(), broken.output());
        assertTrue(broken.output().contains("errors.yaml:" + (lines - 1) + ":16: [duplicate-code] code 777001 is declared twice"),
                broken.output());
        assertTrue(broken.output().contains("errors.yaml:" + lines + ":16: [code-out-of-range] code 778001"), broken.output());

        // Against the last release: dropping a published code fails the build, naming it.
        Files.writeString(yaml, original.replaceFirst("(?m)^.*code: 304900.*\n", ""));
        ScratchBuild.Result dropped = repository.build("-Derrorcatalog.baseline=" + baseline);
        assertNotEquals(0, dropped.exitCode(), dropped.output());
        assertTrue(dropped.output().contains("[removed-code] code 304900 (ACH_PRE_CHECKS) of category 'ach' was published"
                + " (baseline " + baseline), dropped.output());
    }
}
