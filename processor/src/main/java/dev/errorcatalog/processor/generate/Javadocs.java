package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.ErrorCode;
import dev.errorcatalog.processor.model.FieldDefinition;
import dev.errorcatalog.processor.model.FieldValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The Javadoc text of categories and codes, escaped; the same wording on enums and factories. Only
 * the default locale's text: translations would make the source grow with every locale (the
 * Markdown reference lists them all).
 */
final class Javadocs {
    private Javadocs() {}

    static String category(Catalog catalog, Category category) {
        StringBuilder doc = new StringBuilder();
        doc.append(Docs.escape(category.title().text(catalog.defaultLocale(), catalog.defaultLocale())))
                .append(": codes {@code ").append(category.range().first()).append("} to {@code ")
                .append(category.range().last()).append("} (").append(Docs.escape(category.range().text())).append(").\n");
        category.description().ifPresent(d -> doc.append("\n<p>").append(Docs.escape(d)).append('\n'));
        return doc.toString();
    }

    static String code(GenerationContext context, ErrorCode code) {
        Catalog catalog = context.catalog();
        StringBuilder doc = new StringBuilder();
        doc.append("{@code ").append(code.code()).append("}: ")
                .append(Docs.escape(code.message().text(catalog.defaultLocale(), catalog.defaultLocale()))).append('\n');
        code.description().ifPresent(d -> doc.append("\n<p>").append(Docs.escape(d)).append('\n'));
        doc.append("\n<p>HTTP status ").append(code.httpStatus()).append(", gRPC status {@code ").append(code.grpcCode()).append("}.\n");
        if (!code.aliases().isEmpty()) {
            doc.append("\n<p>Formerly ").append(String.join(", ", code.aliases().stream()
                    .map(alias -> "{@code " + alias.name() + "}").toList())).append(".\n");
        }
        List<String> fields = new ArrayList<>();
        for (FieldDefinition field : catalog.fields()) {
            FieldValue value = code.fields().get(field.id());
            if (value != null) {
                fields.add(Docs.escape(field.id()) + ": {@code " + Docs.escape(value.text()) + "}");
            }
        }
        if (!fields.isEmpty()) {
            doc.append("\n<p>").append(String.join(", ", fields)).append(".\n");
        }
        code.help().ifPresent(help -> doc.append("\n@see <a href=\"").append(Docs.escape(help)).append("\">")
                .append(Docs.escape(help)).append("</a>\n"));
        if (code.deprecated()) {
            doc.append(code.help().isPresent() ? "" : "\n").append(Deprecations.tag(context, code));
        }
        return doc.toString();
    }
}
