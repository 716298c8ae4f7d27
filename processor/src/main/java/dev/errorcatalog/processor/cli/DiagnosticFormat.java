package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.diag.Severity;
import dev.errorcatalog.processor.docs.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How {@code check --format} prints diagnostics: {@code text} as the build does, one a line;
 * {@code sarif}, a SARIF 2.1.0 log for code-scanning tools and editors (one run, every diagnostic
 * kind a rule); {@code github}, GitHub Actions workflow commands that annotate the file at the line.
 * JSON is written by {@link Json}, the project's one JSON writer.
 */
enum DiagnosticFormat {
    TEXT, SARIF, GITHUB;

    static final String TOOL = "error-catalog";
    /**
     * Where each rule is documented, relative to the repository's root. SARIF's {@code helpUri} must be
     * an absolute URI and the project has no public address yet, so the rule's {@code help} names the
     * page instead; {@code helpUri} waits for that address.
     */
    static final String DIAGNOSTICS_DOC = "docs/diagnostics.md";

    static Optional<DiagnosticFormat> byName(String name) {
        for (DiagnosticFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static List<String> names() {
        return List.of("text", "sarif", "github");
    }

    /**
     * @param path a file as the diagnostics name it, as a path from the working directory (a
     *     translation file is named relative to its catalog)
     */
    static String sarif(List<Diagnostic> diagnostics, UnaryOperator<String> path) {
        List<Object> rules = new ArrayList<>();
        for (DiagnosticKind kind : DiagnosticKind.values()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", kind.tag());
            rule.put("shortDescription", Map.of("text", shortDescription(kind)));
            rule.put("help", Map.of("text", "[" + kind.tag() + "] in " + DIAGNOSTICS_DOC + " of error-catalog: what it means and an example"));
            rule.put("defaultConfiguration", Map.of("level", level(kind.severity())));
            rules.add(rule);
        }
        List<Object> results = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", diagnostic.kind().tag());
            result.put("ruleIndex", diagnostic.kind().ordinal());
            result.put("level", level(diagnostic.severity()));
            result.put("message", Map.of("text", diagnostic.message()));
            Mark mark = diagnostic.mark();
            if (mark != null && !mark.file().isEmpty()) {
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", uri(path.apply(mark.file()))));
                if (mark.line() > 0) {
                    Map<String, Object> region = new LinkedHashMap<>();
                    region.put("startLine", mark.line());
                    if (mark.column() > 0) {
                        region.put("startColumn", mark.column());
                    }
                    physical.put("region", region);
                }
                result.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return Json.write(log);
    }

    /** {@code ::error file=errors.yaml,line=7,col=16,title=[unknown-key]::message}, one a line. */
    static String github(List<Diagnostic> diagnostics, UnaryOperator<String> path) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(diagnostic.isError() ? "::error " : "::warning ");
            Mark mark = diagnostic.mark();
            if (mark != null && !mark.file().isEmpty()) {
                out.append("file=").append(property(path.apply(mark.file()))).append(',');
                if (mark.line() > 0) {
                    out.append("line=").append(mark.line()).append(',');
                    if (mark.column() > 0) {
                        out.append("col=").append(mark.column()).append(',');
                    }
                }
            }
            out.append("title=").append(property("[" + diagnostic.kind().tag() + "]"))
                    .append("::").append(data(diagnostic.message())).append('\n');
        }
        return out.toString();
    }

    /** The rule's format with each argument shown as an ellipsis: what the diagnostic says, without a case. */
    static String shortDescription(DiagnosticKind kind) {
        return kind.format().replaceAll("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z]", "…").replace("%%", "%");
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    /** A relative path as a URI reference: separators kept, everything else a URI may not hold percent-encoded. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /** A workflow command's message: '%', CR and LF escaped, as the runner unescapes them. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: also ':' and ',', which would end it. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
