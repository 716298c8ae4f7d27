package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The placeholder syntax of messages: {@code {name}} or {@code {name:type}} is a placeholder (a
 * Java identifier that is not a keyword, optionally a type after a colon), doubled braces are
 * literal braces, any other brace is an error. Whether the type is a known one is for the caller
 * to judge, so that it can say so with its own diagnostic.
 */
public final class MessageTemplate {
    private MessageTemplate() {}

    /**
     * One appearance of a placeholder.
     *
     * @param type as written after the colon; empty when untyped
     * @param offset where its '{' is in the text, 0-based
     */
    public record Placeholder(String name, String type, int offset) {}

    /** Every placeholder appearance in order, or the first syntax problem. */
    public record Parsed(List<Placeholder> appearances, Optional<String> problem) {
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
    }

    public static Parsed parse(String text) {
        List<Placeholder> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                if (i + 1 < text.length() && text.charAt(i + 1) == c) {
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    return problem(found, "a lone '}' at character " + (i + 1));
                }
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    return problem(found, "the '{' at character " + (i + 1) + " is never closed");
                }
                String inside = text.substring(i + 1, end);
                int colon = inside.indexOf(':');
                String name = colon < 0 ? inside : inside.substring(0, colon);
                if (!isIdentifier(name)) {
                    return problem(found, "'{" + inside + "}' is not a placeholder (a Java identifier, optionally ':' and a type)");
                }
                if (JavaNames.isKeyword(name)) {
                    return problem(found, "placeholder '{" + name + "}' is a Java keyword");
                }
                found.add(new Placeholder(name, colon < 0 ? "" : inside.substring(colon + 1), i));
                i = end + 1;
                continue;
            }
            i++;
        }
        return new Parsed(List.copyOf(found), Optional.empty());
    }

    /**
     * The text with every {@code {name:type}} written {@code {name}}: the template the generated
     * {@code message()} returns. Call it only on a text that {@link #parse} accepted.
     */
    public static String withoutTypes(String text) {
        if (text.indexOf(':') < 0) {
            // no type can be written without a colon: most messages, and every generator and writer asks
            return text;
        }
        Parsed parsed = parse(text);
        if (parsed.appearances().stream().allMatch(p -> p.type().isEmpty())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Placeholder p : parsed.appearances()) {
            int nameEnd = p.offset() + 1 + p.name().length();
            out.append(text, from, nameEnd).append('}');
            from = text.indexOf('}', nameEnd) + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static Parsed problem(List<Placeholder> found, String problem) {
        return new Parsed(List.copyOf(found), Optional.of(problem));
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }
}
