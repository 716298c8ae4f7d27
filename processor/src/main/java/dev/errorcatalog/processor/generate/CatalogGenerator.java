package dev.errorcatalog.processor.generate;

import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.FieldDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;

/**
 * The Java types generated for one catalog, in a fixed order. The texts of the non-default locales
 * go beside the classes as resources ({@link LocaleTexts}), written with the other resources.
 */
public final class CatalogGenerator {
    private final List<TypeGenerator> generators = new ArrayList<>();

    public CatalogGenerator(GenerationContext context) {
        generators.add(new ErrorInterfaceGenerator(context));
        generators.add(new CategoryEnumGenerator(context));
        generators.add(new RegistryGenerator(context));
        generators.add(new BaseExceptionGenerator(context));
        generators.add(new LocaleTextsGenerator(context));
        if (Explanations.any(context.catalog())) {
            generators.add(new ExplanationsGenerator(context));
        }
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

    /** The qualified names of the generated types, so a caller can see a clash before anything is written. */
    public List<String> typeNames() {
        return generators.stream().map(TypeGenerator::qualifiedName).toList();
    }

    /** Writes every type. The resources beside them are the caller's ({@code ResourceFiles}). */
    public void writeTo(Filer filer) throws IOException {
        for (TypeGenerator generator : generators) {
            generator.writeTo(filer);
        }
    }
}
