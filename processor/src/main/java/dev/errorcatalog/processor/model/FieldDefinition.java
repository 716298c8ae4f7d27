package dev.errorcatalog.processor.model;

import dev.errorcatalog.processor.diag.Mark;
import java.util.List;
import java.util.Optional;

/**
 * A per-code attribute the catalog declares under {@code fields}: {@code sqlstate},
 * {@code retryable}, {@code grpc}. Values are kept as their text ({@code HY000}, {@code 42},
 * {@code true}, {@code NOT_FOUND}); the type says how to generate and print them.
 *
 * @param id the lower-kebab-case id, also the key codes and categories set it with
 * @param pattern for a string: the Java regular expression the whole value must match
 * @param values for an enum: its constants, in the order written
 * @param defaultValue the value of a code that neither it nor its categories set
 */
public record FieldDefinition(
        String id,
        FieldType type,
        Optional<String> pattern,
        List<String> values,
        Optional<String> defaultValue,
        Optional<String> description,
        Mark mark) {

    public FieldDefinition {
        values = List.copyOf(values);
    }

    /** The types a field may have, by the word the catalog uses. */
    public enum FieldType {
        STRING("string"), INT("int"), BOOLEAN("boolean"), ENUM("enum");

        private final String word;

        FieldType(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Optional<FieldType> of(String word) {
            for (FieldType type : values()) {
                if (type.word.equals(word)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** Whether every code has a value (else the accessor returns an {@code Optional}). */
    public boolean always() {
        return defaultValue.isPresent();
    }
}
