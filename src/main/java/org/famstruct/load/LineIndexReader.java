package org.famstruct.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Remembers where each line starts as the parser reads, so an error that SnakeYAML reports only
 * as a character offset (a forbidden control character) can still be given as line:column. It
 * also refuses an over-long line as soon as it is read: SnakeYAML's scanning time grows with the
 * square of a line's length, so the check must come before the parser sees the line.
 */
final class LineIndexReader extends FilterReader {
    private final int maxLineChars;
    private int[] lineStarts = new int[64];
    private int lines = 1;
    private int offset;
    private int lineChars;

    LineIndexReader(Reader in, int maxLineChars) {
        super(in);
        this.maxLineChars = maxLineChars;
    }

    /** Thrown through the parser, which wraps it; {@code line} and {@code column} are 1-based. */
    static final class LineTooLong extends IOException {
        final int line;
        final int column;

        LineTooLong(int line, int column) {
            super("line " + line + " is too long", null);
            this.line = line;
            this.column = column;
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        for (int i = 0; i < n; i++) {
            see(buffer[from + i]);
        }
        return n;
    }

    private void see(char c) throws LineTooLong {
        offset++;
        if (c == '\n') {
            if (lines == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, lines * 2);
            }
            lineStarts[lines++] = offset;
            lineChars = 0;
        } else if (c == '\r') {
            lineChars = 0; // YAML breaks lines at a lone CR too; CR LF is counted once, at the LF
        } else if (!Character.isLowSurrogate(c) && ++lineChars > maxLineChars) {
            // Counted in characters (code points), as the column of every other message is.
            throw new LineTooLong(lines, lineChars);
        }
    }

    /** The 1-based {line, column} of a 0-based character offset already read. */
    int[] lineAndColumn(int position) {
        int index = Arrays.binarySearch(lineStarts, 0, lines, position);
        int line = index >= 0 ? index : -index - 2;
        return new int[] {line + 1, position - lineStarts[line] + 1};
    }
}
