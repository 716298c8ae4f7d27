package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Shared steps of the diagnostics tests. Every expected error is the full line the build prints,
 * {@code errors.yaml:LINE:COLUMN: [tag] message}, so a test checks the text and the place at once.
 */
final class DiagnosticAssertions {
    static final String STRICT_LOCALES = "-Aerrorcatalog.strictLocales=true";

    private DiagnosticAssertions() {}

    /** Compiles a catalog given as its lines (line 1 is the first argument). */
    static Compilation compile(String... lines) {
        return CatalogCompiler.compile(CatalogCompiler.lines(lines));
    }

    static Compilation compileWith(List<String> options, String... lines) {
        return CatalogCompiler.compile(CatalogCompiler.lines(lines).getBytes(java.nio.charset.StandardCharsets.UTF_8), options);
    }

    /** Fails unless the build failed with exactly these errors (and no warnings). */
    static void assertErrors(Compilation compilation, String... errors) {
        assertThat(compilation).failed();
        for (String error : errors) {
            assertThat(compilation).hadErrorContaining(error);
        }
        assertThat(compilation).hadErrorCount(errors.length);
        assertThat(compilation).hadWarningCount(0);
    }

    /** A package-info carrying {@code @ErrorCatalog(value)}, for tests that need their own annotation. */
    static JavaFileObject packageInfo(String annotationValue) {
        return JavaFileObjects.forSourceLines(CatalogCompiler.PACKAGE + ".package-info",
                "@dev.errorcatalog.ErrorCatalog(\"" + annotationValue + "\")",
                "package " + CatalogCompiler.PACKAGE + ";");
    }

    /** Runs the processor on {@code sources} with {@code options}, without -Xlint:all -Werror. */
    static Compilation compileSources(List<String> options, JavaFileObject... sources) {
        return javac().withProcessors(new ErrorCatalogProcessor()).withOptions(options).compile(sources);
    }

    /** The smallest valid catalog's head: a catalog and one category 304xxx whose codes follow. */
    static String[] withCodes(String... codeLines) {
        String[] head = {
            "catalog: Api",
            "categories:",
            "  - id: compliance",
            "    title: Compliance Errors",
            "    range: 304xxx",
            "    codes:",
        };
        return concat(head, codeLines);
    }

    /** The head lines of a catalog followed by more lines. */
    static String[] concat(String[] head, String... lines) {
        String[] all = new String[head.length + lines.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(lines, 0, all, head.length, lines.length);
        return all;
    }
}
