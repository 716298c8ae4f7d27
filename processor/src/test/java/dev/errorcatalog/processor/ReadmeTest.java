package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.diag.DiagnosticKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's diagnostics table lists every diagnostic: a new one cannot ship undocumented. */
class ReadmeTest {
    @Test
    void everyDiagnosticHasARowWithAnExample() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<String> missing = Arrays.stream(DiagnosticKind.values())
                .filter(kind -> !readme.contains("| `" + kind.tag() + "` |") || !readme.contains("[" + kind.tag() + "]"))
                .map(DiagnosticKind::tag)
                .toList();
        assertEquals(List.of(), missing, "diagnostics missing from the README's table");
    }
}
