package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.docs.html.Html;
import dev.errorcatalog.processor.docs.typescript.TypeScriptText;
import org.junit.jupiter.api.Test;

/** The client outputs' escapers, without the tools (the browser and tsc tests prove the same end to end). */
class ClientEscapersTest {
    @Test
    void htmlTextAndAttributes() {
        assertEquals("&lt;b&gt; &amp;amp; \"q\" 'a' &#13;\n \ufffd 中文 \u2028", Html.text("<b> &amp; \"q\" 'a' \r\n \u0000 中文 \u2028"));
        assertEquals("&lt;/script&gt; &quot;x&quot; &#39;y&#39; &#13;", Html.attribute("</script> \"x\" 'y' \r"));
    }

    @Test
    void typeScriptLiteralsKeysAndComments() {
        assertEquals("\"a\\\"b\\\\c\\n\\u2028\\u4e2d\"", TypeScriptText.string("a\"b\\c\n\u2028中"));
        assertEquals("NO_SESSION", TypeScriptText.key("NO_SESSION"));
        assertEquals("\"zh-CN\"", TypeScriptText.key("zh-CN"));
        assertEquals("\"\\u540d\\u524d\"", TypeScriptText.key("名前"));
        assertEquals("\"-1\"", TypeScriptText.codeKey(-1));
        assertEquals("304900", TypeScriptText.codeKey(304900));
        assertEquals("ends *\\/ here &#64;param x  y \\u202e z", TypeScriptText.comment("ends */ here @param x\r\ny \u202e z\u0000"));
    }
}
