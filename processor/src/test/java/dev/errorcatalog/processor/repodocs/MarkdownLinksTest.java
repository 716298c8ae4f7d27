package dev.errorcatalog.processor.repodocs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker finds what a reader of a clone would stumble over, and nothing else. */
class MarkdownLinksTest {
    @TempDir
    Path dir;

    @Test
    void reportsMissingFilesLinksOutsideAndUnknownAnchors() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(dir.resolve("outside.md"), "# Outside\n");
        Files.writeString(repo.resolve("docs/format.md"), String.join("\n",
                "# The format", "## Codes and ranges", "## Kotlin (kapt)", "## `find(int)` is O(1)", "## Codes and ranges", ""));
        Files.writeString(repo.resolve("README.md"), String.join("\n",
                "See [the format](docs/format.md) and [codes](docs/format.md#codes-and-ranges),",
                "[again](docs/format.md#codes-and-ranges-1), [kapt](docs/format.md#kotlin-kapt),",
                "[find](docs/format.md#findint-is-o1), [top](#a-heading), [web](https://example.com/x.md).",
                "## A heading",
                "Broken: [gone](docs/gone.md), [shared](../outside.md), [anchor](docs/format.md#no-such-heading),",
                "[self](#nowhere).",
                "```",
                "[in a fence](not/checked.md)",
                "```",
                "In code: `[x](not/checked.md)`.",
                "[ref]: docs/missing.md",
                ""));
        List<String> broken = new MarkdownLinks(repo).brokenLinks(repo.resolve("README.md"));
        assertEquals(List.of(
                "README.md:5: docs/gone.md (no such file)",
                "README.md:5: ../outside.md (outside the repository)",
                "README.md:5: docs/format.md#no-such-heading (no heading makes the anchor #no-such-heading)",
                "README.md:6: #nowhere (no heading makes the anchor #nowhere)",
                "README.md:11: docs/missing.md (no such file)"), broken);
    }

    @Test
    void slugsFollowGitHub() {
        assertEquals("codes-are-public-api-the-baseline-check", MarkdownLinks.slug("Codes are public API: the baseline check"));
        assertEquals("what-is-generated", MarkdownLinks.slug("What is *generated*"));
        assertEquals("imported-catalogs-imports", MarkdownLinks.slug("Imported catalogs (`imports:`)"));
        assertEquals("the-json-descriptor", MarkdownLinks.slug("The [JSON](x.md) descriptor"));
    }
}
