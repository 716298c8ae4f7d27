package dev.errorcatalog.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A tiny YAML tree for the fuzz test and a writer that serialises it in randomly chosen but always
 * faithful styles: block or flow collections, plain, single-quoted, double-quoted or literal block
 * scalars. A tree is {@code Map<String, Object>} (insertion order), {@code List<Object>}, {@link String}
 * scalars, and {@link Raw} text written verbatim (tags, anchors, aliases: what mutations inject).
 */
final class FuzzYaml {
    private FuzzYaml() {}

    /** YAML text written as is where a value goes; single line. */
    record Raw(String text) {}

    /** A node written in flow style after a prefix: a tag ({@code !!str}) or an anchor ({@code &a}). */
    record Decorated(String prefix, Object node) {}

    /** Words a plain scalar must not be: YAML 1.2 nulls and booleans. */
    private static final List<String> SPECIAL_PLAIN = List.of("null", "Null", "NULL", "~", "true", "True", "TRUE",
            "false", "False", "FALSE");

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    /** A deep copy: mutations change copies, never the valid original. */
    @SuppressWarnings("unchecked")
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = map();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return out;
        }
        return node;
    }

    static String write(Object root, Random random) {
        Writer writer = new Writer(random);
        if (root instanceof Map<?, ?> m && !m.isEmpty()) {
            writer.blockMapping(m, 0);
        } else if (root instanceof List<?> l && !l.isEmpty()) {
            writer.blockSequence(l, 0);
        } else {
            writer.out.append(writer.flow(root)).append('\n');
        }
        return writer.out.toString();
    }

    private static final class Writer {
        final Random random;
        final StringBuilder out = new StringBuilder();

        Writer(Random random) {
            this.random = random;
        }

        void indent(int n) {
            out.append(" ".repeat(n));
        }

        void blockMapping(Map<?, ?> map, int indent) {
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    indent(indent);
                }
                first = false;
                out.append(scalar(String.valueOf(entry.getKey()), true, true)).append(':');
                value(entry.getValue(), indent);
            }
        }

        /** After "key:" in a block mapping. */
        void value(Object value, int indent) {
            if (value instanceof Map<?, ?> m && !m.isEmpty() && random.nextInt(4) != 0) {
                out.append('\n');
                indent(indent + 2);
                blockMapping(m, indent + 2);
            } else if (value instanceof List<?> l && !l.isEmpty() && random.nextInt(4) != 0) {
                out.append('\n');
                int inner = random.nextBoolean() ? indent : indent + 2;
                indent(inner);
                blockSequence(l, inner);
            } else if (value instanceof String s && literalBlockSafe(s) && random.nextInt(3) == 0) {
                out.append(" |-\n");
                for (String line : s.split("\n", -1)) {
                    indent(indent + 2);
                    out.append(line).append('\n');
                }
            } else {
                out.append(' ').append(flow(value)).append('\n');
            }
        }

        void blockSequence(List<?> list, int indent) {
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    indent(indent);
                }
                first = false;
                out.append("- ");
                if (item instanceof Map<?, ?> m && !m.isEmpty() && random.nextInt(4) != 0) {
                    blockMapping(m, indent + 2);
                } else if (item instanceof List<?> l && !l.isEmpty() && random.nextInt(4) != 0) {
                    blockSequence(l, indent + 2);
                } else {
                    out.append(flow(item)).append('\n');
                }
            }
        }

        String flow(Object node) {
            if (node instanceof Map<?, ?> m) {
                StringBuilder s = new StringBuilder("{");
                for (Map.Entry<?, ?> entry : m.entrySet()) {
                    s.append(s.length() > 1 ? ", " : "").append(scalar(String.valueOf(entry.getKey()), false, true))
                            .append(": ").append(flow(entry.getValue()));
                }
                return s.append('}').toString();
            }
            if (node instanceof List<?> l) {
                StringBuilder s = new StringBuilder("[");
                for (Object item : l) {
                    s.append(s.length() > 1 ? ", " : "").append(flow(item));
                }
                return s.append(']').toString();
            }
            if (node instanceof Raw raw) {
                return raw.text();
            }
            return scalar(String.valueOf(node), false, false);
        }

        /** A scalar that reads back as exactly {@code text} (a string; never null or a boolean). */
        String scalar(String text, boolean block, boolean key) {
            int style = random.nextInt(3);
            if (style == 0 && plainSafe(text, block)) {
                return text;
            }
            if (style <= 1 && singleQuoteSafe(text) && (!key || text.length() < 500)) {
                return "'" + text.replace("'", "''") + "'";
            }
            return doubleQuoted(text);
        }

        String doubleQuoted(String text) {
            StringBuilder s = new StringBuilder("\"");
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    case '\r' -> s.append("\\r");
                    case '\t' -> s.append(random.nextBoolean() ? "\\t" : "\t");
                    // a raw NEL after a space is dropped by snakeyaml-engine 3.2 (a YAML 1.1 line break): escape it
                    case 0x85 -> s.append("\\N");
                    // YAML 1.2 also has \\L and \\P for these two, but snakeyaml-engine 3.2 rejects them
                    case 0x2028 -> s.append(random.nextBoolean() ? "\\u2028" : "\u2028");
                    case 0x2029 -> s.append(random.nextBoolean() ? "\\u2029" : "\u2029");
                    default -> {
                        if (!printable(c) || c == 0xFEFF) {
                            s.append(c > 0xFFFF ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
                        } else if (c > 0xFFFF && random.nextInt(4) == 0) {
                            s.append(String.format("\\U%08X", c));
                        } else {
                            s.appendCodePoint(c);
                        }
                    }
                }
            }
            return s.append('"').toString();
        }
    }

    static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static boolean plainSafe(String text, boolean block) {
        if (text.isEmpty() || SPECIAL_PLAIN.contains(text) || text.length() > 200) {
            return false;
        }
        String allowed = block ? "[A-Za-z0-9][A-Za-z0-9 _.()/+-]*" : "[A-Za-z0-9][A-Za-z0-9 _.()/+-]*";
        return text.matches(allowed) && !text.endsWith(" ") && !text.contains("  ");
    }

    static boolean singleQuoteSafe(String text) {
        return text.codePoints().allMatch(c -> printable(c) && c != '\n' && c != '\r' && c != '\t' && c != 0xFEFF && c != 0x85);
    }

    static boolean literalBlockSafe(String text) {
        if (!text.contains("\n") || text.length() > 2000) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")
                    || line.endsWith(" ") || !singleQuoteSafe(line)
                    || line.codePoints().anyMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\t' || c > 0x7E && c < 0xA0)) {
                return false;
            }
        }
        return true;
    }
}
