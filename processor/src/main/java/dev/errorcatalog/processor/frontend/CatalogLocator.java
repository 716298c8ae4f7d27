package dev.errorcatalog.processor.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a catalog file in the order the contract gives: {@code -Aerrorcatalog.dir}, then the class
 * output (where Maven copies resources before compiling), the source path and the class path.
 */
public final class CatalogLocator {
    static final String DIR_OPTION = Options.DIR;

    /**
     * The bytes of the file found, or every place that was searched; {@code readError} is set when
     * the file exists where {@code -Aerrorcatalog.dir} points but cannot be read.
     */
    public record Found(Optional<byte[]> content, List<String> searched, Optional<String> readError) {
        Found(Optional<byte[]> content, List<String> searched) {
            this(content, searched, Optional.empty());
        }
    }

    private static final List<StandardLocation> LOCATIONS =
            List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

    private CatalogLocator() {}

    public static Found locate(Filer filer, String directory, String path) {
        List<String> searched = new ArrayList<>();
        if (directory != null && !directory.isBlank()) {
            Path file;
            try {
                file = Path.of(directory).resolve(path);
            } catch (InvalidPathException e) {
                searched.add("-A" + DIR_OPTION + "=" + directory + " (not a valid path: " + e.getReason() + ")");
                file = null;
            }
            if (file != null) {
                if (Files.isRegularFile(file)) {
                    try {
                        return new Found(Optional.of(Files.readAllBytes(file)), searched);
                    } catch (IOException e) {
                        return new Found(Optional.empty(), searched, Optional.of(file + ": " + e));
                    }
                }
                searched.add(file.toAbsolutePath().toString() + " (-A" + DIR_OPTION + ")");
            }
        } else {
            searched.add("-A" + DIR_OPTION + " (not set)");
        }
        for (JavaFileManager.Location location : LOCATIONS) {
            Optional<byte[]> content = read(filer, location, path);
            if (content.isPresent()) {
                return new Found(content, searched);
            }
            searched.add(location.getName());
        }
        return new Found(Optional.empty(), searched);
    }

    private static Optional<byte[]> read(Filer filer, JavaFileManager.Location location, String path) {
        try {
            FileObject resource = filer.getResource(location, "", path);
            try (InputStream in = resource.openInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Not there, or the location does not exist in this compilation (compile-testing has no
            // class output on disk, Gradle has no source path): try the next place.
            return Optional.empty();
        }
    }
}
