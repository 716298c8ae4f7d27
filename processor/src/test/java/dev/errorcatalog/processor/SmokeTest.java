package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void compiles() {
        Compilation c = CatalogCompiler.compile(CatalogCompiler.lines(
                "catalog: Api",
                "locales: [en, zh-CN]",
                "categories:",
                "  - id: compliance",
                "    title: {en: Compliance Errors, zh-CN: 合规错误}",
                "    range: 304xxx",
                "    http: 422",
                "    codes:",
                "      - code: 304001",
                "        name: NO_SESSION_FOUND",
                "        message: No session {id} found",
                "        http: 404",
                "      - {code: 304002, name: OLD, message: old, deprecated: Use 304001}",
                "  - id: ach",
                "    title: {en: ACH Errors, zh-CN: ACH错误}",
                "    range: 3049xx",
                "    codes:",
                "      - {code: 304900, name: ACH_PRE_CHECKS, message: Ach pre checks}",
                "  - id: empty",
                "    title: Empty",
                "    range: 5xxxxx"));
        c.generatedSourceFiles().forEach(f -> {
            try {
                System.out.println(f.getCharContent(true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        c.diagnostics().forEach(System.out::println);
        assertThat(c).succeededWithoutWarnings();
    }
}
