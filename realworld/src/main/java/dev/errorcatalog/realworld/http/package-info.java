/**
 * Python's {@code http.HTTPStatus} (PSF License), with its old names as aliases, converted by
 * {@code realworld/sources/http-status/convert.py}.
 */
@ErrorCatalog("http-status.yaml")
package dev.errorcatalog.realworld.http;

import dev.errorcatalog.ErrorCatalog;
