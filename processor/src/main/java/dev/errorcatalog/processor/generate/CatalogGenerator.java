package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.JavaFile;
import dev.errorcatalog.processor.model.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;

/** Every type generated for one catalog, in a fixed order. */
public final class CatalogGenerator {
    private final List<TypeGenerator> generators = new ArrayList<>();

    public CatalogGenerator(GenerationContext context) {
        generators.add(new ErrorInterfaceGenerator(context));
        generators.add(new CategoryEnumGenerator(context));
        generators.add(new RegistryGenerator(context));
        generators.add(new BaseExceptionGenerator(context));
        for (Category category : context.catalog().categories()) {
            generators.add(new ErrorEnumGenerator(context, category));
            generators.add(new CategoryExceptionGenerator(context, category));
        }
    }

    /** The generated sources, for tests and tools that do not run inside javac. */
    public List<JavaFile> files() {
        return generators.stream().map(TypeGenerator::file).toList();
    }

    public void writeTo(Filer filer) throws IOException {
        for (TypeGenerator generator : generators) {
            generator.writeTo(filer);
        }
    }
}
