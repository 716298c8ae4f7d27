package dev.errorcatalog.processor.spring;

import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.JavaNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;

/**
 * The Spring Boot integration of one catalog ({@code -Aerrorcatalog.spring=true}): the problem
 * handler and its auto-configuration, then the MVC part where Spring MVC is on the compile class path
 * and the WebFlux part where WebFlux is. The auto-configuration imports file is shared by every
 * catalog of the compilation, so the processor writes it once at the end ({@link AutoConfigurationImports}).
 */
public final class SpringGenerator {
    private final GenerationContext context;
    private final List<TypeGenerator> generators = new ArrayList<>();
    private final List<String> autoConfigurations = new ArrayList<>();

    public SpringGenerator(GenerationContext context, SpringIntegration integration, boolean mvc, boolean webFlux) {
        this.context = context;
        String catalog = context.catalog().name();
        generators.add(new ProblemHandlerGenerator(context, integration));
        add(new ProblemAutoConfigurationGenerator(context), JavaNames.problemAutoConfiguration(catalog));
        if (mvc) {
            add(new ProblemMvcConfigurationGenerator(context), JavaNames.problemMvcConfiguration(catalog));
        }
        if (webFlux) {
            add(new ProblemWebFluxConfigurationGenerator(context), JavaNames.problemWebFluxConfiguration(catalog));
        }
    }

    private void add(TypeGenerator generator, String autoConfiguration) {
        generators.add(generator);
        autoConfigurations.add(context.packageName().isEmpty() ? autoConfiguration : context.packageName() + "." + autoConfiguration);
    }

    /** The generated sources, as written. */
    public List<String> sources() {
        return generators.stream().map(TypeGenerator::source).toList();
    }

    /** The auto-configurations' qualified names, the lines they need in the imports file. */
    public List<String> autoConfigurations() {
        return List.copyOf(autoConfigurations);
    }

    public void writeTo(Filer filer) throws IOException {
        for (TypeGenerator generator : generators) {
            generator.writeTo(filer);
        }
    }
}
