package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;

/**
 * The shared base of the generators: each one builds one type; this adds {@code @Generated} (no
 * date, so output is reproducible) and the originating element, and writes through the Filer.
 */
abstract class TypeGenerator {
    static final String GENERATOR = "dev.errorcatalog.processor.ErrorCatalogProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    protected final GenerationContext context;

    TypeGenerator(GenerationContext context) {
        this.context = context;
    }

    /** The type, without the annotations and origin this base adds. */
    abstract TypeSpec.Builder type();

    final JavaFile file() {
        TypeSpec.Builder type = type();
        if (context.generatedAnnotation()) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
        }
        if (context.origin() != null) {
            type.addOriginatingElement(context.origin());
        }
        return JavaFile.builder(context.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    final void writeTo(Filer filer) throws IOException {
        file().writeTo(filer);
    }
}
