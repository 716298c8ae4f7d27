package dev.errorcatalog.processor.spring;

import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Spring Boot's list of auto-configurations,
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}. The
 * Filer lets a compilation create a file once, and a module may hold several catalogs, so the
 * processor collects their auto-configurations and writes this file once, in the last round.
 *
 * <p>A module may have its own file in {@code src/main/resources} (Maven copies it to the class
 * output before compiling): its lines are kept, and ours go between two marker comments, replaced
 * on every build so a rebuild never lists a catalog twice or one that is gone.
 */
public final class AutoConfigurationImports {
    public static final String PATH = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
    static final String BEGIN = "# error-catalog: begin (written by the @ErrorCatalog processor, -Aerrorcatalog.spring=true)";
    static final String END = "# error-catalog: end";

    private AutoConfigurationImports() {}

    /**
     * The file's new text: the lines of {@code existing} outside our markers, then our block with
     * {@code classes} sorted (the output does not depend on the order catalogs were compiled in).
     */
    public static String merge(String existing, Collection<String> classes) {
        StringBuilder out = new StringBuilder();
        boolean ours = false;
        for (String line : existing.split("\r?\n", -1)) {
            if (line.equals(BEGIN)) {
                ours = true;
            } else if (line.equals(END)) {
                ours = false;
            } else if (!ours && !line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        out.append(BEGIN).append('\n');
        for (String name : new TreeSet<>(classes)) {
            out.append(name).append('\n');
        }
        return out.append(END).append('\n').toString();
    }

    /** Reads the file already in the class output (if any), merges and writes it once. */
    public static void write(Filer filer, SortedSet<String> classes, Collection<? extends Element> origins) throws IOException {
        String existing = "";
        try {
            FileObject old = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
            existing = old.getCharContent(true).toString();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException none) {
            // no file yet (or an in-memory file manager that cannot read its output): nothing to keep
        }
        List<Element> elements = new ArrayList<>(origins);
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, elements.toArray(new Element[0]));
        try (OutputStream out = file.openOutputStream()) {
            out.write(merge(existing, classes).getBytes(StandardCharsets.UTF_8));
        }
    }
}
