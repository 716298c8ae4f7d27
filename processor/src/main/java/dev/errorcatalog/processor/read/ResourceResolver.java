package dev.errorcatalog.processor.read;

import java.util.List;
import java.util.Optional;

/**
 * Finds a file the catalog names (an imported catalog, a baseline, a translation file) by its
 * path: the processor searches javac's locations, the command line the file system. Reading
 * depends only on this, so it works the same in both.
 */
public interface ResourceResolver {
    Found resolve(String path);

    /** The bytes of a file that was found, or every place that was searched. */
    record Found(Optional<byte[]> content, List<String> searched) {}
}
