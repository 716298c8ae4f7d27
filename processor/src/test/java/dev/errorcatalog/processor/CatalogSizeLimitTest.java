package dev.errorcatalog.processor;

import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;

import dev.errorcatalog.processor.validate.CatalogValidator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A catalog of more codes than {@link CatalogValidator#MAX_CODES} is refused with one clear error
 * rather than exhausting javac's heap. The catalog is read and validated in about a second; the
 * error stops the processor before it generates anything, which is where the time and memory of a
 * big catalog go.
 */
class CatalogSizeLimitTest {

    /** {@code codes} codes in categories of at most the per-category limit, after a comment line. */
    static String catalog(int codes) {
        int perCategory = CatalogValidator.MAX_CODES_PER_CATEGORY;
        StringBuilder yaml = new StringBuilder(64 * codes).append("# one code more than a catalog may hold\ncatalog: Api\ncategories:\n");
        for (int category = 0; category * perCategory < codes; category++) {
            int prefix = 10 + category;
            yaml.append("  - id: part-").append(category).append("\n    title: Part\n    range: ").append(prefix).append("xxxx\n    codes:\n");
            for (int i = 0; i < perCategory && category * perCategory + i < codes; i++) {
                int code = prefix * 10_000 + i;
                yaml.append("      - {code: ").append(code).append(", name: E").append(code).append(", message: m}\n");
            }
        }
        return yaml.toString();
    }

    @Test
    void aCatalogOfMoreCodesThanTheLimitIsOneErrorOnItsFirstKey() {
        int limit = CatalogValidator.MAX_CODES;
        assertErrors(CatalogCompiler.compile(catalog(limit + 1)),
                String.format(Locale.ROOT, "errors.yaml:2:1: [too-many-codes] the catalog has %,d codes, more than the %,d one "
                        + "catalog may hold (javac needs about %,d MB of heap per 10,000 codes to compile it, and a bigger "
                        + "catalog would exhaust its default heap on a 2 GB build machine); split it into catalogs that "
                        + "import each other", limit + 1, limit, CatalogValidator.HEAP_MB_PER_10_000_CODES));
    }
}
