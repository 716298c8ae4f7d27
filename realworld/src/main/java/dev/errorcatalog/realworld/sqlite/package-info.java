/**
 * SQLite's primary and extended result codes (public domain), converted by
 * {@code realworld/sources/sqlite/convert.py}: {@code SqliteErrors.of(266)} is
 * {@code SQLITE_IOERR_READ}.
 */
@ErrorCatalog("sqlite.yaml")
package dev.errorcatalog.realworld.sqlite;

import dev.errorcatalog.ErrorCatalog;
