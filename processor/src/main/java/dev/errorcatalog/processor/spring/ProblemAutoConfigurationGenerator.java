package dev.errorcatalog.processor.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.generate.GenerationContext;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.model.JavaNames;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiProblemAutoConfiguration}: what Spring Boot loads from
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports} to register
 * the catalog's problem handler in a web application (servlet or reactive), unless the application
 * has a bean of that type already. The MVC and WebFlux configurations put it to work.
 */
final class ProblemAutoConfigurationGenerator extends TypeGenerator {

    ProblemAutoConfigurationGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        String catalog = context.catalog().name();
        ClassName handler = ClassName.get(context.packageName(), JavaNames.problemHandler(catalog));
        return TypeSpec.classBuilder(JavaNames.problemAutoConfiguration(catalog))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(SpringTypes.AUTO_CONFIGURATION)
                .addAnnotation(SpringTypes.CONDITIONAL_ON_WEB_APPLICATION)
                .addJavadoc("Registers {@link $T} in a web application: the $L catalog's exceptions become RFC 9457\n", handler, catalog)
                .addJavadoc("problem responses with nothing to write in the application. Spring Boot finds this class in\n")
                .addJavadoc("{@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; a component\n")
                .addJavadoc("scan skips it, as it skips every class listed there.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the configuration; Spring Boot does so.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder(lowerFirst(handler.simpleName()))
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(SpringTypes.BEAN)
                        .addAnnotation(SpringTypes.CONDITIONAL_ON_MISSING_BEAN)
                        .returns(handler)
                        .addJavadoc("The handler, unless the application defines a bean of its type.\n\n@return a new handler\n")
                        .addStatement("return new $T()", handler)
                        .build());
    }

    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
