package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.docs.ExplanationText;
import dev.errorcatalog.processor.docs.LocaleFallback;
import dev.errorcatalog.processor.frontend.FrontEnd;
import dev.errorcatalog.processor.frontend.Options;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.Retired;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code explain [--locale L] CATALOG CODE|NAME|ALIAS}: what a code means, for the person who met it
 * in a log. The catalog is a YAML file, a JSON descriptor, or a jar holding descriptors under
 * {@code META-INF/error-catalog/}; all are read by the same {@link FrontEnd} as the build.
 */
final class ExplainCommand {
    private static final String JAR_DIRECTORY = "META-INF/error-catalog/";

    private ExplainCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String locale = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--locale")) {
                if (i + 1 >= args.size()) {
                    return CatalogTool.usage(err, "--locale needs a locale such as de");
                }
                locale = args.get(++i);
            } else if (args.get(i).startsWith("-") && !args.get(i).matches("-[0-9]+")) {
                return CatalogTool.usage(err, "unknown option " + args.get(i) + " for explain");
            } else {
                words.add(args.get(i));
            }
        }
        if (words.size() != 2) {
            return CatalogTool.usage(err, "explain needs a catalog and a code, name or alias");
        }
        Map<String, byte[]> sources;
        try {
            sources = sources(words.get(0));
        } catch (IOException | InvalidPathException e) {
            err.println("error: cannot read " + words.get(0) + ": " + e.getMessage());
            return CatalogTool.USAGE;
        }
        if (sources.isEmpty()) {
            err.println("error: " + words.get(0) + " holds no " + JAR_DIRECTORY + "*.json descriptor");
            return CatalogTool.USAGE;
        }
        List<Catalog> catalogs = new ArrayList<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            Optional<Catalog> catalog = load(source.getKey(), source.getValue(), err);
            if (catalog.isEmpty()) {
                return CatalogTool.INVALID;
            }
            catalogs.add(catalog.get());
        }
        String key = words.get(1);
        Set<String> known = new LinkedHashSet<>();
        for (Catalog catalog : catalogs) {
            if (locale != null && !catalog.locales().contains(locale)) {
                err.println("error: --locale " + locale + " is not one of the catalog's locales " + catalog.locales()
                        + Suggestions.didYouMean(locale, catalog.locales()));
                return CatalogTool.USAGE;
            }
            String shown = locale == null ? catalog.defaultLocale() : locale;
            Optional<ErrorCode> code = find(catalog, key);
            if (code.isPresent()) {
                out.print(new Explanation(catalog, shown).code(code.get()));
                return CatalogTool.OK;
            }
            Optional<Retired> retired = retired(catalog, key);
            if (retired.isPresent()) {
                out.print(new Explanation(catalog, shown).retired(retired.get(), key));
                return CatalogTool.OK;
            }
            for (ErrorCode each : catalog.codesByNumber()) {
                known.add(Integer.toString(each.code()));
                known.add(each.name());
                each.aliases().forEach(alias -> known.add(alias.name()));
            }
        }
        err.println("error: no code, name or alias '" + key + "' in " + words.get(0) + Suggestions.didYouMean(key, known));
        return CatalogTool.INVALID;
    }

    /** The catalog files to search, by the name diagnostics use: the file itself, or each descriptor in a jar. */
    private static Map<String, byte[]> sources(String file) throws IOException {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        if (!file.endsWith(".jar")) {
            sources.put(file, Files.readAllBytes(Path.of(file)));
            return sources;
        }
        try (ZipFile jar = new ZipFile(file)) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(JAR_DIRECTORY) && name.endsWith(".json") && !entry.isDirectory()) {
                    sources.put(file + "!/" + name, jar.getInputStream(entry).readAllBytes());
                }
            }
        }
        return sources;
    }

    private static Optional<Catalog> load(String file, byte[] content, PrintStream err) {
        Optional<Path> directory;
        try {
            directory = file.contains("!/") ? Optional.empty() : Optional.ofNullable(Path.of(file).toAbsolutePath().getParent());
        } catch (InvalidPathException e) {
            directory = Optional.empty();
        }
        Optional<Path> base = directory;
        FrontEnd.Result result = FrontEnd.load(file, content, Options.DEFAULTS, base.map(dir -> path -> CatalogTool.readImport(dir, path)));
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError()) {
                err.println("error: " + diagnostic.render());
            }
        }
        if (result.valid().isEmpty()) {
            err.println(file + ": invalid catalog; run 'check' on it");
        }
        return result.valid();
    }

    private static Optional<ErrorCode> find(Catalog catalog, String key) {
        for (ErrorCode code : catalog.codesByNumber()) {
            if (Integer.toString(code.code()).equals(key) || code.name().equals(key)
                    || code.aliases().stream().anyMatch(alias -> alias.name().equals(key))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static Optional<Retired> retired(Catalog catalog, String key) {
        return catalog.retired().stream()
                .filter(r -> r.name().filter(key::equals).isPresent()
                        || (key.matches("-?[0-9]{1,10}") && fits(key) && r.range().contains(Integer.parseInt(key))))
                .findFirst();
    }

    private static boolean fits(String number) {
        long value = Long.parseLong(number);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    /** The text printed for one code, in one locale. */
    private record Explanation(Catalog catalog, String locale) {
        String code(ErrorCode code) {
            LocaleFallback fallback = LocaleFallback.of(catalog);
            Map<ErrorCode, Category> categories = catalog.categoriesByCode();
            StringBuilder out = new StringBuilder();
            out.append(code.code()).append(' ').append(code.name()).append('\n');
            if (!code.aliases().isEmpty()) {
                out.append("older names: ").append(String.join(", ", code.aliases().stream().map(ErrorCode.Alias::name).toList()))
                        .append('\n');
            }
            out.append("category:    ").append(path(categories.get(code), fallback)).append('\n');
            out.append("HTTP status: ").append(code.httpStatus()).append('\n');
            code.fields().forEach((id, value) -> out.append("field ").append(id).append(": ").append(value.text()).append('\n'));
            out.append("message:     ").append(fallback.text(code.message(), locale)).append('\n');
            if (code.deprecated()) {
                out.append("deprecated").append(code.deprecatedSince().map(s -> " since " + s).orElse(""))
                        .append(code.deprecation().filter(r -> !r.isBlank()).map(r -> ": " + r).orElse("")).append('\n');
                code.replacedBy().ifPresent(s -> out.append("use instead: ").append(successor(s.name())).append('\n'));
            }
            code.explanation().ifPresent(e -> out.append('\n')
                    .append(ExplanationText.plain(fallback.text(e, locale))).append("\n\n"));
            code.help().ifPresent(h -> out.append("help: ").append(h).append('\n'));
            return out.toString();
        }

        String retired(Retired retired, String key) {
            StringBuilder out = new StringBuilder();
            out.append(key).append(retired.name().filter(n -> !n.equals(key)).map(n -> " " + n).orElse(""))
                    .append(" is retired (reserved ").append(retired.range().text()).append(")")
                    .append(retired.reason().map(r -> ": " + r).orElse("")).append('\n');
            retired.replacedBy().ifPresent(s -> out.append("use instead: ").append(successor(s.name())).append('\n'));
            return out.toString();
        }

        private String successor(String name) {
            return find(catalog, name).map(c -> c.code() + " " + c.name()).orElse(name);
        }

        private String path(Category category, LocaleFallback fallback) {
            List<String> parts = new ArrayList<>();
            for (Optional<Category> at = Optional.of(category); at.isPresent(); at = at.get().parent().flatMap(catalog::category)) {
                parts.add(0, at.get().id() + " (" + fallback.text(at.get().title(), locale) + ")");
            }
            return String.join(" > ", parts);
        }
    }
}
