package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.docs.DescriptorWriter;
import dev.errorcatalog.processor.docs.MarkdownWriter;
import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.docs.openapi.OpenApiWriter;
import dev.errorcatalog.processor.docs.typescript.TypeScriptWriter;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.FieldDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Everything generated for one catalog, in a fixed order: the Java types, and beside the classes
 * (so they ship in the jar), under {@code META-INF/error-catalog/}, a Markdown reference, the JSON
 * descriptor and the outputs for the API's clients (a TypeScript module, an OpenAPI description, an HTML reference page);
 * and beside the classes the texts of the non-default locales ({@link LocaleTexts}).
 */
public final class CatalogGenerator {
    public static final String RESOURCE_DIRECTORY = "META-INF/error-catalog/";

    private final GenerationContext context;
    private final List<TypeGenerator> generators = new ArrayList<>();

    public CatalogGenerator(GenerationContext context) {
        this.context = context;
        generators.add(new ErrorInterfaceGenerator(context));
        generators.add(new CategoryEnumGenerator(context));
        generators.add(new RegistryGenerator(context));
        generators.add(new BaseExceptionGenerator(context));
        generators.add(new LocaleTextsGenerator(context));
        context.catalog().fields().stream()
                .filter(field -> field.type() == FieldDefinition.FieldType.ENUM)
                .forEach(field -> generators.add(new FieldEnumGenerator(context, field)));
        for (Category category : context.catalog().categories()) {
            generators.add(new ErrorEnumGenerator(context, category));
            generators.add(new CategoryExceptionGenerator(context, category));
        }
    }

    /** The generated sources, complete and as written, for tests and tools that do not run inside javac. */
    public List<String> sources() {
        return generators.stream().map(TypeGenerator::source).toList();
    }

    /**
     * The generated resources by path: the Markdown reference, the JSON descriptor and the client
     * outputs under {@code META-INF/error-catalog/}, and the descriptor again beside the generated classes. javac
     * looks into a jar on the class path only through directories named like packages, so that
     * second copy is the one another catalog's {@code imports:} can name
     * ({@code dev/errorcatalog/upstream/Api.json}).
     */
    public static Map<String, String> resources(Catalog catalog, String packageName) {
        String json = DescriptorWriter.json(catalog);
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put(RESOURCE_DIRECTORY + catalog.name() + ".md", MarkdownWriter.markdown(catalog));
        resources.put(RESOURCE_DIRECTORY + catalog.name() + ".json", json);
        resources.put(RESOURCE_DIRECTORY + catalog.name() + ".ts", TypeScriptWriter.typescript(catalog));
        resources.put(RESOURCE_DIRECTORY + catalog.name() + ".openapi.json", OpenApiWriter.openapi(catalog));
        resources.put(RESOURCE_DIRECTORY + catalog.name() + ".html", HtmlWriter.html(catalog));
        resources.put(importablePath(catalog.name(), packageName), json);
        resources.putAll(LocaleTexts.resources(catalog, packageName));
        return resources;
    }

    /** Where another catalog imports this one from: {@code dev/errorcatalog/upstream/Api.json}. */
    public static String importablePath(String catalogName, String packageName) {
        return packageName.isEmpty() ? catalogName + ".json" : packageName.replace('.', '/') + "/" + catalogName + ".json";
    }

    /** The qualified names of the generated types, so a caller can see a clash before anything is written. */
    public List<String> typeNames() {
        return generators.stream().map(TypeGenerator::qualifiedName).toList();
    }

    /**
     * Writes every type and resource. A resource path another catalog of this compilation already
     * wrote (two catalogs named {@code Api} in different packages both want
     * {@code META-INF/error-catalog/Api.md}) moves into a folder named by the package:
     * {@code META-INF/error-catalog/com.acme.billing/Api.md}.
     *
     * @param written the resource paths written so far in this compilation; this adds its own
     * @return the resources written elsewhere than their usual path, by usual path
     */
    public Map<String, String> writeTo(Filer filer, Set<String> written) throws IOException {
        for (TypeGenerator generator : generators) {
            generator.writeTo(filer);
        }
        Map<String, String> moved = new LinkedHashMap<>();
        for (Map.Entry<String, String> resource : resources(context.catalog(), context.packageName()).entrySet()) {
            String path = resource.getKey();
            if (!written.add(path)) {
                String relocated = RESOURCE_DIRECTORY + context.packageName() + "/" + path.substring(RESOURCE_DIRECTORY.length());
                moved.put(path, relocated);
                path = relocated;
                written.add(path);
            }
            FileObject file = context.origin() == null
                    ? filer.createResource(StandardLocation.CLASS_OUTPUT, "", path)
                    : filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, context.origin());
            try (OutputStream out = file.openOutputStream()) {
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return moved;
    }
}
