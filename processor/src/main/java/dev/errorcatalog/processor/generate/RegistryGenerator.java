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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    protected TypeSpec.Builder type() {
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
                .addField(String[].class, "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), optionalError), "NAMED",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build())
                .addField(TypeName.INT, "NAME_SHIFT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
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
                        .addCode("// an empty slot holds Optional.empty(): every int, 0 included, can be a key\n")
                        .beginControlFlow("while (true)")
                        .addStatement("$T found = FOUND.get(slot)", optionalError)
                        .beginControlFlow("if (!found.isPresent() || KEYS[slot] == code)")
                        .addStatement("return found")
                        .endControlFlow()
                        .addStatement("slot = (slot + 1) & mask")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("find")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(String.class, "name")
                        .returns(optionalError)
                        .addJavadoc("The error with this name or older name (alias), such as {@code NO_SESSION_FOUND}. Constant time;\n"
                                + "allocates nothing.\n\n@throws NullPointerException if {@code name} is null\n")
                        .addStatement("int mask = NAMES.length - 1")
                        .addStatement("int slot = (name.hashCode() * 0x9E3779B9) >>> NAME_SHIFT")
                        .beginControlFlow("while (true)")
                        .addStatement("$T key = NAMES[slot]", String.class)
                        .beginControlFlow("if (key == null)")
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .beginControlFlow("if (key.equals(name))")
                        .addStatement("return NAMED.get(slot)")
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
                .beginControlFlow("while (found.get(slot).isPresent())")
                .addStatement("slot = (slot + 1) & (keys.length - 1)")
                .endControlFlow()
                .addStatement("keys[slot] = e.code()")
                .addStatement("found.set(slot, $T.of(e))", Optional.class)
                .endControlFlow()
                .addStatement("KEYS = keys")
                .addStatement("FOUND = $T.copyOf(found)", List.class)
                .add(nameTable())
                .addStatement("$T<$T<$T>> categories = new $T<>()", List.class, Optional.class, category, ArrayList.class)
                .beginControlFlow("for ($T c : $T.values())", category, category)
                .addStatement("categories.add($T.of(c))", Optional.class)
                .endControlFlow()
                .addStatement("CATEGORY_FOUND = $T.copyOf(categories)", List.class);
        return init.build();
    }

    /**
     * The table of names and aliases, built like the one of codes. Aliases come as one string of
     * pairs, "OLD_NAME NAME ...": one constant, however many there are, so the initialiser stays
     * small (names are words of capitals, digits and underscores: a space cannot occur in them).
     */
    private CodeBlock nameTable() {
        ClassName error = context.errorInterface();
        List<String> pairs = new ArrayList<>();
        for (Category c : context.catalog().categories()) {
            c.codes().forEach(code -> code.aliases().forEach(alias -> {
                pairs.add(alias.name());
                pairs.add(code.name());
            }));
        }
        CodeBlock.Builder init = CodeBlock.builder()
                .addStatement("$T<$T, $T> byName = new $T<>()", Map.class, String.class, error, HashMap.class)
                .beginControlFlow("for ($T e : all)", error)
                .addStatement("byName.put(e.name(), e)")
                .endControlFlow();
        if (!pairs.isEmpty()) {
            init.addStatement("$T[] aliases = $L.split($S)", String.class, Literals.text(String.join(" ", pairs)), " ")
                    .beginControlFlow("for (int i = 0; i < aliases.length; i += 2)")
                    .addStatement("byName.put(aliases[i], byName.get(aliases[i + 1]))")
                    .endControlFlow();
        }
        return init.addStatement("int nameBits = 1")
                .beginControlFlow("while ((1 << nameBits) < 2 * byName.size())")
                .addStatement("nameBits++")
                .endControlFlow()
                .addStatement("NAME_SHIFT = 32 - nameBits")
                .addStatement("$T[] names = new $T[1 << nameBits]", String.class, String.class)
                .addStatement("$T<$T<$T>> named = new $T<>($T.nCopies(names.length, $T.<$T>empty()))", List.class,
                        Optional.class, error, ArrayList.class, Collections.class, Optional.class, error)
                .beginControlFlow("for ($T<$T, $T> entry : byName.entrySet())", Map.Entry.class, String.class, error)
                .addStatement("int slot = (entry.getKey().hashCode() * 0x9E3779B9) >>> NAME_SHIFT")
                .beginControlFlow("while (names[slot] != null)")
                .addStatement("slot = (slot + 1) & (names.length - 1)")
                .endControlFlow()
                .addStatement("names[slot] = entry.getKey()")
                .addStatement("named.set(slot, $T.of(entry.getValue()))", Optional.class)
                .endControlFlow()
                .addStatement("NAMES = names")
                .addStatement("NAMED = $T.copyOf(named)", List.class)
                .build();
    }

    private static List<Category> mostSpecificFirst(Catalog catalog) {
        List<Category> sorted = new ArrayList<>(catalog.categories());
        sorted.sort(Comparator.comparingLong(c -> c.range().size()));
        return sorted;
    }
}
