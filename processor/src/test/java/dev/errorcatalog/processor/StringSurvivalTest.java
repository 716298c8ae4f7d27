package dev.errorcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errorcatalog.processor.GeneratedClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every string survives generation: texts that end comments, break string literals, or look like
 * markup or format strings compile, and the generated API returns them exactly.
 */
class StringSurvivalTest {
    /** Each would break naive generation somewhere: Javadoc, a string literal, or a format call. */
    static final List<String> NASTY = List.of(
            "ends a comment */ here",
            "unicode-escaped comment end \\u002a/ and \\u000a newline escape",
            "backslash \\ and \\\\ two and a trailing one \\",
            "quotes \" and ' and \"\"\" text blocks",
            "dollars $ $$ $L $S $T $N and percent %s %d %n %%",
            "literal braces {{ and }} around {{name}}",
            "<b>HTML</b> &amp; <script>alert(1)</script>",
            "@param x @return y {{@code z}} {{@link String}} @deprecated",
            "emoji 😀👍🏽 and CJK 合规错误 and RTL שלום",
            "tab\there and CRLF\r\nand CR\rand LF\nend",
            "line separators \u2028 paragraph \u2029 next-line \u0085 end",
            "control \u0000 \u0001 \u001b \u007f chars",
            "/* opening comment and // line comment");

    @Test
    void messagesTitlesAndDescriptionsCompileAndRoundTrip() throws IOException {
        StringBuilder yaml = new StringBuilder("catalog: Api\nlocales: [en, zh-CN]\ncategories:\n");
        yaml.append("  - id: nasty\n")
                .append("    title: {en: ").append(quoted(NASTY.get(0))).append(", zh-CN: ").append(quoted(NASTY.get(8))).append("}\n")
                .append("    description: ").append(quoted(String.join(" | ", NASTY))).append('\n')
                .append("    range: 1xxxxx\n    codes:\n");
        for (int i = 0; i < NASTY.size(); i++) {
            yaml.append("      - code: ").append(100_001 + i).append('\n')
                    .append("        name: NASTY_").append(i).append('\n')
                    .append("        message: {en: ").append(quoted(NASTY.get(i))).append(", zh-CN: ")
                    .append(quoted("zh " + NASTY.get(i))).append("}\n")
                    .append("        description: ").append(quoted(NASTY.get(i))).append('\n')
                    .append("        deprecated: ").append(quoted("because " + NASTY.get(i))).append('\n');
        }
        Compilation compilation = CatalogCompiler.compile(yaml.toString());
        assertThat(compilation).succeededWithoutWarnings();
        for (var file : compilation.generatedSourceFiles()) {
            String source = file.getCharContent(true).toString();
            assertTrue(source.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)),
                    file.getName() + " is not pure printable ASCII");
        }
        GeneratedClasses classes = new GeneratedClasses(compilation);
        for (int i = 0; i < NASTY.size(); i++) {
            Object error = classes.constant("NastyError", "NASTY_" + i);
            assertEquals(NASTY.get(i), call(error, "message"), "message " + i);
            assertEquals("zh " + NASTY.get(i), call(error, "message", Locale.SIMPLIFIED_CHINESE), "zh-CN message " + i);
        }
        Object category = classes.constant("ApiCategory", "NASTY");
        assertEquals(NASTY.get(0), call(category, "title"));
        assertEquals(NASTY.get(8), call(category, "title", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void placeholdersNextToNastyTextAreFilled() {
        Compilation compilation = CatalogCompiler.compile(CatalogCompiler.lines(
                "catalog: Api",
                "categories:",
                "  - id: nasty",
                "    title: Nasty",
                "    range: 1xxxxx",
                "    codes:",
                "      - code: 100001",
                "        name: FILLED",
                "        message: \"$1 {{who}} */ {who} \\\\ {what}%s \\u2028 {who}\""));
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        RuntimeException e = (RuntimeException) classes.callStatic("NastyException", "filled", "$x\\", "%d");
        assertEquals("100001: $1 {who} */ $x\\ \\ %d%s \u2028 $x\\", e.getMessage());
    }

    /** A YAML double-quoted scalar holding exactly {@code text}. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
