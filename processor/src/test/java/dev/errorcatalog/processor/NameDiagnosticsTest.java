package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Generated Java names must be legal and unique (ignoring case: macOS and Windows file systems). */
class NameDiagnosticsTest {

    @Test
    void categoryClashingWithTheCatalogIsOneError() {
        // 'ach' makes AchError and AchException, both also made by catalog 'Ach': one mistake, one error
        assertErrors(compile(
                        "catalog: Ach",
                        "categories:",
                        "  - id: ach",
                        "    title: Ach",
                        "    range: 3049xx"),
                "errors.yaml:3:5: [name-clash] the type AchError generated for category 'ach' clashes with the error "
                        + "interface AchError generated for the catalog 'Ach' (at line 1); rename the category");
    }

    @Test
    void categoryTypesThatDifferOnlyByCase() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: foo-bar",
                        "    title: Foo bar",
                        "    range: 1xxxxx",
                        "  - id: foobar",
                        "    title: Foobar",
                        "    range: 2xxxxx"),
                "errors.yaml:6:5: [name-clash] the type FoobarError generated for category 'foobar' clashes with the error "
                        + "enum FooBarError generated for category 'foo-bar' (at line 3); rename one of them");
    }

    @Test
    void factoriesWithTheSameName() {
        assertErrors(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: foo-bar",
                        "    title: Foo bar",
                        "    range: 1xxxxx",
                        "    codes:",
                        "      - {code: 100001, name: FOO_1, message: A}",
                        "      - {code: 100002, name: FOO1, message: B}"),
                "errors.yaml:8:30: [name-clash] the factory FooBarException.foo1() generated for FOO1 (100002) clashes "
                        + "with the one for FOO_1 (100001, at line 7); rename one of them");
    }

    @Test
    void factoriesInDifferentCategoriesDoNotClash() {
        assertThat(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: foo",
                        "    title: Foo",
                        "    range: 1xxxxx",
                        "    codes:",
                        "      - {code: 100001, name: FOO_1, message: A}",
                        "  - id: bar",
                        "    title: Bar",
                        "    range: 2xxxxx",
                        "    codes:",
                        "      - {code: 200001, name: FOO1, message: B}"))
                .succeededWithoutWarnings();
    }

    @Test
    void typesNamedLikeJavaLangTypesCompile() {
        // RuntimeException and IllegalArgumentException of the package hide java.lang's: the generated code qualifies those
        GeneratedClasses classes = new GeneratedClasses(compile(
                        "catalog: Runtime",
                        "categories:",
                        "  - id: illegal-argument",
                        "    title: Illegal argument",
                        "    range: 4xxxxx",
                        "    codes:",
                        "      - {code: 400001, name: BAD, message: 'Bad {n:int}'}"));
        RuntimeException e = (RuntimeException) classes.callStatic("IllegalArgumentException", "bad", 3);
        assertEquals("400001: Bad 3", e.getMessage());
        assertEquals("RuntimeException", e.getClass().getSuperclass().getSimpleName());
        // a wrong argument is still java.lang's IllegalArgumentException, thrown by the generated check
        Object bad = classes.constant("IllegalArgumentError", "BAD");
        assertThrows(java.lang.IllegalArgumentException.class, () -> GeneratedClasses.call(bad, "exception", "three"));
    }

    @Test
    void keywordsAndExceptionMembersGetAnUnderscore() {
        assertThat(compile(
                        "catalog: Api",
                        "categories:",
                        "  - id: misc",
                        "    title: Misc",
                        "    range: 1xxxxx",
                        "    codes:",
                        "      - {code: 100001, name: DEFAULT, message: A}",
                        "      - {code: 100002, name: GET_MESSAGE, message: B}",
                        "      - {code: 100003, name: CLASS, message: C}"))
                .succeededWithoutWarnings();
    }
}
