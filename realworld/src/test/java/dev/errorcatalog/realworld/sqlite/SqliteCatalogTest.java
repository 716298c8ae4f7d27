package dev.errorcatalog.realworld.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.realworld.UpstreamFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SQLite's result codes through the generated API: real numbers, names, sqlite3_errstr() texts, primary codes. */
class SqliteCatalogTest {

    private static final String HEADER = "sqlite/sqlite.h.in-result-codes.txt";

    @Test
    void holdsEveryResultCodeTheHeaderDefines() {
        List<String[]> defines = UpstreamFiles.matches(HEADER, "^#define (SQLITE_\\w+)\\s");
        assertEquals(113, defines.size());
        assertEquals(defines.size(), SqliteErrors.all().size());
        for (String[] define : defines) {
            assertTrue(SqliteErrors.find(define[0]).isPresent(), define[0]);
        }
        assertEquals(31, SqliteCategory.PRIMARY.errors().size());
        assertEquals(82, SqliteCategory.EXTENDED.errors().size());
    }

    @Test
    void findsZeroTheSmallestAndTheBiggestCode() {
        assertSame(PrimaryError.SQLITE_OK, SqliteErrors.of(0));
        assertEquals("not an error", SqliteErrors.of(0).message());
        assertSame(ExtendedError.SQLITE_IOERR_READ, SqliteErrors.of(266));
        assertSame(ExtendedError.SQLITE_IOERR_CORRUPTFS, SqliteErrors.of(8458));
        assertSame(ExtendedError.SQLITE_IOERR_CODEC, SqliteErrors.of(9226));
        assertEquals(9226, SqliteErrors.all().get(SqliteErrors.all().size() - 1).code());
        assertEquals(Optional.empty(), SqliteErrors.find(-1));
        assertEquals(Optional.empty(), SqliteErrors.find(29));
        assertEquals(Optional.empty(), SqliteErrors.find(Integer.MAX_VALUE));
        assertEquals(Optional.empty(), SqliteErrors.find(Integer.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> SqliteErrors.of(99));
    }

    @Test
    void findsCodesByTheirCNames() {
        assertSame(ExtendedError.SQLITE_CONSTRAINT_UNIQUE, SqliteErrors.find("SQLITE_CONSTRAINT_UNIQUE").orElseThrow());
        assertEquals(2067, SqliteErrors.find("SQLITE_CONSTRAINT_UNIQUE").orElseThrow().code());
        assertEquals(Optional.empty(), SqliteErrors.find("SQLITE_CONSTRAINT_UNIQUE_"));
    }

    @Test
    void everyCodeCarriesItsPrimaryCodeAsAField() {
        // no default: SQLite has no primary code to fall back on, so the accessor is an Optional
        assertSame(SqlitePrimary.SQLITE_IOERR, ExtendedError.SQLITE_IOERR_READ.primary().orElseThrow());
        assertSame(SqlitePrimary.SQLITE_OK, ExtendedError.SQLITE_OK_SYMLINK.primary().orElseThrow());
        for (SqliteError error : SqliteErrors.all()) {
            SqliteError primary = SqliteErrors.of(error.code() & 0xff);
            assertEquals(primary.name(), error.primary().orElseThrow().name(), error.name());
            assertTrue(error.name().startsWith(primary.name()), error.name());
        }
        assertEquals(31, SqlitePrimary.values().length);
    }

    @Test
    void messagesAreWhatSqlite3ErrstrReturns() {
        assertEquals("disk I/O error", SqliteErrors.of(266).message());
        assertEquals("abort due to ROLLBACK", ExtendedError.SQLITE_ABORT_ROLLBACK.message());
        assertEquals("query aborted", PrimaryError.SQLITE_ABORT.message());
        assertEquals("another row available", PrimaryError.SQLITE_ROW.message());
        assertEquals("unknown error", PrimaryError.SQLITE_INTERNAL.message());
        assertEquals("constraint failed", ExtendedError.SQLITE_CONSTRAINT_FOREIGNKEY.message());
        assertEquals(List.of(), ExtendedError.SQLITE_CONSTRAINT_FOREIGNKEY.parameters());
    }

    @Test
    void categoriesSplitPrimaryFromExtendedCodes() {
        assertSame(SqliteCategory.PRIMARY, SqliteErrors.categoryOf(255).orElseThrow());
        assertSame(SqliteCategory.EXTENDED, SqliteErrors.categoryOf(256).orElseThrow());
        assertSame(SqliteCategory.EXTENDED, SqliteErrors.categoryOf(Integer.MAX_VALUE).orElseThrow());
        assertEquals(Optional.empty(), SqliteErrors.categoryOf(-1));
        assertSame(SqliteCategory.EXTENDED, ExtendedError.SQLITE_BUSY_TIMEOUT.category());
    }

    @Test
    void factoriesThrowTheRealCodes() {
        ExtendedException e = ExtendedException.sqliteIoerrRead();
        assertEquals(266, e.code());
        assertSame(ExtendedError.SQLITE_IOERR_READ, e.error());
        assertTrue(e.getMessage().contains("266") && e.getMessage().contains("disk I/O error"), e.getMessage());
        RuntimeException cause = new RuntimeException("EIO");
        assertSame(cause, ExtendedException.sqliteIoerrRead(cause).getCause());
        assertEquals(0, PrimaryException.sqliteOk().code());
        SqliteException viaError = SqliteErrors.of(1555).exception();
        assertEquals("SQLITE_CONSTRAINT_PRIMARYKEY", viaError.error().name());
    }
}
