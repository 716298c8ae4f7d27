package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.docs.DescriptorWriter;
import dev.errorcatalog.processor.docs.MarkdownWriter;
import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.properties.TranslationSkeleton;
import dev.errorcatalog.processor.read.ResourceResolver;
import dev.errorcatalog.processor.validate.CatalogLoader;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.ExternalCatalogs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The processor's checks outside javac, for pre-commit hooks and the CI of non-Java consumers:
 * {@code java -jar error-catalog-processor.jar check|docs|json|typescript|openapi|html|skeleton FILE}. Same loading, same
 * diagnostics as the build; exit status 0 when the catalog is valid, 1 when it is not, 2 for a
 * bad command line or an unreadable file.
 */
public final class CatalogTool {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join("\n",
            "usage: java -jar error-catalog-processor.jar COMMAND [--strict-locales] [--baseline FILE] [--locale LOCALE] [-o OUTPUT] CATALOG",
            "",
            "commands:",
            "  check   validate the catalog and print its diagnostics",
            "  docs    validate, then write the Markdown reference (to OUTPUT or standard output)",
            "  json    validate, then write the JSON descriptor (to OUTPUT or standard output)",
            "  typescript  validate, then write the TypeScript module for front ends (to OUTPUT or standard output)",
            "  openapi validate, then write the OpenAPI 3.1 description of the errors (to OUTPUT or standard output)",
            "  html    validate, then write the self-contained HTML reference page (to OUTPUT or standard output)",
            "  skeleton  validate, then write the translation file of --locale for translators: every key, the",
            "          default locale's text as a comment above it, existing translations kept, the others empty",
            "",
            "options:",
            "  --strict-locales  every message and title must have every declared locale",
            "  --baseline FILE   the last release's catalog or JSON descriptor: fail on breaking changes",
            "  --locale LOCALE   the locale skeleton writes, one of the catalog's other than the default",
            "  -o OUTPUT         where the other commands write (default: standard output)",
            "",
            "imports and translation files: are resolved relative to the catalog's directory",
            "exit status: 0 valid, 1 invalid catalog, 2 bad command line or unreadable file");

    private CatalogTool() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE_TEXT);
            return OK;
        }
        List<String> files = new ArrayList<>();
        boolean strict = false;
        String output = null;
        String baseline = null;
        String locale = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--locale" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--locale needs a locale such as de");
                    }
                    locale = args[++i];
                }
                case "--strict-locales" -> strict = true;
                case "--baseline" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--baseline needs a file");
                    }
                    baseline = args[++i];
                }
                case "-o", "--output" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "-o needs a file");
                    }
                    output = args[++i];
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        return usage(err, "unknown option " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (args.length == 0) {
            return usage(err, "no command");
        }
        Function<Catalog, String> render;
        switch (args[0]) {
            case "check" -> render = null;
            case "docs" -> render = MarkdownWriter::markdown;
            case "json" -> render = DescriptorWriter::json;
            case "typescript" -> render = TypeScriptWriter::typescript;
            case "openapi" -> render = OpenApiWriter::openapi;
            case "html" -> render = HtmlWriter::html;
            case "skeleton" -> {
                if (locale == null) {
                    return usage(err, "skeleton needs --locale");
                }
                String target = locale;
                render = catalog -> TranslationSkeleton.write(catalog, target);
            }
            default -> {
                return usage(err, "unknown command " + args[0]);
            }
        }
        if (files.size() != 1) {
            return usage(err, "give exactly one catalog file");
        }
        if (locale != null && render == null) {
            return usage(err, "--locale is for skeleton");
        }
        return execute(new Request(files.get(0), strict, baseline, output, locale), render, out, err);
    }

    private record Request(String file, boolean strict, String baseline, String output, String locale) {}

    private static int execute(Request request, Function<Catalog, String> render, PrintStream out, PrintStream err) {
        String file = request.file();
        String output = request.output();
        byte[] content;
        try {
            content = Files.readAllBytes(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return USAGE;
        }
        Path directory = Path.of(file).toAbsolutePath().getParent();
        CatalogValidator.Result result = CatalogLoader.load(file, content, new CatalogValidator.Options(request.strict()),
                Optional.of(path -> readImport(directory, path)));
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        if (!result.hasErrors() && result.catalog().isPresent()) {
            diagnostics.addAll(ExternalCatalogs.checkImports(result.catalog().get(), path -> readImport(directory, path)));
            if (request.baseline() != null) {
                try {
                    diagnostics.addAll(ExternalCatalogs.checkBaseline(result.catalog().get(), request.baseline(),
                            Files.readAllBytes(Path.of(request.baseline()))));
                } catch (IOException | InvalidPathException e) {
                    err.println("error: cannot read " + request.baseline() + ": " + e.getMessage());
                    return USAGE;
                }
            }
        }
        for (Diagnostic diagnostic : diagnostics) {
            err.println((diagnostic.isError() ? "error: " : "warning: ") + diagnostic.render());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0 || result.catalog().isEmpty()) {
            err.println(file + ": invalid catalog (" + errors + " error(s))");
            return INVALID;
        }
        Catalog catalog = result.catalog().get();
        if (request.locale() != null && (!catalog.locales().contains(request.locale())
                || request.locale().equals(catalog.defaultLocale()))) {
            err.println("error: --locale " + request.locale() + " must be one of the catalog's locales other than the default: "
                    + catalog.locales().subList(1, catalog.locales().size()));
            return USAGE;
        }
        if (render == null) {
            out.println(file + ": " + catalog.name() + " catalog is valid: "
                    + catalog.categories().stream().mapToInt(c -> c.codes().size()).sum() + " codes in "
                    + catalog.categories().size() + " categories");
            return OK;
        }
        String text = render.apply(catalog);
        if (output == null) {
            out.print(text);
            out.flush();
            return OK;
        }
        try {
            Files.writeString(Path.of(output), text, StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return USAGE;
        }
        return OK;
    }

    private static ResourceResolver.Found readImport(Path directory, String path) {
        try {
            Path resolved = directory.resolve(path);
            if (Files.isRegularFile(resolved)) {
                return new ResourceResolver.Found(Optional.of(Files.readAllBytes(resolved)), List.of());
            }
            return new ResourceResolver.Found(Optional.empty(), List.of(resolved.toString()));
        } catch (IOException | InvalidPathException e) {
            return new ResourceResolver.Found(Optional.empty(), List.of(path + " (" + e.getMessage() + ")"));
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
