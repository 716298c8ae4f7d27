package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.model.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiCategory}: one constant per category with its id, default-locale title, range and
 * parent; titles in other locales come from {@code ApiTexts}.
 */
final class CategoryEnumGenerator extends TypeGenerator {

    CategoryEnumGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    protected TypeSpec.Builder type() {
        Catalog catalog = context.catalog();
        ClassName self = context.categoryEnum();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The categories of the $L catalog. A category whose range lies inside another's is its child.\n",
                        catalog.name());
        for (Category category : catalog.categories()) {
            CodeBlock title = Literals.text(category.title().text(catalog.defaultLocale(), catalog.defaultLocale()));
            type.addEnumConstant(context.categoryConstant(category), TypeSpec.anonymousClassBuilder(
                            "$L, $L, $L, $L", Literals.string(category.id()), category.range().first(),
                            category.range().last(), title)
                    .addJavadoc("$L", Javadocs.category(catalog, category))
                    .build());
        }
        ParameterizedTypeName errorList = ParameterizedTypeName.get(ClassName.get(List.class), context.errorInterface());
        return type
                .addField(String.class, "id", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TypeName.INT, "first", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TypeName.INT, "last", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "title", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "id")
                        .addParameter(TypeName.INT, "first")
                        .addParameter(TypeName.INT, "last")
                        .addParameter(String.class, "title")
                        .addStatement("this.id = id")
                        .addStatement("this.first = first")
                        .addStatement("this.last = last")
                        .addStatement("this.title = title")
                        .build())
                .addMethod(getter("id", String.class, "The category's id as written in the catalog, such as {@code compliance}."))
                .addMethod(MethodSpec.methodBuilder("title")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("The title in the default locale ($L).\n", catalog.defaultLocale())
                        .addStatement("return title")
                        .build())
                .addMethod(MethodSpec.methodBuilder("title")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Locale.class, "locale")
                        .returns(String.class)
                        .addJavadoc("The title for {@code locale}: language and country, then language, then the default locale.\n")
                        .addStatement("return $T.text(locale, $L + ordinal(), title)", context.texts(),
                                LocaleTexts.titlesOffset(catalog))
                        .build())
                .addMethod(getter("first", int.class, "The first code of the range."))
                .addMethod(getter("last", int.class, "The last code of the range."))
                .addMethod(MethodSpec.methodBuilder("contains")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(TypeName.INT, "code")
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc("Whether {@code code} lies in this category's range (declared or not).\n")
                        .addStatement("return code >= first && code <= last")
                        .build())
                .addMethod(parent())
                .addMethod(MethodSpec.methodBuilder("errors")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(errorList)
                        .addJavadoc("The codes declared in this category (not in its children), in declaration order.\n")
                        .addStatement("return ErrorLists.BY_CATEGORY.get(ordinal())")
                        .build())
                .addType(errorLists(errorList));
    }

    private MethodSpec parent() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("parent")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), context.categoryEnum()))
                .addJavadoc("The narrowest category whose range contains this one's, if any.\n");
        List<Category> children = context.catalog().categories().stream().filter(c -> c.parent().isPresent()).toList();
        if (!children.isEmpty()) {
            method.beginControlFlow("switch (this)");
            for (Category child : children) {
                Category parent = context.catalog().category(child.parent().get()).orElseThrow();
                method.addStatement("case $L: return $T.of($L)", context.categoryConstant(child), Optional.class,
                        context.categoryConstant(parent));
            }
            method.addStatement("default: return $T.empty()", Optional.class).endControlFlow();
        } else {
            method.addStatement("return $T.empty()", Optional.class);
        }
        return method.build();
    }

    /** A holder, so that asking for one category's codes does not load them before they are needed. */
    private TypeSpec errorLists(ParameterizedTypeName errorList) {
        CodeBlock lists = CodeBlock.join(context.catalog().categories().stream()
                .map(c -> c.codes().isEmpty()
                        ? CodeBlock.of("$T.<$T>of()", List.class, context.errorInterface())
                        : CodeBlock.of("$T.<$T>of($T.values())", List.class, context.errorInterface(), context.errorEnum(c)))
                .toList(), ",\n");
        return TypeSpec.classBuilder("ErrorLists")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), errorList), "BY_CATEGORY",
                                Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of(\n$>$L$<)", List.class, lists)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
    }

    private static MethodSpec getter(String name, java.lang.reflect.Type type, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc(doc + "\n")
                .addStatement("return $N", name)
                .build();
    }
}
