package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.DiagnosticAssertions.assertErrors;
import static dev.errorcatalog.processor.DiagnosticAssertions.compile;
import static dev.errorcatalog.processor.DiagnosticAssertions.withCodes;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Scalars are read as YAML 1.2 would: no octal, sexagesimal or yes/no booleans, no underscores in numbers. */
class Yaml12ReadingTest {

    @Test
    void leadingZeroCodeIsNotOctal() {
        assertErrors(compile(withCodes("      - {code: 010001, name: A, message: A}")),
                "errors.yaml:7:16: [code-format] code '010001' must be a number of exactly 6 digits "
                        + "without a leading zero (it starts with 0)");
    }

    @Test
    void yaml11LookalikesStayText() {
        Compilation c = compile(withCodes(
                "      - {code: 304001, name: A, message: no}",
                "      - {code: 304002, name: B, message: yes}",
                "      - {code: 304003, name: C, message: on}",
                "      - {code: 304004, name: D, message: 1_000}",
                "      - {code: 304005, name: E, message: 0o17}",
                "      - {code: 304006, name: F, message: 12:30}",
                "      - {code: 304007, name: G, message: .inf}",
                "      - {code: 304008, name: H, message: 0x1F}",
                "      - {code: 304009, name: I, message: Off}"));
        assertThat(c).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(c);
        String[] expected = {"no", "yes", "on", "1_000", "0o17", "12:30", ".inf", "0x1F", "Off"};
        for (int i = 0; i < expected.length; i++) {
            Object error = classes.callStatic("ApiErrors", "of", 304001 + i);
            assertEquals(expected[i], call(error, "message"), "message of " + (304001 + i));
        }
    }

    @Test
    void quotedCodeIsTheSameCode() {
        Compilation c = compile(withCodes("      - {code: '304001', name: A, message: A}"));
        assertThat(c).succeededWithoutWarnings();
        assertEquals(304001, call(new GeneratedClasses(c).callStatic("ApiErrors", "of", 304001), "code"));
    }

    @Test
    void deprecatedIsTrueFalseOrAReason() {
        Compilation c = compile(withCodes(
                "      - {code: 304001, name: A, message: A, deprecated: true}",
                "      - {code: 304002, name: B, message: B, deprecated: false}",
                "      - {code: 304003, name: C, message: C, deprecated: 'false'}"));
        assertThat(c).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(c);
        assertEquals(true, call(classes.callStatic("ApiErrors", "of", 304001), "deprecated"));
        assertEquals(false, call(classes.callStatic("ApiErrors", "of", 304002), "deprecated"));
        // quoted, 'false' is a reason, not the boolean
        assertEquals(true, call(classes.callStatic("ApiErrors", "of", 304003), "deprecated"));
    }

    @Test
    void numericHttpInOtherBasesIsRefused() {
        assertErrors(compile(withCodes("      - {code: 304001, name: A, message: A, http: 0o624}")),
                "errors.yaml:7:51: [http-status] HTTP status '0o624' must be a whole number from 100 to 599");
    }
}
