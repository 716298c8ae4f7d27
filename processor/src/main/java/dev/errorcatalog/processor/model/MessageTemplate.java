package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The placeholder syntax of messages: {@code {name}} or {@code {name:type}} is a placeholder (a
 * Java identifier that is not a keyword, optionally a type after a colon), doubled braces are
 * literal braces, {@code {name, plural, …}} and {@code {name, select, …}} are blocks
 * ({@link IcuMessage}), any other brace is an error. Whether the type is a known one is for the
 * caller to judge, so that it can say so with its own diagnostic.
 */
public final class MessageTemplate {
    private MessageTemplate() {}

    /** How a variable appears: a plain placeholder, or the subject of a plural or select block. */
    public enum Kind { PLAIN, PLURAL, SELECT }

    /**
     * One appearance of a placeholder.
     *
     * @param type as written after the colon; empty when untyped
     * @param offset where its '{' is in the text, 0-based
     */
    public record Placeholder(String name, String type, int offset, Kind kind) {
        public Placeholder(String name, String type, int offset) {
            this(name, type, offset, Kind.PLAIN);
        }
    }

    /**
     * Every placeholder appearance in order (a block's variable before those in its branches), or
     * the first syntax problem.
     *
     * @param tree the text as {@link IcuMessage} reads it; empty after a problem
     */
    public record Parsed(List<Placeholder> appearances, Optional<String> problem, Optional<IcuMessage.Problem> where,
            List<IcuMessage.Part> tree) {
        /** The distinct names, in order of first appearance. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (Placeholder p : appearances) {
                if (!names.contains(p.name())) {
                    names.add(p.name());
                }
            }
            return List.copyOf(names);
        }

        /** Whether the text has a plural or select block. */
        public boolean hasBlocks() {
            return appearances.stream().anyMatch(p -> p.kind() != Kind.PLAIN);
        }
    }

    public static Parsed parse(String text) {
        IcuMessage.Parsed parsed = IcuMessage.parse(text);
        if (parsed.problem().isPresent()) {
            return new Parsed(List.of(), Optional.of(parsed.problem().get().text()), parsed.problem(), List.of());
        }
        List<Placeholder> found = new ArrayList<>();
        for (IcuMessage.Part part : IcuMessage.arguments(parsed.parts())) {
            if (part instanceof IcuMessage.Argument a) {
                found.add(new Placeholder(a.name(), a.type(), a.offset(), Kind.PLAIN));
            } else if (part instanceof IcuMessage.Block b) {
                found.add(new Placeholder(b.name(), b.type(), b.offset(), b.plural() ? Kind.PLURAL : Kind.SELECT));
            }
        }
        return new Parsed(List.copyOf(found), Optional.empty(), Optional.empty(), parsed.parts());
    }

    /**
     * The text with every {@code {name:type}} written {@code {name}} (and {@code {count:long, plural, …}}
     * written {@code {count, plural, …}}): the template the generated {@code message()} returns.
     * Call it only on a text that {@link #parse} accepted.
     */
    public static String withoutTypes(String text) {
        if (text.indexOf(':') < 0) {
            // no type can be written without a colon: most messages, and every generator and writer asks
            return text;
        }
        IcuMessage.Parsed parsed = IcuMessage.parse(text);
        List<int[]> spans = new ArrayList<>();
        for (IcuMessage.Part part : IcuMessage.arguments(parsed.parts())) {
            if (part instanceof IcuMessage.Argument a && a.typeStart() >= 0) {
                spans.add(new int[] {a.typeStart(), a.typeEnd()});
            } else if (part instanceof IcuMessage.Block b && b.typeStart() >= 0) {
                spans.add(new int[] {b.typeStart(), b.typeEnd()});
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int[] span : spans) {
            out.append(text, from, span[0]);
            from = span[1];
        }
        return out.append(text, from, text.length()).toString();
    }

}
