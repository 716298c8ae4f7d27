package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.model.Catalog;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one table of what is written about a catalog besides Java: the build writes each output under
 * {@code META-INF/error-catalog/} (the first two always, the client outputs when
 * {@code -Aerrorcatalog.outputs} asks for them), and the command line writes the one its command names.
 */
public enum Output {
    MARKDOWN("docs", ".md", true, MarkdownWriter::markdown),
    JSON("json", ".json", true, DescriptorWriter::json),
    TYPESCRIPT("typescript", ".ts", false, TypeScriptWriter::typescript),
    OPENAPI("openapi", ".openapi.json", false, OpenApiWriter::openapi),
    HTML("html", ".html", false, HtmlWriter::html);

    private final String command;
    private final String suffix;
    private final boolean always;
    private final Function<Catalog, String> writer;

    Output(String command, String suffix, boolean always, Function<Catalog, String> writer) {
        this.command = command;
        this.suffix = suffix;
        this.always = always;
        this.writer = writer;
    }

    /** The command line's command, and the word {@code -Aerrorcatalog.outputs} lists: {@code typescript}. */
    public String command() {
        return command;
    }

    /** Written by every build, asked for or not: the reference and the descriptor other catalogs import. */
    public boolean always() {
        return always;
    }

    /** {@code Api.openapi.json} */
    public String fileName(String catalogName) {
        return catalogName + suffix;
    }

    public String write(Catalog catalog) {
        return writer.apply(catalog);
    }

    public static Optional<Output> byCommand(String command) {
        return Arrays.stream(values()).filter(o -> o.command.equals(command)).findFirst();
    }

    public static List<String> commands() {
        return Arrays.stream(values()).map(Output::command).toList();
    }
}
