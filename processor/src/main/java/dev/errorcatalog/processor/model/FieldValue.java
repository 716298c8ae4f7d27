package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;

/**
 * A field's value for a code or a category, as text ({@code HY000}, {@code 42}, {@code true}),
 * with where it was set: on the code, on one of its categories, or by the field's default.
 */
public record FieldValue(String text, Mark mark) {}
