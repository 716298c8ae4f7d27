package dev.errorcatalog.processor.spring;

import com.google.auto.service.AutoService;
import dev.errorcatalog.processor.generate.TypeGenerator;
import dev.errorcatalog.processor.frontend.Options;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Claims the Spring annotations on the integration that {@code -Aerrorcatalog.spring=true} generates,
 * and nothing else. Once any processor runs, javac's {@code -Xlint:processing} warns about every
 * annotation that no processor claims, so without this a catalog module built with {@code -Werror}
 * would fail on its own generated code. It is a processor of its own because a processor claims all
 * of a round's annotations it is given or none: it claims only in a round where every element
 * carrying them is a type the {@code ErrorCatalogProcessor} generated, so an application's own Spring
 * code in the same module is left to the processors (and warnings) it had before.
 */
@AutoService(Processor.class)
public final class GeneratedSpringAnnotations extends AbstractProcessor {
    static final Set<String> ANNOTATIONS = Set.of(
            "org.springframework.core.annotation.Order",
            "org.springframework.boot.autoconfigure.AutoConfiguration",
            "org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication",
            "org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean",
            "org.springframework.boot.autoconfigure.condition.ConditionalOnClass",
            "org.springframework.context.annotation.Bean",
            // the gRPC integration's auto-configuration (-Aerrorcatalog.grpc=true too)
            "org.springframework.grpc.server.GlobalServerInterceptor");

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Boolean.parseBoolean(processingEnv.getOptions().get(Options.SPRING)) ? ANNOTATIONS : Set.of();
    }

    /** Every option of the jar, like its other processor: javac warns about an option no processor declares. */
    @Override
    public Set<String> getSupportedOptions() {
        return Options.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (!generatedByUs(outermost(element))) {
                    return false;
                }
            }
        }
        return !annotations.isEmpty();
    }

    private static Element outermost(Element element) {
        Element current = element;
        while (current.getEnclosingElement() != null && current.getEnclosingElement().getKind() != ElementKind.PACKAGE
                && current.getEnclosingElement().getKind() != ElementKind.MODULE) {
            current = current.getEnclosingElement();
        }
        return current;
    }

    /** Carries {@code @Generated("dev.errorcatalog.processor.ErrorCatalogProcessor")}. */
    private static boolean generatedByUs(Element type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().toString().equals("javax.annotation.processing.Generated")) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
                    if (entry.getKey().getSimpleName().contentEquals("value")
                            && entry.getValue().toString().contains('"' + TypeGenerator.GENERATOR + '"')) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
