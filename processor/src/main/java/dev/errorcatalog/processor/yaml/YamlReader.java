package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.diag.Mark;
import dev.errorcatalog.processor.diag.Diagnostic;
import dev.errorcatalog.processor.diag.DiagnosticKind;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a catalog file into a {@link YamlNode} tree, safely.
 *
 * <p>It consumes the parser's event stream itself instead of composing the parser's nodes: no tag
 * can construct anything (tags are checked against a short whitelist), the tree is built with an
 * explicit stack (a deeply nested file cannot overflow the Java stack), and aliases are counted by
 * the size of what they expand to, so a "billion laughs" file stops after a few thousand events.
 * Scalars keep their text: YAML 1.2 semantics, nothing is converted to numbers or booleans here.
 */
public final class YamlReader {
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_EXPANDED_NODES = 3_000_000;

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED_TAGS = Set.of(
            "!", YAML_TAG_PREFIX + "str", YAML_TAG_PREFIX + "int", YAML_TAG_PREFIX + "float",
            YAML_TAG_PREFIX + "bool", YAML_TAG_PREFIX + "null", YAML_TAG_PREFIX + "map",
            YAML_TAG_PREFIX + "seq");

    /** The tree, if the file could be read, and every problem found on the way. */
    public record Result(Optional<YamlNode> root, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final String file;
    /** False only in tests that compare the two readers: then every file goes through the parser. */
    private final boolean commonSubset;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Built> anchors = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long expandedNodes;
    private Built root;
    /** Set once the text is decoded; the parser's reader, once parsing starts (where it stopped, if it fails). */
    private Escapes escapes;
    private StreamReader reader;

    private YamlReader(String file, boolean commonSubset) {
        this.file = file;
        this.commonSubset = commonSubset;
    }

    /** Reads {@code bytes}; {@code file} is the name used in every mark (as the user wrote it). */
    public static Result read(String file, byte[] bytes) {
        return new YamlReader(file, true).run(bytes);
    }

    /** Reads {@code bytes} with the YAML parser alone, never {@link CommonYamlReader}: what that one is compared with. */
    public static Result readWithParser(String file, byte[] bytes) {
        return new YamlReader(file, false).run(bytes);
    }

    private Result run(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failure(Diagnostic.of(DiagnosticKind.FILE_TOO_LARGE, Mark.ofFile(file), (long) bytes.length, (long) MAX_BYTES));
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (MalformedInputException e) {
            return failure(Utf8.invalid(file, bytes));
        } catch (CharacterCodingException e) {
            return failure(Diagnostic.of(DiagnosticKind.FILE_UNREADABLE, Mark.ofFile(file), file, e.toString()));
        }
        int nextLine = text.indexOf(0x85);
        if (nextLine >= 0) {
            // snakeyaml-engine treats U+0085 as a line break (YAML 1.1) and can fold it away;
            // refuse it rather than silently change a message.
            return failure(Diagnostic.of(DiagnosticKind.YAML_SYNTAX, markAt(text, nextLine),
                    "a raw U+0085 (NEXT LINE) character, which the YAML parser may drop; write it as \\N in a double-quoted string"));
        }
        if (commonSubset) {
            // the usual catalog, without loading the YAML library; anything unusual goes on below
            Optional<YamlNode> common = CommonYamlReader.read(file, text);
            if (common.isPresent()) {
                return new Result(common, diagnostics);
            }
        }
        escapes = new Escapes(file, text);
        try {
            parse(text);
        } catch (MarkedYamlEngineException e) {
            diagnostics.add(syntaxError(e));
            return new Result(Optional.empty(), diagnostics);
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.YAML_SYNTAX, Mark.ofFile(file), e.getMessage()));
            return new Result(Optional.empty(), diagnostics);
        } catch (LimitReached e) {
            return new Result(Optional.empty(), diagnostics);
        } catch (NumberFormatException e) {
            // snakeyaml-engine 3.2 parses the hex digits of the x, u and U escapes into an int without
            // checking that the file has them, or that they fit: \U80000000 and a file that ends right
            // after the backslash and letter both fail this way; the reader stopped on the digits
            diagnostics.add(escapes.outOfRange(reader.getIndex(), reader.getLine(), reader.getColumn())
                    .orElseGet(() -> Diagnostic.of(DiagnosticKind.YAML_SYNTAX, markAt(text, text.length()),
                            "the file ends inside an escape sequence of a double-quoted string (\\x, \\u and \\U take 2, 4 and 8 hex digits)")));
            return new Result(Optional.empty(), diagnostics);
        }
        if (diagnostics.stream().anyMatch(d -> d.kind() == DiagnosticKind.YAML_TAG || d.kind() == DiagnosticKind.LONE_SURROGATE)) {
            // A tagged file is not a catalog (often a deserialisation gadget): checking the shape of
            // what the tags wrap would only add wrong-type and unknown-key errors caused by them. A lone
            // surrogate would be carried into those messages and into every output: stop here too.
            return new Result(Optional.empty(), diagnostics);
        }
        return new Result(Optional.ofNullable(root).map(Built::node), diagnostics);
    }

    private Result failure(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
        return new Result(Optional.empty(), diagnostics);
    }

    /** The 1-based line and column of a character of the decoded text. */
    private Mark markAt(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        return new Mark(file, line, text.codePointCount(lineStart, index) + 1);
    }

    private Diagnostic syntaxError(MarkedYamlEngineException e) {
        // \U00110000 to \U7FFFFFFF: "found unknown escape character", at the digits
        Optional<Diagnostic> outOfRange = e.getProblemMark()
                .flatMap(m -> escapes.outOfRange(m.getIndex(), m.getLine(), m.getColumn()));
        if (outOfRange.isPresent()) {
            return outOfRange.get();
        }
        Mark mark = e.getProblemMark().map(this::mark).orElse(Mark.ofFile(file));
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = e.getContext();
        String where = e.getContextMark().map(m -> " started at " + mark(m).lineText()).orElse("");
        String message = context == null ? problem : problem + " (" + context + where + ")";
        // one diagnostic, one line: the parser's texts sometimes hold a line break
        message = message.replaceAll("\\s*\\R\\s*", " ").strip();
        return Diagnostic.of(DiagnosticKind.YAML_SYNTAX, mark, message);
    }

    private Mark mark(org.snakeyaml.engine.v2.exceptions.Mark mark) {
        return new Mark(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Mark mark(Event event) {
        return event.getStartMark().map(this::mark).orElse(Mark.ofFile(file));
    }

    private void parse(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(MAX_BYTES)
                .setParseComments(false)
                .build();
        int documents = 0;
        reader = new StreamReader(settings, text);
        ParserImpl parser = new ParserImpl(settings, reader);
        while (parser.hasNext()) {
            Event event = parser.next();
            switch (event.getEventId()) {
                case DocumentStart -> {
                    documents++;
                    if (documents > 1) {
                        diagnostics.add(Diagnostic.of(DiagnosticKind.YAML_SYNTAX, mark(event),
                                "a catalog is a single YAML document; remove the second '---' and what follows"));
                        return;
                    }
                }
                case Scalar -> onScalar((ScalarEvent) event);
                case SequenceStart, MappingStart -> onCollectionStart((CollectionStartEvent) event);
                case SequenceEnd, MappingEnd -> onCollectionEnd();
                case Alias -> onAlias((AliasEvent) event);
                default -> {
                    // stream and document boundaries, comments: nothing to build
                }
            }
        }
    }

    private void onScalar(ScalarEvent event) {
        Mark mark = mark(event);
        checkTag(event.getTag(), mark);
        Optional<String> lone = event.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                ? Escapes.loneSurrogateIn(event.getValue()) : Optional.empty();
        if (lone.isPresent()) {
            // only an escape makes one (a UTF-8 file cannot hold a lone surrogate): point at it
            int index = event.getStartMark().map(m -> m.getIndex()).orElse(-1);
            diagnostics.add(escapes.loneSurrogate(index, mark.line(), mark.column())
                    .orElseGet(() -> Escapes.loneSurrogate(mark, lone.get())));
        }
        var node = new YamlNode.Scalar(event.getValue(), event.isPlain(), mark);
        count(1, mark);
        deliver(anchor(event, new Built(node, 1)));
    }

    private void onCollectionStart(CollectionStartEvent event) {
        Mark mark = mark(event);
        checkTag(event.getTag(), mark);
        if (stack.size() >= MAX_DEPTH) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.YAML_LIMIT, mark,
                    "the file nests deeper than " + MAX_DEPTH + " levels; a catalog needs five"));
            throw new LimitReached();
        }
        count(1, mark);
        boolean mapping = event.getEventId() == Event.ID.MappingStart;
        stack.push(new Frame(mapping, mark, event.getAnchor().map(Anchor::getValue).orElse(null)));
    }

    private void onCollectionEnd() {
        Frame frame = stack.pop();
        YamlNode node = frame.mapping
                ? new YamlNode.Mapping(frame.entries, frame.mark)
                : new YamlNode.Sequence(frame.items, frame.mark);
        Built built = new Built(node, frame.size + 1);
        if (frame.anchor != null) {
            anchors.put(frame.anchor, built);
        }
        deliver(built);
    }

    private void onAlias(AliasEvent event) {
        Mark mark = mark(event);
        String name = event.getAlias().getValue();
        Built target = anchors.get(name);
        if (target == null) {
            // Either never defined, or an alias to a collection that is still open: a cycle.
            diagnostics.add(Diagnostic.of(DiagnosticKind.YAML_SYNTAX, mark,
                    "alias '*" + name + "' refers to no finished anchor (undefined, or a recursive structure)"));
            throw new LimitReached();
        }
        count(target.size, mark);
        deliver(target);
    }

    private Built anchor(NodeEvent event, Built built) {
        event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), built));
        return built;
    }

    private void count(long nodes, Mark mark) {
        expandedNodes += nodes;
        if (expandedNodes > MAX_EXPANDED_NODES) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.YAML_LIMIT, mark,
                    String.format(java.util.Locale.ROOT,
                            "the file expands to more than %,d values (through aliases or sheer size); the limit guards against alias bombs",
                            MAX_EXPANDED_NODES)));
            throw new LimitReached();
        }
    }

    private void checkTag(Optional<String> tag, Mark mark) {
        if (tag.isPresent() && !ALLOWED_TAGS.contains(tag.get())) {
            String shown = tag.get().startsWith(YAML_TAG_PREFIX)
                    ? "!!" + tag.get().substring(YAML_TAG_PREFIX.length())
                    : tag.get();
            diagnostics.add(Diagnostic.of(DiagnosticKind.YAML_TAG, mark, shown));
        }
    }

    private void deliver(Built built) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = built;
            return;
        }
        parent.size += built.size;
        if (!parent.mapping) {
            parent.items.add(built.node);
        } else if (parent.pendingKey == null && !parent.discardNextValue) {
            acceptKey(parent, built.node);
        } else {
            if (!parent.discardNextValue) {
                parent.entries.add(new YamlNode.Entry(parent.pendingKey, built.node));
            }
            parent.pendingKey = null;
            parent.discardNextValue = false;
        }
    }

    private void acceptKey(Frame frame, YamlNode key) {
        if (!(key instanceof YamlNode.Scalar scalar)) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.COMPLEX_KEY, key.mark(), key.describe()));
            frame.discardNextValue = true;
            return;
        }
        Mark first = frame.keys.putIfAbsent(scalar.text(), scalar.mark());
        if (first != null) {
            diagnostics.add(Diagnostic.of(DiagnosticKind.DUPLICATE_KEY, scalar.mark(), scalar.text(), first.lineText()));
            frame.discardNextValue = true;
            return;
        }
        frame.pendingKey = scalar;
    }

    /** A finished node and how many nodes it stands for once aliases are expanded. */
    private record Built(YamlNode node, long size) {}

    /** A collection being read. */
    private static final class Frame {
        final boolean mapping;
        final Mark mark;
        final String anchor;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlNode.Entry> entries = new ArrayList<>();
        final Map<String, Mark> keys = new HashMap<>();
        YamlNode.Scalar pendingKey;
        boolean discardNextValue;
        long size;

        Frame(boolean mapping, Mark mark, String anchor) {
            this.mapping = mapping;
            this.mark = mark;
            this.anchor = anchor;
        }
    }

    /** Thrown to stop reading once a limit is hit; the diagnostic is already recorded. */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super(null, null, false, false);
        }
    }
}
