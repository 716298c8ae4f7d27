package dev.errorcatalog.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The type of a placeholder, written {@code {name:type}}; {@code {name}} is {@link #UNTYPED}.
 * The code letter is what generated code stores per placeholder to know how to check and format it.
 */
public enum PlaceholderType {
    UNTYPED("", 'o', "java.lang.Object"),
    STRING("string", 's', "java.lang.String"),
    INT("int", 'i', "int"),
    LONG("long", 'l', "long"),
    NUMBER("number", 'n', "java.math.BigDecimal"),
    DATE("date", 'd', "java.time.LocalDate");

    private final String keyword;
    private final char letter;
    private final String javaType;

    PlaceholderType(String keyword, char letter, String javaType) {
        this.keyword = keyword;
        this.letter = letter;
        this.javaType = javaType;
    }

    /** As written after the colon; empty for an untyped placeholder. */
    public String keyword() {
        return keyword;
    }

    /** One letter per placeholder in the generated {@code types} string. */
    public char letter() {
        return letter;
    }

    /** The factory parameter's type: a primitive name or a qualified class name. */
    public String javaType() {
        return javaType;
    }

    /** The typed keywords, for messages and suggestions. */
    public static List<String> keywords() {
        return Arrays.stream(values()).filter(t -> t != UNTYPED).map(PlaceholderType::keyword).toList();
    }

    public static Optional<PlaceholderType> ofKeyword(String keyword) {
        return Arrays.stream(values()).filter(t -> t != UNTYPED && t.keyword.equals(keyword)).findFirst();
    }
}
