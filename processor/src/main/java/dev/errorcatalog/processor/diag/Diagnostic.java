package dev.errorcatalog.processor.diag;


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

    @Override
    public String toString() {
        return render();
    }
}
