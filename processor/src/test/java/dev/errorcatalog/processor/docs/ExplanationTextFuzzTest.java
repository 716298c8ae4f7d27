package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.docs.html.HtmlWriter;
import dev.errorcatalog.processor.model.Catalog;
import dev.errorcatalog.processor.read.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile Markdown in explanations ({@code <script>}, {@code javascript:} links, event attributes,
 * unbalanced markup) leaves the page inert: every tag an explanation produces is one of CommonMark's
 * own, with only its own attributes, links go only to http(s) URLs and anchors, and the elements
 * balance, so nothing the catalog writes can open a script or close the page's markup.
 */
class ExplanationTextFuzzTest {
    private static final List<String> FRAGMENTS = List.of(
            "<script>alert(1)</script>", "<script", "</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "[click](javascript:alert(1))", "[c](JaVaScRiPt:alert(1))", "[c]( javascript:alert(1))", "<javascript:alert(1)>",
            "![i](data:text/html;base64,PHNjcmlwdD4=)", "[v](vbscript:x)", "[ok](https://example.com/a?b=1&c=\"2\")", "[a](#304001)",
            "<div onclick=\"x\">", "</div>", "</td></tr></table>", "<!--", "-->", "<![CDATA[", "]]>", "<style>*{}</style>",
            "<iframe src=//evil>", "**bold", "_em", "`code", "```\n<script>\n```", "    indented <b>", "> quote <i>", "- item\n",
            "1. one\n", "# heading", "\n\n", "&lt;script&gt;", "&#60;script&#62;", "&", "\"", "'", "\u0000", "\r", "\u2028",
            "[ref]\n\n[ref]: javascript:alert(1)", "<svg/onload=alert(1)>", "<http://x.org/\"onmouseover=\"alert(1)>",
            "[x](https://example.com \"t\\\" onmouseover=alert(1)\")");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[a-z]+=\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z]+)=\"([^\"]*)\"");
    private static final Set<String> ELEMENTS = Set.of("p", "em", "strong", "code", "pre", "a", "img", "ul", "ol", "li",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br");
    private static final Set<String> VOID = Set.of("img", "hr", "br");
    private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "title", "src", "alt", "start", "class");

    @Test
    void hostileMarkdownRendersToInertHtml() {
        Random random = new Random(21);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder markdown = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int i = 0; i < pieces; i++) {
                markdown.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))).append(random.nextBoolean() ? " " : "");
            }
            assertInert(markdown.toString(), ExplanationText.html(markdown.toString()));
        }
    }

    @Test
    void theWholePageKeepsOnlyItsOwnScript() {
        String explanation = String.join("\n", FRAGMENTS).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r").replace("\u0000", "\\0").replace("\u2028", "\\u2028");
        String yaml = String.join("\n", "catalog: Api",
                "categories:",
                "  - id: compliance",
                "    title: Compliance",
                "    range: 304xxx",
                "    codes:",
                "      - code: 304001",
                "        name: HOSTILE",
                "        message: Hostile",
                "        explanation: \"" + explanation + "\"",
                "");
        // Loaded, not validated: the page must be inert even for a catalog whose links the rules would reject.
        CatalogLoader.Loaded loaded = CatalogLoader.load("errors.yaml", yaml.getBytes(StandardCharsets.UTF_8), false, Optional.empty());
        Catalog catalog = loaded.catalog().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
        assertEquals(List.of(), loaded.diagnostics());
        String page = HtmlWriter.html(catalog);
        assertEquals(1, count(page.toLowerCase(Locale.ROOT), "<script"), "only the page's own script");
        assertFalse(page.toLowerCase(Locale.ROOT).contains("javascript:alert(1)\""), "no javascript: link");
        assertFalse(page.contains("<iframe") || page.contains("<svg") || page.contains("<img src=x"));
        String section = page.substring(page.indexOf("<div class=\"text explanation\""), page.indexOf("</td>", page.indexOf("<div class=\"text explanation\"")));
        assertInert("the page's explanation", section.replaceAll("^<div[^>]*>|</div>$", ""));
    }

    /** Every tag allowed, with allowed attributes and safe links, and the elements balanced. */
    private static void assertInert(String markdown, String html) {
        Matcher tags = TAG.matcher(html);
        Deque<String> open = new ArrayDeque<>();
        int end = 0;
        while (tags.find()) {
            assertFalse(html.substring(end, tags.start()).contains("<"), () -> "a raw '<' in " + html + " from " + markdown);
            end = tags.end();
            String name = tags.group(2).toLowerCase(Locale.ROOT);
            assertTrue(ELEMENTS.contains(name), () -> "element <" + name + "> in " + html + " from " + markdown);
            Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
            while (attributes.find()) {
                String attribute = attributes.group(1);
                String value = attributes.group(2);
                assertTrue(ATTRIBUTES.contains(attribute), () -> "attribute " + attribute + " in " + html + " from " + markdown);
                if (attribute.equals("href") || attribute.equals("src")) {
                    assertTrue(value.isEmpty() || value.startsWith("https://") || value.startsWith("http://") || value.startsWith("#"),
                            () -> "link " + value + " in " + html + " from " + markdown);
                }
            }
            if (VOID.contains(name) || !tags.group(4).isEmpty()) {
                continue;
            }
            if (tags.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertEquals(name, open.poll(), () -> "unbalanced </" + name + "> in " + html + " from " + markdown);
            }
        }
        assertFalse(html.substring(end).contains("<"), () -> "a raw '<' in " + html + " from " + markdown);
        assertTrue(open.isEmpty(), () -> "unclosed " + open + " in " + html + " from " + markdown);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
