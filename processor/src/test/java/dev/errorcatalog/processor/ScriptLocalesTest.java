package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Locales with scripts and numeric regions in the generated Java: texts in YAML and in translation
 * files named either way ({@code errors_zh_Hant.properties}, {@code errors_sr-Latn.properties}),
 * found for a {@link Locale} by {@code ResourceBundle.Control.getCandidateLocales}.
 */
class ScriptLocalesTest {
    static final String CATALOG = CatalogCompiler.lines(
            "catalog: Api",
            "locales: [en, zh-Hans, zh-Hant, zh-HK, sr-Latn, sr-RS, es-419]",
            "translations: {zh-Hant: errors_zh_Hant.properties, sr-Latn: i18n/errors_sr-Latn.properties}",
            "categories:",
            "  - id: compliance",
            "    title: {en: Compliance Errors, zh-Hans: 合规错误, es-419: Errores de cumplimiento}",
            "    range: 304xxx",
            "    codes:",
            "      - {code: 304001, name: NO_SESSION_FOUND, message: {en: 'No session {id} found', zh-Hans: '没有会话 {id}', zh-HK: '搵唔到會話 {id}', sr-RS: 'Нема сесије {id}'}}",
            "      - {code: 304002, name: LOCKED, message: {en: Account locked, es-419: Cuenta bloqueada}}");

    static GeneratedClasses classes;

    @BeforeAll
    static void compile() {
        Compilation compilation = CatalogCompiler.compileWithFiles(CATALOG, Map.of(
                "errors_zh_Hant.properties", "NO_SESSION_FOUND = 沒有工作階段 {id}\ncompliance = 合規錯誤\n",
                "i18n/errors_sr-Latn.properties", "compliance = Greške usklađenosti\n"), List.of());
        assertThat(compilation).succeededWithoutWarnings();
        classes = new GeneratedClasses(compilation);
    }

    private static String message(String tag) {
        return (String) call(classes.constant("ComplianceError", "NO_SESSION_FOUND"), "message", Locale.forLanguageTag(tag));
    }

    private static String title(String tag) {
        return (String) call(classes.constant("ApiCategory", "COMPLIANCE"), "title", Locale.forLanguageTag(tag));
    }

    @Test
    void chineseRegionsFindTheirImpliedScript() {
        assertEquals("沒有工作階段 {id}", message("zh-TW"));
        assertEquals("沒有工作階段 {id}", message("zh-Hant"));
        assertEquals("沒有工作階段 {id}", message("zh-Hant-HK"), "zh-Hant comes before zh-HK");
        assertEquals("沒有工作階段 {id}", message("zh-HK"), "zh-HK is zh-Hant-HK first");
        assertEquals("没有会话 {id}", message("zh-CN"));
        assertEquals("没有会话 {id}", message("zh-SG"));
        assertEquals("No session {id} found", message("zh"), "zh alone has no script: the default");
        assertEquals("合規錯誤", title("zh-TW"));
    }

    @Test
    void aLocaleWithoutATextGoesOnToItsNextCandidate() {
        // sr-Latn's file has no message: sr-Latn-RS goes on to sr-RS, sr-Latn itself to the default
        assertEquals("Нема сесије {id}", message("sr-Latn-RS"));
        assertEquals("No session {id} found", message("sr-Latn"));
        assertEquals("Greške usklađenosti", title("sr-Latn-RS"));
        assertEquals("Compliance Errors", title("sr-RS"));
        // es-419 is a locale of its own: es-MX's candidates are es-MX and es
        assertEquals("Cuenta bloqueada", call(classes.constant("ComplianceError", "LOCKED"), "message", Locale.forLanguageTag("es-419")));
        assertEquals("Account locked", call(classes.constant("ComplianceError", "LOCKED"), "message", Locale.forLanguageTag("es-MX")));
        assertEquals("No session {id} found", message("ko"));
    }
}
