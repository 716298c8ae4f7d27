package dev.errorcatalog.processor.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * One finding: what kind, where, and the full text. Stages return these; only the processor's
 * entry point prints them.
 */
public record Diagnostic(DiagnosticKind kind, Severity severity, Mark mark, String message) {

    public static Diagnostic of(DiagnosticKind kind, Mark mark, Object... args) {
        return new Diagnostic(kind, kind.severity(), mark, kind.render(args));
    }

    /** The same finding with another severity (a rule an option turns into an error, say). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(kind, newSeverity, mark, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code errors.yaml:14:9: [duplicate-code] code 304001 is declared twice: ...} */
    public String render() {
        String text = "[" + kind.tag() + "] " + message;
        return mark == null ? text : mark + ": " + text;
    }

    /**
     * By line and column, so the build prints them in file order; the catalog's own problems before
     * those of its translation files, each file's together. The sort is stable for ties.
     */
    public static List<Diagnostic> inFileOrder(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.mark() == null || !d.mark().file().endsWith(".properties") ? "" : d.mark().file())
                .thenComparingInt(d -> d.mark() == null ? 0 : d.mark().line())
                .thenComparingInt(d -> d.mark() == null ? 0 : d.mark().column()));
        return copy;
    }

    @Override
    public String toString() {
        return render();
    }
}
