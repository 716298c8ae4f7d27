package dev.errorcatalog.processor;

import dev.errorcatalog.processor.docs.Output;
import dev.errorcatalog.processor.generate.Explanations;
import dev.errorcatalog.processor.generate.LocaleTexts;
import dev.errorcatalog.processor.model.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The resources written beside a catalog's classes, so they ship in its jar: under
 * {@code META-INF/error-catalog/} the outputs of {@link Output} the build writes (the Markdown
 * reference and the JSON descriptor always, the client outputs when asked for), the descriptor again
 * in the package's directory, and the texts of the non-default locales ({@link LocaleTexts}).
 */
final class ResourceFiles {
    static final String RESOURCE_DIRECTORY = "META-INF/error-catalog/";

    private ResourceFiles() {}

    /**
     * By path, in a fixed order. javac looks into a jar on the class path only through directories
     * named like packages, so the descriptor's second copy is the one another catalog's
     * {@code imports:} can name ({@code dev/errorcatalog/upstream/Api.json}).
     */
    static Map<String, String> of(Catalog catalog, String packageName, Set<Output> outputs) {
        Map<String, String> resources = new LinkedHashMap<>();
        for (Output output : Output.values()) {
            if (outputs.contains(output)) {
                resources.put(RESOURCE_DIRECTORY + output.fileName(catalog.name()), output.write(catalog));
            }
        }
        String descriptor = resources.get(RESOURCE_DIRECTORY + Output.JSON.fileName(catalog.name()));
        resources.put(importablePath(catalog.name(), packageName), descriptor);
        resources.putAll(LocaleTexts.resources(catalog, packageName));
        resources.putAll(Explanations.resources(catalog, packageName));
        return resources;
    }

    /** Where another catalog imports this one from: {@code dev/errorcatalog/upstream/Api.json}. */
    static String importablePath(String catalogName, String packageName) {
        return packageName.isEmpty() ? catalogName + ".json" : packageName.replace('.', '/') + "/" + catalogName + ".json";
    }

    /**
     * Writes them. A path another catalog of this compilation already wrote (two catalogs named
     * {@code Api} in different packages both want {@code META-INF/error-catalog/Api.md}) moves into a
     * folder named by the package: {@code META-INF/error-catalog/com.acme.billing/Api.md}.
     *
     * @param written the resource paths written so far in this compilation; this adds its own
     * @return the resources written elsewhere than their usual path, by usual path
     */
    static Map<String, String> write(Map<String, String> resources, String packageName, Filer filer, Element origin,
            Set<String> written) throws IOException {
        Map<String, String> moved = new LinkedHashMap<>();
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            String path = resource.getKey();
            if (!written.add(path)) {
                String relocated = RESOURCE_DIRECTORY + packageName + "/" + path.substring(RESOURCE_DIRECTORY.length());
                moved.put(path, relocated);
                path = relocated;
                written.add(path);
            }
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
            try (OutputStream out = file.openOutputStream()) {
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return moved;
    }
}
