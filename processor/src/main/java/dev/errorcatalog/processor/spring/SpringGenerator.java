package dev.errorcatalog.processor.spring;

import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.JavaNames;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;

/**
 * The Spring Boot integration of one catalog ({@code -Aerrorcatalog.spring=true}): the problem
 * advice and its auto-configuration. The auto-configuration imports file is shared by every catalog
 * of the compilation, so the processor writes it once at the end ({@link AutoConfigurationImports}).
 */
public final class SpringGenerator {
    private final GenerationContext context;
    private final List<TypeGenerator> generators;

    public SpringGenerator(GenerationContext context, SpringIntegration integration) {
        this.context = context;
        this.generators = List.of(new ProblemHandlerGenerator(context, integration), new ProblemAutoConfigurationGenerator(context));
    }

    /** The generated sources, as written. */
    public List<String> sources() {
        return generators.stream().map(TypeGenerator::source).toList();
    }

    /** The auto-configuration's qualified name, the line it needs in the imports file. */
    public String autoConfiguration() {
        String simple = JavaNames.problemAutoConfiguration(context.catalog().name());
        return context.packageName().isEmpty() ? simple : context.packageName() + "." + simple;
    }

    public void writeTo(Filer filer) throws IOException {
        for (TypeGenerator generator : generators) {
            generator.writeTo(filer);
        }
    }
}
