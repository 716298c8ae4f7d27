package dev.errorcatalog.processor.read;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code help}: an absolute {@code http}/{@code https} URL, where {@code {code}} and {@code {name}}
 * stand for each code's number and name ({@code https://docs.acme.com/errors/{code}}). It is checked
 * with the templates filled in by sample values, so a template is valid exactly when every link made
 * from it is (a code and a name are made of characters a URL takes as they are).
 */
final class HelpLinks {
    private HelpLinks() {}

    /** The link as written, or empty after reporting {@code [help-url]}. */
    static Optional<String> read(YamlNode.Scalar scalar, List<Diagnostic> out) {
        Optional<String> problem = problem(fill(scalar.text(), -1, "SOME_NAME"));
        if (problem.isPresent()) {
            out.add(Diagnostic.of(DiagnosticKind.HELP_URL, scalar.mark(), scalar.text(), problem.get()));
            return Optional.empty();
        }
        return Optional.of(scalar.text());
    }

    static String fill(String template, int code, String name) {
        return template.replace("{code}", Integer.toString(code)).replace("{name}", name);
    }

    private static Optional<String> problem(String link) {
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            // the reason without the index: it differs between JDKs; braces other than the templates land here
            return Optional.of(e.getReason() + " (at character " + (e.getIndex() + 1) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(uri.getScheme() == null ? "it has no scheme" : "its scheme is '" + uri.getScheme() + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("it has no host");
        }
        return Optional.empty();
    }
}
