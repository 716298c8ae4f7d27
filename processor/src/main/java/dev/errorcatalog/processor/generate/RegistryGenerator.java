package dev.errorcatalog.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code ApiErrors}: lookup by code. {@code find} probes an open-addressing table of plain
 * {@code int} keys (no boxing) and returns a pre-built {@code Optional}, so it allocates nothing.
 */
final class RegistryGenerator extends TypeGenerator {

    RegistryGenerator(GenerationContext context) {
        super(context);
    }

    @Override
    TypeSpec.Builder type() {
        Catalog catalog = context.catalog();
        ClassName error = context.errorInterface();
        ClassName category = context.categoryEnum();
        TypeName optionalError = ParameterizedTypeName.get(ClassName.get(Optional.class), error);
        TypeName optionalCategory = ParameterizedTypeName.get(ClassName.get(Optional.class), category);
        return TypeSpec.classBuilder(context.registry())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Looks up the codes of the $L catalog.\n", catalog.name())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), error), "ALL",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build())
                .addField(int[].class, "KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), optionalError), "FOUND",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build())
                .addField(TypeName.INT, "SHIFT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(ArrayTypeName.of(category), "MOST_SPECIFIC_FIRST",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Categories, narrowest range first: the first that contains a code is its most specific one.\n")
                        .initializer("{$L}", CodeBlock.join(mostSpecificFirst(catalog).stream()
                                .map(c -> CodeBlock.of("$T.$L", category, context.categoryConstant(c))).toList(), ", "))
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), optionalCategory),
                                "CATEGORY_FOUND", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .build())
                .addStaticBlock(initializer())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("find")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(TypeName.INT, "code")
                        .returns(optionalError)
                        .addJavadoc("The error with this code, if the catalog declares it. Constant time; allocates nothing.\n")
                        .addStatement("int mask = KEYS.length - 1")
                        .addStatement("int slot = (code * 0x9E3779B9) >>> SHIFT")
                        .beginControlFlow("while (true)")
                        .addStatement("int key = KEYS[slot]")
                        .beginControlFlow("if (key == code)")
                        .addStatement("return FOUND.get(slot)")
                        .endControlFlow()
                        .beginControlFlow("if (key == 0)")
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .addStatement("slot = (slot + 1) & mask")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(TypeName.INT, "code")
                        .returns(error)
                        .addJavadoc("The error with this code.\n\n@throws IllegalArgumentException if the catalog does not declare it\n")
                        .addStatement("$T found = find(code)", optionalError)
                        .beginControlFlow("if (found.isPresent())")
                        .addStatement("return found.get()")
                        .endControlFlow()
                        .addStatement("throw new $T($S + code + $S)", IllegalArgumentException.class,
                                "unknown error code ", " in the " + catalog.name() + " catalog")
                        .build())
                .addMethod(MethodSpec.methodBuilder("all")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), error))
                        .addJavadoc("Every code of the catalog, sorted by code; an unmodifiable list.\n")
                        .addStatement("return ALL")
                        .build())
                .addMethod(MethodSpec.methodBuilder("categoryOf")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(TypeName.INT, "code")
                        .returns(optionalCategory)
                        .addJavadoc("The most specific category whose range holds {@code code}, whether or not the code is declared.\n")
                        .beginControlFlow("for ($T category : MOST_SPECIFIC_FIRST)", category)
                        .beginControlFlow("if (category.contains(code))")
                        .addStatement("return CATEGORY_FOUND.get(category.ordinal())")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return $T.empty()", Optional.class)
                        .build());
    }

    private CodeBlock initializer() {
        ClassName error = context.errorInterface();
        ClassName category = context.categoryEnum();
        CodeBlock.Builder init = CodeBlock.builder()
                .addStatement("$T<$T> all = new $T<>()", List.class, error, ArrayList.class);
        for (Category c : context.catalog().categories()) {
            if (!c.codes().isEmpty()) {
                init.addStatement("$T.addAll(all, $T.values())", Collections.class, context.errorEnum(c));
            }
        }
        init.addStatement("all.sort($T.comparingInt($T::code))", Comparator.class, error)
                .addStatement("ALL = $T.copyOf(all)", List.class)
                .add("// a power of two at least twice the number of codes: probes stay short\n")
                .addStatement("int bits = 1")
                .beginControlFlow("while ((1 << bits) < 2 * all.size())")
                .addStatement("bits++")
                .endControlFlow()
                .addStatement("SHIFT = 32 - bits")
                .addStatement("int[] keys = new int[1 << bits]")
                .addStatement("$T<$T<$T>> found = new $T<>($T.nCopies(keys.length, $T.<$T>empty()))", List.class,
                        Optional.class, error, ArrayList.class, Collections.class, Optional.class, error)
                .beginControlFlow("for ($T e : all)", error)
                .addStatement("int slot = (e.code() * 0x9E3779B9) >>> SHIFT")
                .beginControlFlow("while (keys[slot] != 0)")
                .addStatement("slot = (slot + 1) & (keys.length - 1)")
                .endControlFlow()
                .addStatement("keys[slot] = e.code()")
                .addStatement("found.set(slot, $T.of(e))", Optional.class)
                .endControlFlow()
                .addStatement("KEYS = keys")
                .addStatement("FOUND = $T.copyOf(found)", List.class)
                .addStatement("$T<$T<$T>> categories = new $T<>()", List.class, Optional.class, category, ArrayList.class)
                .beginControlFlow("for ($T c : $T.values())", category, category)
                .addStatement("categories.add($T.of(c))", Optional.class)
                .endControlFlow()
                .addStatement("CATEGORY_FOUND = $T.copyOf(categories)", List.class);
        return init.build();
    }

    private static List<Category> mostSpecificFirst(Catalog catalog) {
        List<Category> sorted = new ArrayList<>(catalog.categories());
        sorted.sort(Comparator.comparingLong(c -> c.range().size()));
        return sorted;
    }
}
