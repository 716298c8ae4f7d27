package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;

/**
 * The code that takes over from a deprecated or retired one ({@code replaced-by: NEW_NAME}): the
 * name as written, and where, so a rule can say that it names no live code.
 */
public record Successor(String name, Mark mark) {}
