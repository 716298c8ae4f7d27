package dev.errorcatalog.processor.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An explanation is CommonMark, parsed and rendered by commonmark-java for every output. Raw HTML in
 * it is text, never markup: the HTML renderer escapes it, and before Markdown is written again each
 * HTML node becomes a text node (which the Markdown renderer escapes). A link goes only to an
 * {@code http}/{@code https} URL or an anchor ({@code #304900}): the rules reject others, and the
 * renderers drop them too, so a catalog that skipped validation still makes an inert page.
 */
public final class ExplanationText {
    private static final Parser PARSER = Parser.builder().build();
    private static final UrlSanitizer ONLY_WEB_AND_ANCHORS = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            return safeLink(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safeLink(url) ? url : "";
        }
    };
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(ONLY_WEB_AND_ANCHORS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private ExplanationText() {}

    /** HTML to place inside an element: block elements, every raw tag escaped, unsafe links emptied. */
    public static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    /** Plain text for a terminal: links as {@code "text" (url)}, blocks separated by blank lines. */
    public static String plain(String markdown) {
        return PLAIN.render(PARSER.parse(markdown)).strip();
    }

    /** Markdown again, with raw HTML turned into escaped text and unsafe links pointed nowhere. */
    public static String markdown(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node);
            }

            @Override
            public void visit(Link link) {
                link.setDestination(safeLink(link.getDestination()) ? link.getDestination() : "#");
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(safeLink(image.getDestination()) ? image.getDestination() : "#");
                visitChildren(image);
            }
        });
        for (Node node : html) {
            if (node instanceof HtmlBlock block) {
                Paragraph paragraph = new Paragraph();
                paragraph.appendChild(new Text(block.getLiteral().strip()));
                node.insertBefore(paragraph);
            } else {
                node.insertBefore(new Text(((HtmlInline) node).getLiteral()));
            }
            node.unlink();
        }
        return MARKDOWN.render(document).strip();
    }

    /** Whether a link may appear on a page: an http or https URL, or an anchor of the page itself. */
    public static boolean safeLink(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || (url.startsWith("#") && !url.contains(":"));
    }
}
