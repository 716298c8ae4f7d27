package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
    @Test
    void textIsShownAsWrittenOnOneLine() {
        assertEquals("a \\| b \\*c\\* &lt;b&gt; \\[x\\](y)<br>z<br>w", MarkdownWriter.text("a | b *c* <b> [x](y)\nz\r\nw"));
        assertEquals("\\`code\\` \\_u\\_ \\# &amp; \\\\", MarkdownWriter.text("`code` _u_ # & \\"));
    }
}
