package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.diag.Mark;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the part of YAML that catalogs are written in, without the YAML library: block mappings
 * and sequences (compact {@code - key: value} entries and sequences at their key's indentation
 * included), flow collections on one line ({@code {code: 1, name: A}}, {@code [en, de]}), plain and
 * quoted scalars on one line, comments, CRLF line ends.
 *
 * <p>Anything else returns empty and {@link YamlReader} reads the file with the full parser:
 * anchors, aliases, tags, block and multi-line scalars, document markers, directives, tabs,
 * empty values, duplicate keys, unusual characters and every syntax error. So this reader never
 * reports a problem and never decides one; when it answers, its tree is the full parser's tree,
 * marks included ({@code CommonYamlReaderTest} checks that on every fuzz case and real catalog).
 *
 * <p>Why it exists: the processor runs in a fresh class loader in every compilation, so the YAML
 * library's hundred classes were loaded, verified and interpreted cold each time; reading the
 * usual catalog this way measured a fraction of that (see {@code bench/README.md}).
 */
public final class CommonYamlReader {
    private static final int EOF = -1;
    /** Longer implicit keys, block or flow, are not YAML (1,024 characters at most); leave them to the parser's message. */
    private static final int MAX_KEY_LENGTH = 1000;

    private final String file;
    private final String text;
    /** The current line (0-based; {@link #EOF} past the last): where it starts, and where the next one starts. */
    private int line = -1;
    private int lineStart;
    private int nextLineStart;
    private int from;
    private int indent;
    /** Where the current line ends, before its line break. */
    private int end;
    private int depth;
    private long nodes;
    /** Where the last quoted scalar ended (just after its closing quote). */
    private int quotedEnd;
    /**
     * The last column computed on the current line and the index it belongs to: marks are asked
     * for left to right, so each is counted on from the previous one, and a line of 200,000 astral
     * characters costs one pass, not one pass per mark.
     */
    private int columnLine = -1;
    private int columnIndex;
    private int column;

    private CommonYamlReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The tree of {@code text}, or empty if the file uses anything beyond the common part. */
    public static Optional<YamlNode> read(String file, String text) {
        if (!CommonScalars.common(text)) {
            return Optional.empty();
        }
        CommonYamlReader reader = new CommonYamlReader(file, text);
        try {
            reader.advance();
            if (reader.line == EOF) {
                return Optional.empty();
            }
            YamlNode root = reader.blockNode(0);
            return reader.line == EOF ? Optional.of(root) : Optional.empty();
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Moves to the next line with content, skipping blank and comment lines. */
    private void advance() {
        for (line++; nextLineStart < text.length(); line++) {
            int start = nextLineStart;
            int lineBreak = text.indexOf('\n', start);
            // a CR only ever comes before a LF here (CommonScalars.common)
            end = lineBreak < 0 ? text.length() : lineBreak > start && text.charAt(lineBreak - 1) == '\r' ? lineBreak - 1 : lineBreak;
            nextLineStart = lineBreak < 0 ? text.length() : lineBreak + 1;
            lineStart = start;
            if (end - start >= 3 && (text.startsWith("---", start) || text.startsWith("...", start))
                    || end > start && text.charAt(start) == '%') {
                throw new Unsupported();
            }
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i < end && text.charAt(i) != '#') {
                from = i;
                indent = i - start;
                return;
            }
        }
        line = EOF;
        indent = -1;
    }

    private YamlNode blockNode(int minIndent) {
        if (indent < minIndent) {
            throw new Unsupported();
        }
        if (atDash()) {
            return blockSequence(indent);
        }
        YamlNode.Scalar key = key();
        if (key != null) {
            return blockMapping(indent, key);
        }
        throw new Unsupported();
    }

    private boolean atDash() {
        return text.charAt(from) == '-' && (from + 1 == end || text.charAt(from + 1) == ' ');
    }

    private YamlNode.Sequence blockSequence(int ownIndent) {
        enter();
        Mark mark = mark(from);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            from++;
            skipSpaces();
            YamlNode item;
            if (atLineEnd()) {
                advance();
                if (line == EOF || indent <= ownIndent) {
                    throw new Unsupported();
                }
                item = blockNode(ownIndent + 1);
            } else {
                // the rest of the line is the item: its indentation is its column
                indent = from - lineStart;
                YamlNode.Scalar key;
                if (atDash()) {
                    item = blockSequence(indent);
                } else if ((key = key()) != null) {
                    item = blockMapping(indent, key);
                } else {
                    item = inlineValue(ownIndent);
                    advance();
                }
            }
            items.add(item);
            if (line == EOF || indent < ownIndent) {
                break;
            }
            if (indent > ownIndent) {
                throw new Unsupported();
            }
            if (!atDash()) {
                break;
            }
        }
        depth--;
        return new YamlNode.Sequence(items, mark);
    }

    /** A block mapping whose first key, already read, starts it; {@link #from} is after that key's colon. */
    private YamlNode.Mapping blockMapping(int ownIndent, YamlNode.Scalar firstKey) {
        enter();
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        YamlNode.Scalar key = firstKey;
        while (true) {
            if (key == null || !keys.add(key.text())) {
                throw new Unsupported();
            }
            skipSpaces();
            YamlNode value;
            if (atLineEnd()) {
                advance();
                if (line != EOF && indent > ownIndent) {
                    value = blockNode(ownIndent + 1);
                } else if (line != EOF && indent == ownIndent && atDash()) {
                    value = blockSequence(ownIndent);
                } else {
                    throw new Unsupported();
                }
            } else {
                value = inlineValue(ownIndent);
                advance();
            }
            entries.add(new YamlNode.Entry(key, value));
            if (line == EOF || indent < ownIndent) {
                break;
            }
            if (indent > ownIndent) {
                throw new Unsupported();
            }
            key = key();
        }
        depth--;
        return new YamlNode.Mapping(entries, firstKey.mark());
    }

    /**
     * A block mapping's key and its {@code ':'} (followed by a space or the line's end), leaving
     * {@link #from} after the colon; null, with {@code from} unchanged, if the line holds no key here.
     * The mapping's own mark is its first key's.
     */
    private YamlNode.Scalar key() {
        int start = from;
        char c = text.charAt(start);
        YamlNode.Scalar key;
        int colon;
        if (c == '"' || c == '\'') {
            String value = quoted(start);
            colon = quotedEnd;
            if (colon >= end || text.charAt(colon) != ':' || !(colon + 1 == end || text.charAt(colon + 1) == ' ')) {
                return null;
            }
            key = new YamlNode.Scalar(value, false, mark(start));
        } else {
            if (!plainStart(start, false)) {
                return null;
            }
            colon = start;
            while (colon < end && !(text.charAt(colon) == ':' && (colon + 1 == end || text.charAt(colon + 1) == ' '))) {
                char ch = text.charAt(colon);
                if (ch == '#' && text.charAt(colon - 1) == ' ') {
                    return null;
                }
                if (ch == ':' || ch == '[' || ch == ']' || ch == '{' || ch == '}') {
                    throw new Unsupported();
                }
                colon++;
            }
            if (colon == end) {
                return null;
            }
            if (text.charAt(colon - 1) == ' ') {
                throw new Unsupported();
            }
            key = new YamlNode.Scalar(text.substring(start, colon), true, mark(start));
        }
        if (colon - start > MAX_KEY_LENGTH) {
            throw new Unsupported();
        }
        count();
        from = colon + 1;
        return key;
    }

    /**
     * A value that ends its line: a scalar or a flow collection (which may go on over more lines,
     * indented deeper than {@code blockIndent}), then perhaps a comment.
     */
    private YamlNode inlineValue(int blockIndent) {
        char c = text.charAt(from);
        YamlNode value;
        if (c == '[' || c == '{') {
            value = flowNode(blockIndent);
        } else if (c == '"' || c == '\'') {
            int start = from;
            String content = quoted(start);
            from = quotedEnd;
            value = scalar(content, false, start);
        } else {
            value = plainBlockScalar();
        }
        int before = from;
        skipSpaces();
        if (!(from == end || text.charAt(from) == '#' && from > before)) {
            throw new Unsupported();
        }
        return value;
    }

    private YamlNode.Scalar plainBlockScalar() {
        int start = from;
        if (!plainStart(start, false)) {
            throw new Unsupported();
        }
        int last = start;
        int i = start;
        for (; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                throw new Unsupported();
            }
            if (ch == '#' && text.charAt(i - 1) == ' ') {
                break;
            }
            if (ch != ' ') {
                last = i;
            }
        }
        from = last + 1;
        return scalar(text.substring(start, last + 1), true, start);
    }

    /** A flow collection, or a scalar inside one (on one line). */
    private YamlNode flowNode(int blockIndent) {
        char c = from < end ? text.charAt(from) : '\n';
        if (c == '[') {
            return flowSequence(blockIndent);
        }
        if (c == '{') {
            return flowMapping(blockIndent);
        }
        int start = from;
        if (c == '"' || c == '\'') {
            String content = quoted(start);
            from = quotedEnd;
            return scalar(content, false, start);
        }
        if (from >= end || !plainStart(start, true)) {
            throw new Unsupported();
        }
        int last = start;
        int i = start;
        for (; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ']' || ch == '}' || ch == ':') {
                break;
            }
            if (ch == '[' || ch == '{' || ch == '#' || ch == '"' || ch == '\'') {
                throw new Unsupported();
            }
            if (ch != ' ') {
                last = i;
            }
        }
        from = i;
        return scalar(text.substring(start, last + 1), true, start);
    }

    private YamlNode.Sequence flowSequence(int blockIndent) {
        enter();
        Mark mark = mark(from);
        List<YamlNode> items = new ArrayList<>();
        from++;
        flowSpace(blockIndent);
        if (from < end && text.charAt(from) == ']') {
            from++;
        } else {
            while (true) {
                items.add(flowNode(blockIndent));
                flowSpace(blockIndent);
                if (closes(']', blockIndent)) {
                    break;
                }
            }
        }
        depth--;
        return new YamlNode.Sequence(items, mark);
    }

    private YamlNode.Mapping flowMapping(int blockIndent) {
        enter();
        Mark mark = mark(from);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        from++;
        flowSpace(blockIndent);
        if (from < end && text.charAt(from) == '}') {
            from++;
        } else {
            while (true) {
                if (from >= end || text.charAt(from) == '[' || text.charAt(from) == '{') {
                    throw new Unsupported();
                }
                int keyStart = from;
                YamlNode.Scalar key = (YamlNode.Scalar) flowNode(blockIndent);
                if (!keys.add(key.text()) || from - keyStart > MAX_KEY_LENGTH
                        || from + 1 >= end || text.charAt(from) != ':' || text.charAt(from + 1) != ' ') {
                    throw new Unsupported();
                }
                from++;
                flowSpace(blockIndent);
                YamlNode value = flowNode(blockIndent);
                entries.add(new YamlNode.Entry(key, value));
                flowSpace(blockIndent);
                if (closes('}', blockIndent)) {
                    break;
                }
            }
        }
        depth--;
        return new YamlNode.Mapping(entries, mark);
    }

    /** After an item: true past the closing bracket, false past a comma with another item after it. */
    private boolean closes(char bracket, int blockIndent) {
        if (from < end && text.charAt(from) == bracket) {
            from++;
            return true;
        }
        if (from < end && text.charAt(from) == ',') {
            from++;
            flowSpace(blockIndent);
            if (from < end && text.charAt(from) != ']' && text.charAt(from) != '}' && text.charAt(from) != ',') {
                return false;
            }
        }
        throw new Unsupported();
    }

    private boolean plainStart(int i, boolean flow) {
        return CommonScalars.plainStart(text, i, end, flow);
    }

    /** A quoted scalar's content, leaving {@link #quotedEnd} just after its closing quote. */
    private String quoted(int start) {
        CommonScalars.Quoted quoted = text.charAt(start) == '"'
                ? CommonScalars.doubleQuoted(text, start, end)
                : CommonScalars.singleQuoted(text, start, end);
        if (quoted == null) {
            throw new Unsupported();
        }
        quotedEnd = quoted.end();
        return quoted.value();
    }

    private YamlNode.Scalar scalar(String content, boolean plain, int start) {
        count();
        return new YamlNode.Scalar(content, plain, mark(start));
    }

    /**
     * Spaces inside a flow collection, which may include the line's end (and a comment): the
     * collection then goes on at the next line with content, which must be indented deeper than
     * the block it is in.
     */
    private void flowSpace(int blockIndent) {
        skipSpaces();
        if (from < end && !atLineEnd()) {
            return;
        }
        advance();
        if (line == EOF || indent <= blockIndent) {
            throw new Unsupported();
        }
    }

    private void skipSpaces() {
        while (from < end && text.charAt(from) == ' ') {
            from++;
        }
    }

    /** At the line's end or at a comment (which YAML only starts after a space). */
    private boolean atLineEnd() {
        return from == end || text.charAt(from) == '#' && text.charAt(from - 1) == ' ';
    }

    private void enter() {
        if (++depth >= YamlReader.MAX_DEPTH - 1) {
            throw new Unsupported();
        }
        count();
    }

    private void count() {
        if (++nodes > YamlReader.MAX_EXPANDED_NODES) {
            throw new Unsupported();
        }
    }

    /** The 1-based line and column (in code points, as the parser counts) of a character of the current line. */
    private Mark mark(int index) {
        if (columnLine != line || index < columnIndex) {
            columnLine = line;
            columnIndex = lineStart;
            column = 0;
        }
        column += text.codePointCount(columnIndex, index);
        columnIndex = index;
        return new Mark(file, line + 1, column + 1);
    }

    /** Thrown at the first thing this reader leaves to the full parser. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
