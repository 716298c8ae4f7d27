package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import java.util.Optional;

/**
 * How a deprecated code is marked in Java: {@code @Deprecated(since = "2.3")} on its constant and
 * factories, and a Javadoc {@code @deprecated} that says why and links the code that replaces it.
 * The same wording everywhere, so the constant's and the factory's documentation agree.
 */
final class Deprecations {
    private Deprecations() {}

    /** {@code @Deprecated}, with {@code since} when the catalog gives the version (Java 9+, below our floor of 11). */
    static AnnotationSpec annotation(ErrorCode code) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Deprecated.class);
        code.deprecatedSince().ifPresent(since -> annotation.addMember("since", "$S", since));
        return annotation.build();
    }

    /** The {@code @deprecated} block tag, ending in a line feed: the reason, then "Use {@link ...}." for a successor. */
    static String tag(GenerationContext context, ErrorCode code) {
        StringBuilder doc = new StringBuilder("@deprecated ");
        String reason = code.deprecation().filter(r -> !r.isBlank()).map(Docs::escape).orElse("");
        code.deprecatedSince().ifPresent(since -> doc.append("Since ").append(Docs.escape(since)).append(". "));
        doc.append(reason.isEmpty() && code.replacedBy().isEmpty() && code.deprecatedSince().isEmpty()
                ? "This code is deprecated." : reason);
        successor(context, code).ifPresent(link -> doc.append(reason.isEmpty() || reason.endsWith(".") ? "" : ".")
                .append(reason.isEmpty() ? "" : " ").append("Use {@link ").append(link).append("} instead."));
        return doc.toString().strip() + "\n";
    }

    /** {@code com.acme.errors.AchError#NEW_NAME}: the successor's constant, qualified for Javadoc. */
    private static Optional<String> successor(GenerationContext context, ErrorCode code) {
        if (code.replacedBy().isEmpty()) {
            return Optional.empty();
        }
        String name = code.replacedBy().get().name();
        // a scan, not an index: it runs once per code that names a successor, and allocates nothing
        for (Category category : context.catalog().categories()) {
            for (ErrorCode candidate : category.codes()) {
                if (candidate.name().equals(name)) {
                    return Optional.of(context.errorEnum(category).canonicalName() + "#" + name);
                }
            }
        }
        return Optional.empty();
    }
}
