/**
 * The web service's own error codes, generated from {@code src/main/resources/service-errors.yaml}
 * ({@code ServiceErrors}, {@code WatchlistException}, ...). That catalog imports the upstream one
 * from its jar ({@code dev/errorcatalog/upstream/Api.json}): the build fails if the service ever takes
 * a range or a code the upstream catalog owns.
 */
@ErrorCatalog("service-errors.yaml")
package dev.errorcatalog.example.web.errors;

import dev.errorcatalog.ErrorCatalog;
