package dev.errorcatalog.processor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process, as if from a directory: file names print as the user typed them. */
public final class CommandLine {
    private CommandLine() {}

    public record Run(int status, String out, String err) {}

    /** {@code args}' last element is a catalog path relative to {@code directory}. */
    public static Run run(Path directory, String... args) {
        String[] absolute = args.clone();
        String relative = absolute[absolute.length - 1];
        absolute[absolute.length - 1] = directory.resolve(relative).toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CatalogTool.run(absolute, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String prefix = directory.resolve(relative).toString();
        return new Run(status, out.toString(StandardCharsets.UTF_8).replace(prefix, relative),
                err.toString(StandardCharsets.UTF_8).replace(prefix, relative));
    }
}
