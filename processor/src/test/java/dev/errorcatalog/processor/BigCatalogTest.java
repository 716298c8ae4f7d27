package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import dev.errorcatalog.processor.validate.CatalogValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Big catalogs compile: javac rejects any method over 64 KiB, and a naive enum whose constants
 * carry their data as constructor arguments fails near 2,300 constants. The generator keeps
 * per-code data out of the constructors, so the only limit left is the enum's own initialiser,
 * which the processor reports itself (see the category-too-large diagnostic test).
 */
class BigCatalogTest {

    /** A catalog of {@code categories} top-level categories of {@code perCategory} codes each. */
    static String catalog(int categories, int perCategory) {
        StringBuilder yaml = new StringBuilder("catalog: Big\nlocales: [en, zh-CN]\ncategories:\n");
        for (int c = 0; c < categories; c++) {
            int prefix = 10 + c;
            yaml.append("  - id: part-").append(c).append('\n')
                    .append("    title: {en: Part ").append(c).append(", zh-CN: 部分").append(c).append("}\n")
                    .append("    range: ").append(prefix).append("xxxx\n")
                    .append("    codes:\n");
            for (int i = 0; i < perCategory; i++) {
                int code = prefix * 10_000 + i;
                yaml.append("      - {code: ").append(code).append(", name: CODE_").append(code)
                        .append(", message: 'Problem ").append(i).append(" with {item}', http: ")
                        .append(400 + i % 100).append("}\n");
            }
        }
        return yaml.toString();
    }

    @Test
    void aCategoryAtTheLimitCompilesAndWorks() {
        int size = CatalogValidator.MAX_CODES_PER_CATEGORY;
        Compilation compilation = CatalogCompiler.compile(catalog(1, size));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        for (int i = 0; i < size; i += 97) {
            Object error = ((Optional<?>) classes.callStatic("BigErrors", "find", 100_000 + i)).orElseThrow();
            assertSame(classes.constant("Part0Error", "CODE_" + (100_000 + i)), error);
            assertEquals(List.of("item"), GeneratedClasses.call(error, "parameters"));
        }
        assertEquals(size, ((List<?>) classes.callStatic("BigErrors", "all")).size());
    }

    @Test
    void tenThousandCodesCompileAndWork() {
        Compilation compilation = CatalogCompiler.compile(catalog(4, 2_500));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        List<?> all = (List<?>) classes.callStatic("BigErrors", "all");
        assertEquals(10_000, all.size());
        for (Object error : all) {
            int code = (Integer) GeneratedClasses.call(error, "code");
            assertSame(error, ((Optional<?>) classes.callStatic("BigErrors", "find", code)).orElseThrow());
        }
        RuntimeException e = (RuntimeException) classes.callStatic("Part3Exception", "code132499", "x");
        assertEquals("132499: Problem 2499 with x", e.getMessage());
    }
}
