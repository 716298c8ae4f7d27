package dev.errorcatalog.processor.frontend;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Declares every option of the jar in every compilation, and does nothing else. javac counts an
 * option as recognized only when a processor that declares it is called in some round, and it calls
 * a processor only for annotations it supports: a compilation without {@code @ErrorCatalog} (a
 * module's tests, built with the same {@code -Aerrorcatalog.*} arguments) called none of ours and
 * warned "The following options were not recognized by any processor". This one supports
 * {@code "*"}, so javac calls it in every round, even one without annotations; it claims nothing
 * (returns false), so every other processor still gets every annotation.
 */
@AutoService(Processor.class)
public final class DeclaredOptions extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

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
        return false;
    }
}
