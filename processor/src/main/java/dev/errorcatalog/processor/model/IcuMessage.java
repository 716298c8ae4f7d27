package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Suggestions;
import dev.errorcatalog.processor.model.plural.PluralRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message text read as a tree: literal text, <code>{name}</code>/<code>{name:type}</code> placeholders, and
 * ICU MessageFormat's <code>{name, plural, one {…} other {…}}</code> and <code>{name, select, …}</code>
 * blocks (contract 5.1). Doubled braces are literal braces; inside a branch a <code>}}</code> is a
 * literal brace only while a literal <code>{{</code> of the branch is open, so the common ending
 * <code>other {# orders}}</code> closes the branch and then the block. {@code #} in a plural branch
 * (and in select branches inside it) shows the innermost plural's number; elsewhere it is text.
 * The generated Java and the TypeScript module scan texts by the same rules.
 */
public final class IcuMessage {
    /** Blocks inside blocks: at most this many levels. */
    public static final int MAX_DEPTH = 4;

    private static final Pattern SELECT_WORD = Pattern.compile("[a-z][a-zA-Z0-9]*(-[a-z0-9]+)*");
    private static final Pattern EXACT = Pattern.compile("=(0|[1-9][0-9]{0,17})");

    private IcuMessage() {}

    public sealed interface Part {}

    /** Literal text, braces already single. */
    public record Text(String text) implements Part {}

    /** {@code #} in a plural branch. */
    public record Hash(int offset) implements Part {}

    /**
     * {@code {name}} or {@code {name:type}}.
     *
     * @param typeStart where the ':' is, or -1; {@code typeEnd} is where the type ends
     */
    public record Argument(String name, String type, int offset, int typeStart, int typeEnd) implements Part {}

    /** {@code {name[:type], plural|select, selector {…} …}}. */
    public record Block(String name, String type, boolean plural, int offset, int typeStart, int typeEnd, List<Branch> branches)
            implements Part {
        public Optional<Branch> branch(String selector) {
            return branches.stream().filter(b -> b.selector().equals(selector)).findFirst();
        }
    }

    /** One {@code selector {text}} of a block. */
    public record Branch(String selector, int offset, List<Part> parts) {}

    /**
     * @param offset 0-based character of the text where it is; {@code inBlock} says whether the
     *     problem is in plural/select syntax (its own diagnostic) or in plain placeholder syntax
     */
    public record Problem(String text, int offset, boolean inBlock) {}

    public record Parsed(List<Part> parts, Optional<Problem> problem) {}

    public static Parsed parse(String text) {
        Parser parser = new Parser(text);
        try {
            List<Part> parts = parser.sequence(0, false, 0);
            return new Parsed(parts, Optional.empty());
        } catch (ProblemFound e) {
            return new Parsed(List.of(), Optional.of(e.problem));
        }
    }

    /** Every argument and block, depth first in text order. */
    public static List<Part> arguments(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        collect(parts, out);
        return out;
    }

    private static void collect(List<Part> parts, List<Part> out) {
        for (Part part : parts) {
            if (part instanceof Argument) {
                out.add(part);
            } else if (part instanceof Block block) {
                out.add(block);
                block.branches().forEach(b -> collect(b.parts(), out));
            }
        }
    }

    private static final class ProblemFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        ProblemFound(Problem problem) {
            super(problem.text(), null, false, false);
            this.problem = problem;
        }
    }

    private static final class Parser {
        private final String text;
        private int i;

        Parser(String text) {
            this.text = text;
        }

        private ProblemFound problem(String message, int offset, boolean inBlock) {
            return new ProblemFound(new Problem(message, offset, inBlock));
        }

        /**
         * Reads parts up to the end (depth 0) or to the '}' that closes a branch, left at that '}'.
         *
         * @param depth how many blocks enclose this text
         */
        List<Part> sequence(int depth, boolean inPlural, int branchOpen) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int openLiterals = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
                if (c == '{' && doubled) {
                    literal.append('{');
                    openLiterals++;
                    i += 2;
                } else if (c == '}' && doubled && (depth == 0 || openLiterals > 0)) {
                    literal.append('}');
                    openLiterals = Math.max(0, openLiterals - 1);
                    i += 2;
                } else if (c == '}') {
                    if (depth == 0) {
                        throw problem("a lone '}' at character " + (i + 1), i, false);
                    }
                    break;
                } else if (c == '#' && inPlural) {
                    flush(literal, parts);
                    parts.add(new Hash(i));
                    i++;
                } else if (c == '{') {
                    flush(literal, parts);
                    parts.add(argument(depth, inPlural));
                } else {
                    literal.append(c);
                    i++;
                }
            }
            if (depth > 0 && i >= text.length()) {
                throw problem("the branch opened at character " + (branchOpen + 1) + " is never closed", branchOpen, true);
            }
            flush(literal, parts);
            return parts;
        }

        private static void flush(StringBuilder literal, List<Part> parts) {
            if (literal.length() > 0) {
                parts.add(new Text(literal.toString()));
                literal.setLength(0);
            }
        }

        /** At a single '{': a placeholder or a block; leaves {@code i} after its '}'. */
        private Part argument(int depth, boolean inPlural) {
            int open = i;
            int close = text.indexOf('}', open + 1);
            int comma = text.indexOf(',', open + 1);
            if (close < 0 && comma < 0) {
                throw problem("the '{' at character " + (open + 1) + " is never closed", open, depth > 0);
            }
            boolean block = comma >= 0 && (close < 0 || comma < close) && text.substring(open + 1, comma).indexOf('{') < 0;
            String head = text.substring(open + 1, block ? comma : close);
            String inside = block ? head.trim() : head;
            int colon = inside.indexOf(':');
            String name = colon < 0 ? inside : inside.substring(0, colon);
            if (!isIdentifier(name)) {
                if (block) {
                    throw problem("'{" + head + ",' at character " + (open + 1) + " does not start with a variable name (a Java identifier)", open, true);
                }
                throw problem("'{" + inside + "}' is not a placeholder (a Java identifier, optionally ':' and a type)", open, depth > 0);
            }
            if (JavaNames.isKeyword(name)) {
                throw problem("placeholder '{" + name + "}' is a Java keyword", open, depth > 0);
            }
            String type = colon < 0 ? "" : inside.substring(colon + 1);
            int headStart = open + 1 + (head.length() - head.stripLeading().length());
            int typeStart = colon < 0 ? -1 : headStart + colon;
            int typeEnd = colon < 0 ? -1 : headStart + inside.length();
            if (!block) {
                i = close + 1;
                return new Argument(name, type, open, typeStart, typeEnd);
            }
            return block(open, name, type, typeStart, typeEnd, comma, depth, inPlural);
        }

        private Block block(int open, String name, String type, int typeStart, int typeEnd, int comma, int depth, boolean inPlural) {
            if (depth + 1 > MAX_DEPTH) {
                throw problem("the block {" + name + "} at character " + (open + 1) + " is nested " + (depth + 1)
                        + " deep; blocks nest at most " + MAX_DEPTH + " deep", open, true);
            }
            int kindEnd = text.indexOf(',', comma + 1);
            int braceAfter = text.indexOf('}', comma + 1);
            if (kindEnd < 0 || (braceAfter >= 0 && braceAfter < kindEnd)) {
                throw problem("the block {" + name + "} at character " + (open + 1) + " needs ', plural,' or ', select,' after its name", open, true);
            }
            String kind = text.substring(comma + 1, kindEnd).trim();
            if (!kind.equals("plural") && !kind.equals("select")) {
                throw problem("'" + kind + "' in the block {" + name + "} at character " + (open + 1)
                        + " is not a kind of block; write 'plural' or 'select'" + Suggestions.didYouMean(kind, List.of("plural", "select")), open, true);
            }
            boolean plural = kind.equals("plural");
            i = kindEnd + 1;
            List<Branch> branches = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (i >= text.length()) {
                    throw problem("the block {" + name + "} at character " + (open + 1) + " is never closed", open, true);
                }
                if (text.charAt(i) == '}') {
                    i++;
                    break;
                }
                int selectorStart = i;
                while (i < text.length() && text.charAt(i) != '{' && text.charAt(i) != '}' && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                String selector = text.substring(selectorStart, i);
                checkSelector(selector, selectorStart, name, plural);
                if (branches.stream().anyMatch(b -> b.selector().equals(selector))) {
                    throw problem("the block {" + name + "} has two '" + selector + "' branches (the second at character "
                            + (selectorStart + 1) + ")", selectorStart, true);
                }
                skipSpaces();
                if (i >= text.length() || text.charAt(i) != '{') {
                    throw problem("the branch '" + selector + "' at character " + (selectorStart + 1) + " of the block {" + name
                            + "} needs its text in braces: " + selector + " {…}", selectorStart, true);
                }
                int branchOpen = i;
                i++;
                List<Part> parts = sequence(depth + 1, plural || inPlural, branchOpen);
                i++; // the branch's '}'
                branches.add(new Branch(selector, selectorStart, List.copyOf(parts)));
            }
            if (branches.stream().noneMatch(b -> b.selector().equals("other"))) {
                throw problem("the " + (plural ? "plural" : "select") + " block {" + name + "} at character " + (open + 1)
                        + " has no 'other' branch, which every block needs", open, true);
            }
            return new Block(name, type, plural, open, typeStart, typeEnd, List.copyOf(branches));
        }

        private void checkSelector(String selector, int at, String name, boolean plural) {
            if (selector.isEmpty()) {
                throw problem("a branch of the block {" + name + "} at character " + (at + 1) + " has no selector", at, true);
            }
            if (plural && !EXACT.matcher(selector).matches() && !PluralRules.CATEGORIES.contains(selector)) {
                throw problem("'" + selector + "' at character " + (at + 1) + " of the plural block {" + name
                        + "} is not a plural category (" + String.join(", ", PluralRules.CATEGORIES) + ") or an exact match such as '=0'"
                        + Suggestions.didYouMean(selector, PluralRules.CATEGORIES), at, true);
            }
            if (!plural && !SELECT_WORD.matcher(selector).matches()) {
                throw problem("'" + selector + "' at character " + (at + 1) + " of the select block {" + name
                        + "} is not a lower-kebab or lowerCamel word", at, true);
            }
        }

        private void skipSpaces() {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }
}
