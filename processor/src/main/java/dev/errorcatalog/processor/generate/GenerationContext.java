package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.GeneratedNames;
import dev.errorcatalog.processor.model.Integrations;
import dev.errorcatalog.processor.model.JavaNames;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * What every generator needs: the catalog, where its types go, and what the compiler allows.
 *
 * @param origin the annotated element, recorded as the originating element of every file (may be null in tests)
 * @param sealed whether the source level has sealed types (17+)
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists (9+)
 * @param hiddenJavaLang the simple names of generated types that are also {@code java.lang} types
 *     ({@code catalog: String} and a field {@code builder} make {@code StringBuilder}): a type of
 *     the package hides {@code java.lang}'s, so every generated file writes those qualified
 */
public record GenerationContext(Catalog catalog, String packageName, Element origin, boolean sealed,
        boolean generatedAnnotation, Set<String> hiddenJavaLang) {

    public GenerationContext {
        hiddenJavaLang = Set.copyOf(hiddenJavaLang);
    }

    public GenerationContext(Catalog catalog, String packageName, Element origin, boolean sealed, boolean generatedAnnotation) {
        this(catalog, packageName, origin, sealed, generatedAnnotation, hiddenJavaLang(catalog));
    }

    /**
     * Every integration's names count: qualifying one more {@code java.lang} name costs nothing, and
     * the Spring generators share this context. The JDK running the processor has every
     * {@code java.lang} type the generated code uses (all older than release 11).
     */
    private static Set<String> hiddenJavaLang(Catalog catalog) {
        Set<String> hidden = new HashSet<>();
        for (String name : GeneratedNames.simpleNames(catalog, Integrations.ALL)) {
            try {
                Class.forName("java.lang." + name, false, null);
                hidden.add(name);
            } catch (ClassNotFoundException | LinkageError notInJavaLang) {
                // the usual case: the name hides nothing
            }
        }
        return hidden;
    }

    public ClassName errorInterface() {
        return ClassName.get(packageName, JavaNames.errorInterface(catalog.name()));
    }

    public ClassName categoryEnum() {
        return ClassName.get(packageName, JavaNames.categoryEnum(catalog.name()));
    }

    public ClassName registry() {
        return ClassName.get(packageName, JavaNames.registry(catalog.name()));
    }

    public ClassName baseException() {
        return ClassName.get(packageName, JavaNames.baseException(catalog.name()));
    }

    /** {@code ApiTexts}: package-private, the texts of the non-default locales. */
    public ClassName texts() {
        return ClassName.get(packageName, JavaNames.texts(catalog.name()));
    }

    public ClassName errorEnum(Category category) {
        return ClassName.get(packageName, JavaNames.categoryErrorEnum(category.id()));
    }

    public ClassName exception(Category category) {
        return ClassName.get(packageName, JavaNames.categoryException(category.id()));
    }

    /** The {@code XxxCategory} constant of a category. */
    public String categoryConstant(Category category) {
        return JavaNames.upperSnake(category.id());
    }
}
