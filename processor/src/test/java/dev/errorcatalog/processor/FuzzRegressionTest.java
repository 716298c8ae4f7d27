package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Bugs the fuzz test (CatalogFuzzTest) found, each pinned by a small catalog. */
class FuzzRegressionTest {

    private static String catalog(String title, String message) {
        return CatalogCompiler.lines(
                "catalog: Api",
                "locales: [en, de]",
                "categories:",
                "  - id: compliance",
                "    title: '" + title + "'",
                "    range: 304xxx",
                "    codes:",
                "      - code: 304001",
                "        name: NO_SESSION",
                "        message: {en: '" + message + "', de: 'de " + message + "'}");
    }

    private static void assertAsciiSources(Compilation compilation) throws IOException {
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String source = file.getCharContent(true).toString();
            assertTrue(source.chars().allMatch(c -> c < 0x80), file.getName() + " is not pure ASCII");
        }
    }

    /** A placeholder may be any Java identifier; it became a non-ASCII parameter name in the factory. */
    @Test
    void nonAsciiPlaceholdersKeepGeneratedSourcesAscii() throws IOException {
        Compilation compilation = CatalogCompiler.compile(catalog("Compliance", "Session {名前} of {Überall} and {x}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertAsciiSources(compilation);
        GeneratedClasses classes = new GeneratedClasses(compilation);
        RuntimeException e = (RuntimeException) classes.callStatic("ComplianceException", "noSession", "a", "b", "c");
        assertEquals("304001: Session a of b and c", e.getMessage());
        assertEquals("de Session a of b and c", call(e, "message", Locale.GERMAN));
    }

    /** A text over 65,535 bytes of modified UTF-8 was one string constant: "constant string too long". */
    @Test
    void textsLongerThanOneClassFileConstantCompile() {
        String longMessage = "m".repeat(70_000) + " {x} " + "错".repeat(25_000) + "😀".repeat(12_000);
        String longTitle = "t".repeat(65_536);
        Compilation compilation = CatalogCompiler.compile(catalog(longTitle, longMessage));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        Object error = classes.constant("ComplianceError", "NO_SESSION");
        assertEquals(longMessage, call(error, "message"));
        assertEquals("de " + longMessage, call(error, "message", Locale.GERMAN));
        assertEquals(longTitle, call(classes.constant("ApiCategory", "COMPLIANCE"), "title"));
    }

    /**
     * Every code stores one text per locale (the default one where a translation is missing): with
     * many locales, 400 codes per fill method was far over javac's 64 KiB ("code too large").
     */
    @Test
    void aCategoryWithManyLocalesCompiles() {
        String locales = IntStream.range(0, 70).mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
                .collect(Collectors.joining(", "));
        StringBuilder yaml = new StringBuilder(CatalogCompiler.lines("catalog: Api", "locales: [" + locales + "]",
                "categories:", "  - id: compliance", "    title: Compliance", "    range: 304xxx", "    codes:"));
        for (int i = 0; i < 150; i++) {
            yaml.append("      - {code: ").append(304000 + i).append(", name: CODE_").append(i).append(", message: Message ")
                    .append(i).append("}\n");
        }
        Compilation compilation = CatalogCompiler.compile(yaml.toString());
        assertThat(compilation).succeededWithoutWarnings();
        Object error = new GeneratedClasses(compilation).constant("ComplianceError", "CODE_149");
        assertEquals("Message 149", call(error, "message", Locale.forLanguageTag("cr")));
    }

    /**
     * A 70,000-character category id made a class name too long for the class file ("UTF8
     * representation ... is too long for the constant pool"); far shorter ones already make file
     * names the file system refuses. Names are limited to 100 characters.
     */
    @Test
    void namesOfAHundredCharactersCompile() {
        String id = "a" + "-b".repeat(49) + "c";
        String name = "N" + "_M".repeat(49) + "O";
        String placeholder = "p".repeat(100);
        Compilation compilation = CatalogCompiler.compile(CatalogCompiler.lines("catalog: A" + "b".repeat(99), "categories:",
                "  - id: " + id, "    title: T", "    range: 304xxx", "    codes:",
                "      - {code: 304001, name: " + name + ", message: 'x {" + placeholder + "}'}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void longerNamesAreAnErrorInTheCatalog() {
        String longer = "m".repeat(70_000);
        Compilation compilation = CatalogCompiler.compile(CatalogCompiler.lines("catalog: Api", "categories:",
                "  - id: " + longer, "    title: T", "    range: 304xxx", "    codes:",
                "      - {code: 304001, name: " + "N".repeat(101) + ", message: 'x {" + "p".repeat(101) + "}'}"));
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("errors.yaml:3:5: [name-too-long] category id 'mmmm");
        assertThat(compilation).hadErrorContaining("is 70,000 characters long, more than the 100");
        assertThat(compilation).hadErrorContaining("errors.yaml:7:30: [name-too-long] name 'NNNN");
        assertThat(compilation).hadErrorContaining("[name-too-long] placeholder 'pppp");
    }

    private static String placeholders(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{p" + i + "}").collect(Collectors.joining(" "));
    }

    /** The factory with a cause takes one parameter per placeholder plus one; javac allows 255. */
    @Test
    void mostPlaceholdersAFactoryCanTakeCompile() {
        assertThat(CatalogCompiler.compile(catalog("Compliance", placeholders(254)))).succeededWithoutWarnings();
    }

    @Test
    void morePlaceholdersThanAFactoryCanTakeAreAnErrorInTheCatalog() {
        Compilation compilation = CatalogCompiler.compile(catalog("Compliance", placeholders(255)));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("errors.yaml:10:");
        assertThat(compilation).hadErrorContaining("[too-many-placeholders] the message of code 304001 has 255 placeholders");
    }
}
