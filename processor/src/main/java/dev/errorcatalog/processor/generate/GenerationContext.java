package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import dev.errorcatalog.processor.model.JavaNames;
import javax.lang.model.element.Element;

/**
 * What every generator needs: the catalog, where its types go, and what the compiler allows.
 *
 * @param origin the annotated element, recorded as the originating element of every file (may be null in tests)
 * @param sealed whether the source level has sealed types (17+)
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists (9+)
 */
public record GenerationContext(Catalog catalog, String packageName, Element origin, boolean sealed,
        boolean generatedAnnotation) {

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
        return ClassName.get(packageName, catalog.name() + "Texts");
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
