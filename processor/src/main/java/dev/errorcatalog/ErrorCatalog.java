package dev.errorcatalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compiles a YAML catalog of error codes into Java types in the annotated package.
 *
 * <pre>{@code
 * @ErrorCatalog("errors.yaml")
 * package com.acme.errors;
 * }</pre>
 *
 * <p>The processor looks for the file in the directory given by {@code -Aerrorcatalog.dir}, then in
 * the class output (where Maven copies {@code src/main/resources}), the source path and the class
 * path. Source retention: nothing of this annotation remains at run time.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface ErrorCatalog {
    /** The catalog's path relative to a resource root, such as {@code "errors.yaml"}. */
    String value();
}
