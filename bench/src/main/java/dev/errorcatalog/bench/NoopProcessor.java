package dev.errorcatalog.bench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that does nothing, for {@link BuildTime}'s "floor+apt" variant: with any processor
 * present javac works differently (it keeps every doc comment and end position while parsing,
 * enters the sources in processing rounds), which costs time on Javadoc-heavy sources whatever
 * the processor does. Not registered as a service: BuildTime names it with {@code -processor}.
 */
@SupportedAnnotationTypes("*")
public final class NoopProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
    }
}
