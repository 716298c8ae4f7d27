package dev.errorcatalog.processor.properties;

import dev.errorcatalog.processor.diag.Mark;
import java.util.Arrays;

/**
 * The logical lines of a properties text, joined exactly as {@code java.util.Properties.LineReader}
 * (JDK 9 and later) joins them, and where each of their characters comes from in the file.
 *
 * <p>Properties' rules, which this class follows step by step (including their corners):
 * <ul>
 * <li>lines end at {@code \n}, {@code \r} or {@code \r\n}; blank lines are skipped;
 * <li>blanks ({@code ' '}, {@code \t}, {@code \f}) at the start of a line are skipped;
 * <li>a line ending in an odd number of backslashes continues on the next line: the last backslash
 *     is dropped and the next line's leading blanks are skipped; a blank next line ends the
 *     logical line there;
 * <li>{@code #} or {@code !} starts a comment only while the logical line is still empty, so a
 *     {@code # ...} line after a continuation is text; but after a line that held nothing but the
 *     backslash, it is a comment;
 * <li>a backslash just before the end of the file is dropped; a line of just {@code \} and a line
 *     break at the very end of the file still makes an (empty) logical line, as Properties makes
 *     an entry with an empty key of it.
 * </ul>
 * Escapes are left as they are: Properties decodes them after joining, so {@code \}{@code u00\} and a next
 * line {@code fc} is {@code ü}.
 *
 * <p>Positions are kept per natural line (where its characters start in the joined line and in
 * the file), not per character, and a {@link Mark} is computed only when asked for: reading is
 * linear in the file's size whatever it holds.
 */
final class LogicalLines {
    private final String file;
    private final String text;
    private final StringBuilder chars = new StringBuilder();
    private int pos;
    private int line = 1;
    private int lineStart;

    // One row per natural line the current logical line draws characters from.
    private int[] rowIndex = new int[4];
    private int[] rowOffset = new int[4];
    private int[] rowLine = new int[4];
    private int[] rowLineStart = new int[4];
    private int rows;

    LogicalLines(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Reads the next logical line; false at the end of the file. */
    boolean next() {
        chars.setLength(0);
        rows = 0;
        boolean skipBlanks = true;
        boolean continued = false;
        boolean oddBackslashes = false;
        while (true) {
            if (pos >= text.length()) {
                return endOfFile(oddBackslashes);
            }
            char c = take();
            if (skipBlanks) {
                if (c == ' ' || c == '\t' || c == '\f' || !continued && (c == '\r' || c == '\n')) {
                    continue;
                }
                skipBlanks = false;
                continued = false;
            }
            if (chars.length() == 0 && (c == '#' || c == '!')) {
                skipComment();
                skipBlanks = true;
                continue;
            }
            if (c != '\n' && c != '\r') {
                append(c);
                oddBackslashes = c == '\\' && !oddBackslashes;
                continue;
            }
            if (chars.length() == 0) {
                skipBlanks = true;
                continue;
            }
            if (pos >= text.length()) {
                return endOfFile(oddBackslashes);
            }
            if (!oddBackslashes) {
                return true;
            }
            chars.setLength(chars.length() - 1);
            skipBlanks = true;
            continued = true;
            oddBackslashes = false;
            if (c == '\r' && text.charAt(pos) == '\n') {
                take();
            }
        }
    }

    /** At the end of the file a trailing backslash is dropped; an empty logical line is none. */
    private boolean endOfFile(boolean oddBackslashes) {
        if (chars.length() == 0) {
            return false;
        }
        if (oddBackslashes) {
            chars.setLength(chars.length() - 1);
        }
        return true;
    }

    private void skipComment() {
        while (pos < text.length()) {
            char c = take();
            if (c == '\r' || c == '\n') {
                return;
            }
        }
    }

    /** The next character, counting lines as Properties does: {@code \r\n} is one line break. */
    private char take() {
        char c = text.charAt(pos++);
        if (c == '\r' || c == '\n') {
            if (c == '\r' || pos < 2 || text.charAt(pos - 2) != '\r') {
                line++;
            }
            lineStart = pos;
        }
        return c;
    }

    private void append(char c) {
        int index = chars.length();
        if (rows == 0 || rowLine[rows - 1] != line) {
            if (rows > 0 && rowIndex[rows - 1] == index) {
                rows--; // that line gave nothing but the backslash that continued it
            }
            if (rows == rowIndex.length) {
                int size = rows * 2;
                rowIndex = Arrays.copyOf(rowIndex, size);
                rowOffset = Arrays.copyOf(rowOffset, size);
                rowLine = Arrays.copyOf(rowLine, size);
                rowLineStart = Arrays.copyOf(rowLineStart, size);
            }
            rowIndex[rows] = index;
            rowOffset[rows] = pos - 1;
            rowLine[rows] = line;
            rowLineStart[rows] = lineStart;
            rows++;
        }
        chars.append(c);
    }

    /** The length of the current logical line. */
    int length() {
        return chars.length();
    }

    char charAt(int index) {
        return chars.charAt(index);
    }

    /**
     * Where the character at {@code index} of the logical line is in the file; {@link #length()}
     * gives the place just after the last one. Columns count characters as the user sees them: a
     * character outside the BMP is one. Costs the length of one natural line.
     */
    Mark markAt(int index) {
        int lo = 0;
        int hi = rows - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rowIndex[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int offset = Math.min(rowOffset[lo] + index - rowIndex[lo], text.length());
        return new Mark(file, rowLine[lo], text.codePointCount(rowLineStart[lo], offset) + 1);
    }
}
