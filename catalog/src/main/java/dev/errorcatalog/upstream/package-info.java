/**
 * The upstream API's error codes, generated at compile time from {@code errors.yaml}
 * (in {@code src/main/resources}) by the error-catalog processor.
 *
 * <p>Start from {@link dev.errorcatalog.upstream.ApiErrors} to look a code up, from
 * {@link dev.errorcatalog.upstream.ApiCategory} for the 16 categories, and throw a category's
 * exception through its factories, e.g. {@code AchException.achPreChecks()}.
 */
@ErrorCatalog("errors.yaml")
package dev.errorcatalog.upstream;

import dev.errorcatalog.ErrorCatalog;
