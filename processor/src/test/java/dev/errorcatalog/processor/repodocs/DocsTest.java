package dev.errorcatalog.processor.repodocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.diag.DiagnosticKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's own documentation stays true and whole: every diagnostic is documented, every
 * relative link works in a clone, and the README stays a front door rather than the reference.
 */
class DocsTest {
    /** Surefire runs in the module directory; the repository is its parent. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyDiagnosticHasARowWithAnExample() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/diagnostics.md"));
        List<String> missing = Arrays.stream(DiagnosticKind.values())
                .filter(kind -> !page.contains("| `" + kind.tag() + "` |") || !page.contains("[" + kind.tag() + "]"))
                .map(DiagnosticKind::tag)
                .toList();
        assertEquals(List.of(), missing, "diagnostics missing from docs/diagnostics.md");
    }

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<Path> pages = markdownPages();
        assertTrue(pages.contains(ROOT.resolve("README.md")) && pages.contains(ROOT.resolve("docs/format.md"))
                && pages.contains(ROOT.resolve("example/README.md")), "the pages were not found: " + pages);
        MarkdownLinks links = new MarkdownLinks(ROOT);
        List<String> broken = pages.stream().flatMap(page -> links.brokenLinks(page).stream()).toList();
        assertEquals(List.of(), broken, "broken links");
    }

    @Test
    void everyDocsPageIsListedInBothIndexes() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String index = Files.readString(ROOT.resolve("docs/README.md"));
        List<String> unlisted;
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            unlisted = pages.map(page -> page.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !name.equals("README.md"))
                    .filter(name -> !readme.contains("](docs/" + name + ")") || !index.contains("](" + name + ")"))
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), unlisted, "docs pages missing from the tables of README.md or docs/README.md");
    }

    /**
     * A path into the clone by its folder's usual name, from beside it ({@code ../error-catalog/mvnw})
     * or from home, or a {@code cd} into it: a clone can be called anything, so a command that names
     * it works only for some readers. Paths inside jars ({@code META-INF/error-catalog/}) are not one.
     */
    static final Pattern CLONE_FOLDER = Pattern.compile(
            "(?<![\\w./-])(?:(?:\\.\\./)+|~/)error-catalog(?![\\w.-])|\\bcd\\s+error-catalog(?![\\w.-])");

    @Test
    void noCommandNamesTheClonesFolder() throws IOException {
        assertTrue(CLONE_FOLDER.matcher("../error-catalog/mvnw -B -q compile").find()
                && CLONE_FOLDER.matcher("cd ~/error-catalog && ./mvnw verify").find()
                && !CLONE_FOLDER.matcher("unzip -p acme.jar META-INF/error-catalog/Api.ts").find()
                && !CLONE_FOLDER.matcher("cd ../error-catalog-demo").find(), "the pattern itself");
        List<String> found = new ArrayList<>();
        for (Path page : markdownPages()) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (CLONE_FOLDER.matcher(lines.get(i)).find()) {
                    found.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "commands that work only in a clone named error-catalog");
    }

    @Test
    void theReadmeIsAFrontDoorNotTheReference() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 250, "README.md has " + lines + " lines; move reference material into docs/");
    }

    /** Every Markdown page a reader sees: outside build output and source trees (test data lives there). */
    private static List<Path> markdownPages() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(path -> path.toString().endsWith(".md"))
                    .filter(path -> {
                        for (Path part : ROOT.relativize(path)) {
                            String name = part.toString();
                            if (name.equals("target") || name.equals("src") || name.equals("node_modules") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }
}
