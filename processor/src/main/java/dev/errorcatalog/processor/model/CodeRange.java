package dev.errorcatalog.processor.model;

/**
 * An inclusive range of codes, with the text the user wrote ({@code 3049xx} or
 * {@code 304900..304999}) so messages can quote it back.
 */
public record CodeRange(int first, int last, String text) {

    public CodeRange {
        if (first > last) {
            throw new IllegalArgumentException("empty range " + text);
        }
    }

    public static CodeRange single(int code) {
        return new CodeRange(code, code, Integer.toString(code));
    }

    public boolean contains(int code) {
        return first <= code && code <= last;
    }

    public boolean contains(CodeRange other) {
        return first <= other.first && other.last <= last;
    }

    public boolean overlaps(CodeRange other) {
        return first <= other.last && other.first <= last;
    }

    public long size() {
        return (long) last - first + 1;
    }

    @Override
    public String toString() {
        return text;
    }
}
