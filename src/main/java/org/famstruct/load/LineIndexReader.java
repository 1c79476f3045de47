package org.famstruct.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Remembers where each line starts as the parser reads, so an error that SnakeYAML reports only
 * as a character offset (a forbidden control character) can still be given as line:column.
 */
final class LineIndexReader extends FilterReader {
    private int[] lineStarts = new int[64];
    private int lines = 1;
    private int offset;

    LineIndexReader(Reader in) {
        super(in);
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

    private void see(char c) {
        offset++;
        if (c == '\n') {
            if (lines == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, lines * 2);
            }
            lineStarts[lines++] = offset;
        }
    }

    /** The 1-based {line, column} of a 0-based character offset already read. */
    int[] lineAndColumn(int position) {
        int index = Arrays.binarySearch(lineStarts, 0, lines, position);
        int line = index >= 0 ? index : -index - 2;
        return new int[] {line + 1, position - lineStarts[line] + 1};
    }
}
