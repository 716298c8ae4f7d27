package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
    @Test
    void textIsShownAsWrittenOnOneLine() {
        assertEquals("a \\| b \\*c\\* &lt;b&gt; \\[x\\](y)<br>z<br>w", MarkdownWriter.text("a | b *c* <b> [x](y)\nz\r\nw"));
        assertEquals("\\`code\\` \\_u\\_ \\# &amp; \\\\", MarkdownWriter.text("`code` _u_ # & \\"));
    }

    @Test
    void aRegionalLocaleShowsItsLanguagesTextAsJavaDoes() {
        String markdown = MarkdownWriter.markdown(LocaleFallbackTest.regional());
        // columns en, de, de-AT, fr, fr-CA (templates as written): de-AT holds de's text, fr-CA fr's, fr (no text of its own) the default's
        assertTrue(markdown.contains("| 101002 | `ACCOUNT_LOCKED` | Account {user:string} locked after {attempts:int} attempts"
                + " | Konto {user} nach {attempts} Versuchen gesperrt | Konto {user} nach {attempts} Versuchen gesperrt"
                + " | Account {user:string} locked after {attempts:int} attempts | Account {user:string} locked after {attempts:int} attempts |"),
                markdown);
        assertTrue(markdown.contains("| 101001 | `NO_SESSION` | No session {id} for {user} | Keine Sitzung {id} f\u00fcr {user}"
                + " | Ka Sitzung {id} f\u00fcr {user} | Pas de session {id} pour {user} | Pas de session {id} pour {user} |"), markdown);
        assertTrue(markdown.contains("- Title (de-AT): Anmeldefehler\n"), markdown);
        assertTrue(markdown.contains("- Title (fr): Limites\n- Title (fr-CA): Limites\n"), markdown);
    }
}
