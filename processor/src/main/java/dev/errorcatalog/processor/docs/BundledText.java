package dev.errorcatalog.processor.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fixed parts of an output (a page's style and script, a module's helper functions), kept as
 * real files beside the writer that uses them, so they read, diff and lint as what they are.
 */
public final class BundledText {
    private BundledText() {}

    /** The UTF-8 text of the resource {@code name} beside {@code owner}. */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + owner.getName() + " in the processor's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
