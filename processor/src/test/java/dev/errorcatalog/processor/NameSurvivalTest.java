package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every name survives generation: names whose factory would be a keyword or a member of the
 * exception, placeholders named like generated parameters, fields or types, and category ids that
 * are keywords all compile to working code. (Clashes that cannot be resolved are errors; the
 * name-clash diagnostics are tested with the other diagnostics.)
 */
class NameSurvivalTest {

    @Test
    void keywordsMembersAndTypeNamesCompile() {
        Compilation compilation = CatalogCompiler.compile(CatalogCompiler.lines(
                "catalog: Api",
                "categories:",
                "  - id: class",
                "    title: Class",
                "    range: 1xxxxx",
                "    codes:",
                "      - {code: 100001, name: DEFAULT, message: 'default {cause} {code} {message} {error}'}",
                "      - {code: 100002, name: CLASS, message: 'class {arguments} {values} {String} {Object}'}",
                "      - {code: 100003, name: NEW, message: 'new {ClassException} {ClassError} {Throwable}'}",
                "      - {code: 100004, name: RETURN, message: return}",
                "      - {code: 100005, name: ERROR, message: error}",
                "      - {code: 100006, name: GET_MESSAGE, message: getMessage}",
                "      - {code: 100007, name: TO_STRING, message: 'toString {cause_}'}",
                "      - {code: 100008, name: DATA, message: data}",
                "      - {code: 100009, name: VALUES, message: values}",
                "      - {code: 100010, name: CODES, message: codes}"));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        Throwable cause = new IllegalStateException();

        RuntimeException e = (RuntimeException) classes.callStatic("ClassException", "default_", "a", "b", "c", "d", cause);
        assertEquals("100001: default a b c d", e.getMessage());
        assertEquals(cause, e.getCause());
        e = (RuntimeException) classes.callStatic("ClassException", "class_", "a", "b", "c", "d");
        assertEquals("100002: class a b c d", e.getMessage());
        e = (RuntimeException) classes.callStatic("ClassException", "new_", "a", "b", "c");
        assertEquals("100003: new a b c", e.getMessage());
        for (String factory : List.of("return_", "error_", "getMessage_", "data", "values", "codes")) {
            classes.callStatic("ClassException", factory);
        }
        e = (RuntimeException) classes.callStatic("ClassException", "toString_", "x", cause);
        assertEquals("100007: toString x", e.getMessage());
        assertEquals(cause, e.getCause());
        assertEquals(100008, call(classes.constant("ClassError", "DATA"), "code"));
        assertEquals(100010, call(classes.constant("ClassError", "CODES"), "code"));
        assertEquals("class", call(classes.constant("ApiCategory", "CLASS"), "id"));
    }
}
