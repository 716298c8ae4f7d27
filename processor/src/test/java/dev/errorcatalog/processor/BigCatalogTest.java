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

    /** {@code count} categories of one code each, titled in {@code locales} locales. */
    static String manyCategories(int count, int locales) {
        StringBuilder tags = new StringBuilder("en");
        StringBuilder title = new StringBuilder("{en: T");
        for (int l = 1; l < locales; l++) {
            String tag = "l" + (char) ('a' + l / 26) + (char) ('a' + l % 26);
            tags.append(", ").append(tag);
            title.append(", ").append(tag).append(": T").append(l);
        }
        StringBuilder yaml = new StringBuilder("catalog: Big\nlocales: [" + tags + "]\ncategories:\n");
        for (int c = 0; c < count; c++) {
            yaml.append("  - {id: c").append(c).append(", title: ").append(title).append("}, range: ")
                    .append(100_000 + c * 100).append("..").append(100_000 + c * 100 + 99).append(", codes: [{code: ")
                    .append(100_000 + c * 100).append(", name: E").append(c).append(", message: m}]}\n");
        }
        return yaml.toString().replace("range: ", "range: {from: ").replace(", codes:", "}, codes:")
                .replaceAll("\\{from: (\\d+)\\.\\.(\\d+)\\}", "{from: $1, to: $2}");
    }

    @Test
    void asManyCategoriesAsTheLimitAllowsCompile() {
        int locales = 40;
        int limit = CatalogValidator.maxCategories(locales);
        Compilation compilation = CatalogCompiler.compile(manyCategories(limit, locales));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        assertEquals(limit, classes.type("BigCategory").getEnumConstants().length);
    }

    @Test
    void moreCategoriesThanTheLimitIsAnError() {
        Compilation compilation = CatalogCompiler.compile(manyCategories(CatalogValidator.maxCategories(40) + 1, 40));
        assertThat(compilation).hadErrorContaining("errors.yaml:1:1: [too-many-categories] the catalog has 137 categories in 40 "
                + "locale(s); the generated category enum holds at most 136 for that many locales (javac limits its "
                + "initialiser to 64 KiB)");
        assertThat(compilation).hadErrorCount(1);
    }
}
