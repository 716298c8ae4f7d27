package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.model.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The placeholder syntax of messages: {@code {name}} is a placeholder (a Java identifier that is
 * not a keyword), doubled braces are literal braces, any other brace is an error.
 */
final class MessageTemplate {
    private MessageTemplate() {}

    /** The placeholders in order of first appearance, or the first syntax problem. */
    record Parsed(List<String> placeholders, Optional<String> problem) {}

    static Parsed parse(String text) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' || c == '}') {
                if (i + 1 < text.length() && text.charAt(i + 1) == c) {
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    return problem(names, "a lone '}' at character " + (i + 1));
                }
                int end = text.indexOf('}', i + 1);
                if (end < 0) {
                    return problem(names, "the '{' at character " + (i + 1) + " is never closed");
                }
                String name = text.substring(i + 1, end);
                if (!isIdentifier(name)) {
                    return problem(names, "'{" + name + "}' is not a placeholder (a Java identifier)");
                }
                if (JavaNames.isKeyword(name)) {
                    return problem(names, "placeholder '{" + name + "}' is a Java keyword");
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
                i = end + 1;
                continue;
            }
            i++;
        }
        return new Parsed(List.copyOf(names), Optional.empty());
    }

    private static Parsed problem(List<String> names, String problem) {
        return new Parsed(List.copyOf(names), Optional.of(problem));
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }
}
