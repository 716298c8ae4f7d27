package dev.errorcatalog.processor.diag;

/** Errors fail the build; warnings do not (unless the build says {@code -Werror}). */
public enum Severity {
    ERROR,
    WARNING
}
