package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.diag.Mark;
import java.util.List;
import java.util.Optional;

/**
 * The catalog file as a small tree. Unlike the parser's own nodes, every node here is plain data
 * with a {@link Mark}, keys are unique and tags have been checked, so later stages never touch
 * the YAML library.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Mark mark();

    /** What the node is, for messages: "a string", "a list", "a mapping". */
    String describe();

    /** A scalar as written. {@code plain} is false for quoted and block scalars. */
    record Scalar(String text, boolean plain, Mark mark) implements YamlNode {
        /** An empty plain value, {@code ~} or {@code null}: YAML 1.2's null. */
        public boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null")
                    || text.equals("Null") || text.equals("NULL"));
        }

        @Override
        public String describe() {
            return isNull() ? "empty" : "a scalar";
        }
    }

    record Sequence(List<YamlNode> items, Mark mark) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Entry(Scalar key, YamlNode value) {}

    /** A mapping with unique scalar keys, in file order. */
    record Mapping(List<Entry> entries, Mark mark) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().text().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
