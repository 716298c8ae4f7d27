package dev.errorcatalog.processor.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's npm step runs {@code npm ci} exactly when the installed tools are missing or stale. */
class NpmPackagesTest {
    @TempDir
    Path dir;

    @Test
    void installsWhenNodeModulesIsMissingUnfinishedOrOlderThanTheLockFile() throws IOException {
        Path lock = Files.writeString(dir.resolve("package-lock.json"), "{}");
        Files.setLastModifiedTime(lock, FileTime.fromMillis(2_000_000));
        assertFalse(NpmPackages.upToDate(dir), "no node_modules");

        Files.createDirectories(dir.resolve("node_modules/.bin"));
        assertFalse(NpmPackages.upToDate(dir), "node_modules without npm's record of a finished install");

        Path installed = Files.writeString(dir.resolve("node_modules/.package-lock.json"), "{}");
        Files.setLastModifiedTime(installed, FileTime.fromMillis(1_000_000));
        assertFalse(NpmPackages.upToDate(dir), "installed before the lock file changed");

        Files.setLastModifiedTime(installed, FileTime.fromMillis(3_000_000));
        assertTrue(NpmPackages.upToDate(dir));
    }

    @Test
    void findsTheFirstExecutableNpmOnThePath() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path notExecutable = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(notExecutable.resolve("npm"), "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path npm = Files.writeString(bin.resolve("npm"), "#!/bin/sh\n");
        assertTrue(npm.toFile().setExecutable(true));
        Path cmd = Files.writeString(bin.resolve("npm.cmd"), "");
        assertTrue(cmd.toFile().setExecutable(true));

        String path = String.join(File.pathSeparator, empty.toString(), "", notExecutable.toString(), bin.toString());
        assertEquals(Optional.of(npm.toString()), NpmPackages.npmExecutable(path, false));
        assertEquals(Optional.of(cmd.toString()), NpmPackages.npmExecutable(path, true));
        assertEquals(Optional.empty(), NpmPackages.npmExecutable(empty.toString(), false));
        assertEquals(Optional.empty(), NpmPackages.npmExecutable(null, false));
    }
}
