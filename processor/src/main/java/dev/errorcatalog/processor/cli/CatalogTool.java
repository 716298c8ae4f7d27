package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.Failures;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.docs.Output;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.docs.properties.TranslationSkeleton;
import dev.errorcatalog.processor.read.ResourceResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The processor's checks outside javac, for pre-commit hooks and the CI of non-Java consumers:
 * {@code java -jar error-catalog-processor.jar check|docs|json|typescript|openapi|html|skeleton FILE}. The
 * same {@link FrontEnd} as the build, so the same diagnostics; exit status 0 when the catalog is valid,
 * 1 when it is not, 2 for a bad command line or an unreadable file, 3 when the tool ran out of memory
 * or stack or failed itself.
 */
public final class CatalogTool {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    static final String USAGE_TEXT = String.join("\n",
            "usage: java -jar error-catalog-processor.jar COMMAND [--strict-locales] [--require-explanations] [--spring] [--grpc] [--format text|sarif|github] [--baseline FILE] [--locale LOCALE] [-o OUTPUT] CATALOG",
            "",
            "commands:",
            "  check   validate the catalog and print its diagnostics",
            "  docs    validate, then write the Markdown reference (to OUTPUT or standard output)",
            "  json    validate, then write the JSON descriptor (to OUTPUT or standard output)",
            "  typescript  validate, then write the TypeScript module for front ends (to OUTPUT or standard output)",
            "  openapi validate, then write the OpenAPI 3.1 description of the errors (to OUTPUT or standard output)",
            "  html    validate, then write the self-contained HTML reference page (to OUTPUT or standard output)",
            "  explain [--locale LOCALE] CATALOG CODE|NAME|ALIAS  print what a code means: its category, status,",
            "          fields, message, explanation and help link (CATALOG: YAML, a JSON descriptor, or a jar holding one)",
            "  skeleton  validate, then write the translation file of --locale for translators: every key, the",
            "          default locale's text as a comment above it, existing translations kept, the others empty",
            "",
            "options:",
            "  --strict-locales  every message and title must have every declared locale (-Aerrorcatalog.strictLocales=true)",
            "  --require-explanations  every code must have an explanation (-Aerrorcatalog.requireExplanations=true)",
            "  --spring          check as the build with the Spring integration does (-Aerrorcatalog.spring=true)",
            "  --grpc            check as the build with the gRPC integration does (-Aerrorcatalog.grpc=true)",
            "  --baseline FILE   the last release's catalog or JSON descriptor: fail on breaking changes",
            "  --format FORMAT   how check prints diagnostics: text (default), sarif (a SARIF 2.1.0 log on standard",
            "                    output) or github (GitHub Actions annotations)",
            "  --locale LOCALE   the locale skeleton writes, one of the catalog's other than the default",
            "  -o OUTPUT         where the other commands write (default: standard output)",
            "",
            "imports and translation files: are resolved relative to the catalog's directory",
            "exit status: 0 valid, 1 invalid catalog, 2 bad command line or unreadable file,",
            "             3 out of memory or stack (run java with more: -Xmx2g, -Xss16m) or an internal error");

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
        if (args.length > 0 && args[0].equals("explain")) {
            return ExplainCommand.run(List.of(args).subList(1, args.length), out, err);
        }
        List<String> files = new ArrayList<>();
        boolean strict = false;
        boolean spring = false;
        boolean requireExplanations = false;
        boolean grpc = false;
        String target = null;
        String baseline = null;
        String locale = null;
        DiagnosticFormat format = DiagnosticFormat.TEXT;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--locale" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--locale needs a locale such as de");
                    }
                    locale = args[++i];
                }
                case "--strict-locales" -> strict = true;
                case "--spring" -> spring = true;
                case "--require-explanations" -> requireExplanations = true;
                case "--format" -> {
                    Optional<DiagnosticFormat> asked = i + 1 < args.length ? DiagnosticFormat.byName(args[i + 1]) : Optional.empty();
                    if (asked.isEmpty()) {
                        return usage(err, "--format needs one of " + String.join(", ", DiagnosticFormat.names())
                                + (i + 1 < args.length ? Suggestions.didYouMean(args[i + 1], DiagnosticFormat.names()) : ""));
                    }
                    format = asked.get();
                    i++;
                }
                case "--grpc" -> grpc = true;
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
                    target = args[++i];
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
        Optional<Output> output = Output.byCommand(args[0]);
        switch (args[0]) {
            case "check" -> render = null;
            case "skeleton" -> {
                if (locale == null) {
                    return usage(err, "skeleton needs --locale");
                }
                String skeletonLocale = locale;
                render = catalog -> TranslationSkeleton.write(catalog, skeletonLocale);
            }
            default -> {
                if (output.isEmpty()) {
                    return usage(err, "unknown command " + args[0]);
                }
                render = output.get()::write;
            }
        }
        if (files.size() != 1) {
            return usage(err, "give exactly one catalog file");
        }
        if (locale != null && render == null) {
            return usage(err, "--locale is for skeleton");
        }
        if (format != DiagnosticFormat.TEXT && render != null) {
            return usage(err, "--format is for check");
        }
        Request request = new Request(files.get(0), new Options(strict, spring, Optional.empty(), Optional.ofNullable(baseline),
                Set.of(), requireExplanations, grpc), target, locale, format);
        try {
            return execute(request, render, out, err);
        } catch (RuntimeException | VirtualMachineError | LinkageError e) {
            // One line that says what to do, never a stack trace, and an exit status of its own:
            // a script must not read "out of memory" as "the catalog is invalid".
            err.println("error: " + Failures.diagnose(e, request.file(), Failures.Where.COMMAND_LINE).render());
            return FAILED;
        }
    }

    private record Request(String file, Options options, String output, String locale, DiagnosticFormat format) {}

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
        Optional<String> baseline = request.options().baseline();
        if (baseline.isPresent() && !readable(baseline.get())) {
            err.println("error: cannot read " + baseline.get());
            return USAGE;
        }
        Path directory = Path.of(file).toAbsolutePath().getParent();
        FrontEnd.Result result = FrontEnd.check(file, content, request.options(), path -> readImport(directory, path));
        List<Diagnostic> diagnostics = result.diagnostics();
        switch (request.format()) {
            case TEXT -> diagnostics.forEach(d -> err.println((d.isError() ? "error: " : "warning: ") + d.render()));
            case SARIF -> out.print(DiagnosticFormat.sarif(diagnostics, name -> fromWorkingDirectory(request, name)));
            case GITHUB -> out.print(DiagnosticFormat.github(diagnostics, name -> fromWorkingDirectory(request, name)));
        }
        out.flush();
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
            (request.format() == DiagnosticFormat.SARIF ? err : out).println(file + ": " + catalog.name() + " catalog is valid: "
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

    /**
     * A file a diagnostic names, as a path from the working directory: the catalog and the baseline
     * as typed; a translation file or an imported catalog, which the catalog names relative to its
     * own directory, resolved there.
     */
    private static String fromWorkingDirectory(Request request, String name) {
        if (name.equals(request.file()) || request.options().baseline().filter(name::equals).isPresent()) {
            return name;
        }
        try {
            Path beside = Path.of(request.file()).resolveSibling(name).normalize();
            return Files.exists(beside) ? beside.toString() : name;
        } catch (InvalidPathException e) {
            return name;
        }
    }

    private static boolean readable(String file) {
        try {
            return Files.isRegularFile(Path.of(file)) && Files.isReadable(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static ResourceResolver.Found readImport(Path directory, String path) {
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

    static int usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
