package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;

/**
 * The shared base of the generators: each one builds one type; this adds {@code @Generated} (no
 * date, so output is reproducible) and the originating element, and writes through the Filer.
 */
public abstract class TypeGenerator {
    public static final String GENERATOR = "dev.errorcatalog.processor.ErrorCatalogProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    protected final GenerationContext context;

    protected TypeGenerator(GenerationContext context) {
        this.context = context;
    }

    /** The type, without the annotations and origin this base adds. */
    protected abstract TypeSpec.Builder type();

    /** Built once: the processor asks for the name before it writes the file. */
    private JavaFile file;

    public final JavaFile file() {
        if (file == null) {
            file = build();
        }
        return file;
    }

    private JavaFile build() {
        TypeSpec.Builder type = type();
        if (context.generatedAnnotation()) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
        }
        if (context.origin() != null) {
            type.addOriginatingElement(context.origin());
        }
        // JavaPoet writes java.lang types by simple name; one the package hides must be qualified
        type.alwaysQualify(context.hiddenJavaLang().toArray(String[]::new));
        return JavaFile.builder(context.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The complete source, as written. */
    public final String source() {
        return file().toString();
    }

    /** The generated type's qualified name. */
    public final String qualifiedName() {
        String simpleName = file().typeSpec().name();
        return context.packageName().isEmpty() ? simpleName : context.packageName() + "." + simpleName;
    }

    public final void writeTo(Filer filer) throws IOException {
        JavaFile javaFile = file();
        String source = javaFile.toString();
        String simpleName = javaFile.typeSpec().name();
        String name = context.packageName().isEmpty() ? simpleName : context.packageName() + "." + simpleName;
        JavaFileObject file = context.origin() == null
                ? filer.createSourceFile(name)
                : filer.createSourceFile(name, context.origin());
        // one write: the Filer's writer encodes each call separately
        try (Writer writer = file.openWriter()) {
            writer.write(source);
        }
    }
}
