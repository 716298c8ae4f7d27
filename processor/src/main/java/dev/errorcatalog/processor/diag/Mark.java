package dev.errorcatalog.processor.diag;

/**
 * A place in a catalog file: the file as the user named it, and a 1-based line and column.
 * A column of 0 means "the whole line"; a line of 0 means "the whole file".
 */
public record Mark(String file, int line, int column) {

    public static Mark ofFile(String file) {
        return new Mark(file, 0, 0);
    }

    /** {@code errors.yaml:14:9}, as compilers print places. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** {@code line 14}, for pointing at a second place in the same file. */
    public String lineText() {
        return line <= 0 ? file : "line " + line;
    }
}
