package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.LocalizedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * Explanations: every link (and image) goes to an absolute {@code http}/{@code https} URL or to an
 * anchor of the catalog's own page ({@code #304900} for a code, {@code #category-ach} for a
 * category), so no {@code javascript:} or relative link reaches a reader; and, when the build asks
 * for it, every code has one.
 */
public final class ExplanationRules {
    private static final Parser PARSER = Parser.builder().build();

    private ExplanationRules() {}

    static List<Diagnostic> checkLinks(Catalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> anchors = anchors(catalog);
        for (ErrorCode code : catalog.codesByNumber()) {
            code.explanation().ifPresent(explanation -> {
                for (LocalizedText.Translation translation : explanation.translations()) {
                    String what = "the '" + translation.locale() + "' explanation of code " + code.code();
                    for (String destination : destinations(translation.text())) {
                        String problem = problem(destination, anchors);
                        if (problem != null) {
                            String hint = destination.startsWith("#")
                                    ? Suggestions.didYouMean(destination.substring(1), anchors) : "";
                            out.add(Diagnostic.of(DiagnosticKind.EXPLANATION_LINK, translation.mark(), destination, what,
                                    problem + hint, code.code()));
                        }
                    }
                }
            });
        }
        return out;
    }

    /** {@code -Aerrorcatalog.requireExplanations=true}: a code without an explanation is an error. */
    public static List<Diagnostic> requireExplanations(Catalog catalog) {
        List<Diagnostic> out = new ArrayList<>();
        for (Category category : catalog.categories()) {
            for (ErrorCode code : category.codes()) {
                if (code.explanation().isEmpty()) {
                    out.add(Diagnostic.of(DiagnosticKind.MISSING_EXPLANATION, code.mark(), code.code(), code.name()));
                }
            }
        }
        return out;
    }

    /** The anchors the HTML page gives each code and category. */
    private static Set<String> anchors(Catalog catalog) {
        Set<String> anchors = new LinkedHashSet<>();
        catalog.codesByNumber().forEach(code -> anchors.add(Integer.toString(code.code())));
        catalog.categories().forEach(category -> anchors.add("category-" + category.id()));
        return anchors;
    }

    /** Every link and image destination of a Markdown text, reference-style ones resolved. */
    private static List<String> destinations(String markdown) {
        List<String> destinations = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destinations.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destinations.add(image.getDestination());
                visitChildren(image);
            }
        });
        return destinations;
    }

    /** Why a destination is not allowed, or null. */
    private static String problem(String destination, Set<String> anchors) {
        if (destination.startsWith("#")) {
            return anchors.contains(destination.substring(1)) ? null : "is no anchor of the page";
        }
        try {
            URI uri = new URI(destination);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return uri.getScheme() == null ? "is relative" : "has the scheme '" + uri.getScheme() + "'";
            }
            return uri.getHost() == null || uri.getHost().isEmpty() ? "has no host" : null;
        } catch (URISyntaxException e) {
            return "is not a URL (" + e.getReason() + ")";
        }
    }
}
