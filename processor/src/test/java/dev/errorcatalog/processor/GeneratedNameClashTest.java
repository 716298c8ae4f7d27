package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.DiagnosticAssertions.compileWith;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names the user chose that meet a name the processor writes: a real duplicate of a generated type
 * is one {@code [name-clash]} at the YAML line, never a write failure or an error in generated code;
 * a generated type named like a {@code java.lang} type compiles, the generated code qualifying
 * {@code java.lang}'s.
 */
class GeneratedNameClashTest {

    @Test
    void aFieldEnumNamedLikeTheLocaleTextClass() {
        assertErrors(compile(
                        "catalog: Api",
                        "fields:",
                        "  texts: {type: enum, values: [A, B]}",
                        "categories:",
                        "  - {id: all, title: All, range: 1xxxxx}"),
                "errors.yaml:3:10: [name-clash] the type ApiTexts generated for field 'texts' clashes with the locale-text "
                        + "class ApiTexts generated for the catalog 'Api' (at line 1); rename the field");
    }

    @Test
    void aFieldEnumNamedLikeTheSpringProblemHandlerOnlyWithSpring() {
        String[] catalog = {
            "catalog: Api",
            "fields:",
            "  problem-handler: {type: enum, values: [A, B]}",
            "categories:",
            "  - {id: all, title: All, range: 1xxxxx}",
        };
        assertErrors(compileWith(List.of("-Aerrorcatalog.spring=true"), catalog),
                "errors.yaml:3:20: [name-clash] the type ApiProblemHandler generated for field 'problem-handler' clashes "
                        + "with the Spring problem handler ApiProblemHandler generated for the catalog 'Api' (at line 1); "
                        + "rename the field");
        assertThat(compile(catalog)).succeededWithoutWarnings();
    }

    @Test
    void aGeneratedStringBuilderDoesNotHideJavaLang() throws Exception {
        Compilation compilation = compile(
                "catalog: String",
                "locales: [en, de]",
                "fields:",
                "  builder: {type: enum, values: [X, Y], default: X}",
                "categories:",
                "  - id: all",
                "    title: All",
                "    range: 1xxxxx",
                "    codes:",
                "      - {code: 100001, name: FOO, message: {en: 'Foo {n:int}', de: 'Fu {n:int}'}, builder: Y}");
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        Object foo = classes.constant("AllError", "FOO");
        assertEquals(classes.constant("StringBuilder", "Y"), call(foo, "builder"));
        assertEquals("Fu {n}", call(foo, "message", Locale.GERMAN));
        RuntimeException e = (RuntimeException) classes.callStatic("AllException", "foo", 7);
        assertEquals("100001: Foo 7", e.getMessage());
    }

    @Test
    void aCodeNamedLikeAFieldEnumWouldHideIt() {
        assertErrors(compile(
                        "catalog: A",
                        "fields:",
                        "  b: {type: enum, values: [X, Y]}",
                        "  c: {type: enum, values: [X, Y]}",
                        "categories:",
                        "  - id: all",
                        "    title: All",
                        "    range: 1xxxxx",
                        "    codes:",
                        "      - {code: 100001, name: AB, message: A, b: X}",
                        "      - {code: 100002, name: D, message: D, aliases: [D_OLD, AC]}"),
                "errors.yaml:10:30: [name-clash] the constant AB generated for code 100001 would hide the type AB generated "
                        + "for field 'b' (at line 3) where the error enums use it; rename one of them",
                "errors.yaml:11:62: [name-clash] the constant AC generated for an alias of code 100002 would hide the type AC "
                        + "generated for field 'c' (at line 4) where the error enums use it; rename one of them");
    }

    @Test
    void aFieldEnumNamedLikeADataConstant() {
        assertErrors(compile(
                        "catalog: MESSAGE",
                        "fields:",
                        "  s: {type: enum, values: [X, Y]}",
                        "categories:",
                        "  - {id: all, title: All, range: 1xxxxx}"),
                "errors.yaml:3:6: [name-clash] the type MESSAGES generated for field 's' would be hidden by the constant "
                        + "MESSAGES that every generated error enum holds; rename the field");
    }
}
