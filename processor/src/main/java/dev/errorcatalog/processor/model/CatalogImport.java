package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;

/** An entry of {@code imports}: another team's catalog, by resource path (YAML or JSON descriptor). */
public record CatalogImport(String path, Mark mark) {}
